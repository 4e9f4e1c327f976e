import { describe, expect, it, vi } from 'vitest';
import type * as Connectors from '../../../src/core/diagram/connectors.ts';
import { processMap } from '../../../src/core/diagram/process-map.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../../support/models.ts';

const planner = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/core/diagram/connectors.ts', async (original) => {
  const actual = await original<typeof Connectors>();
  return {
    ...actual,
    leastCrossingPlan: (...args: Parameters<typeof actual.leastCrossingPlan>) => {
      planner.calls++;
      return actual.leastCrossingPlan(...args);
    },
  };
});

describe('the connectors of a process map', () => {
  it('are planned once for the same cells, and again when a relation between cells changes', () => {
    const doc = shippedModel();
    const full = doc.views.find((v) => v.id === 'full')!;
    const first = processMap(doc, full, crmBpoMetamodel, { width: 1400, height: 760 });
    const calls = planner.calls;
    // A canvas 40 px shorter (a message bar) keeps the same cells: the plan is reused and the map is the same.
    expect(processMap(doc, full, crmBpoMetamodel, { width: 1400, height: 720 })).toEqual(first);
    expect(planner.calls).toBe(calls);
    // A relation between two other cells is a new plan, and its connector carries it.
    const crossing = first.connectors[0]!.relations[0]!;
    const moved = { ...doc, relations: doc.relations.filter((r) => r.id !== crossing) };
    const map = processMap(moved, full, crmBpoMetamodel, { width: 1400, height: 760 });
    expect(planner.calls).toBe(calls + 1);
    expect(map.connectors.flatMap((c) => c.relations)).not.toContain(crossing);
  });
});
