import { describe, expect, it } from 'vitest';
import { foldView } from '../../../src/core/diagram/fold.ts';
import { drawingOf } from '../../../src/core/diagram/drawing.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../../support/models.ts';

const doc = shippedModel();
const full = doc.views.find((v) => v.id === 'full')!;
const category = (id: string) => crmBpoMetamodel.elementType(doc.elements.find((e) => e.id === id)!.type)?.category;

describe('folding a view', () => {
  const folding = foldView(doc, full, crmBpoMetamodel);

  it('folds every quality measure that only measures processes into them, and draws about half the elements', () => {
    const measures = doc.elements.filter((e) => category(e.id) === 'quality-measure');
    expect(measures.filter((m) => folding.hosts.has(m.id))).toHaveLength(62);
    expect(folding.nodes.length).toBeLessThan(80);
    expect(folding.nodes.every((e) => !folding.hosts.has(e.id))).toBe(true);
  });

  it('shows a folded role or system as a badge on each process it serves, and keeps it off the canvas', () => {
    for (const [id, hosts] of folding.hosts) {
      for (const host of hosts) {
        expect(category(host)).toBe('process');
        const carried = folding.carried.get(host)!;
        expect([...carried.measures, ...carried.roles, ...carried.systems].map((e) => e.id)).toContain(id);
      }
    }
  });

  it('draws only relations whose both ends are drawn', () => {
    const drawn = new Set(folding.nodes.map((e) => e.id));
    expect(folding.relations.every((r) => drawn.has(r.source) && drawn.has(r.target))).toBe(true);
  });

  it('draws every element when folding is off, and lists a process’s measures in place when it is unfolded', () => {
    expect(foldView(doc, full, crmBpoMetamodel, false).nodes).toHaveLength(doc.elements.length);
    const host = [...folding.carried.entries()].find(([, c]) => c.measures.length > 2)![0];
    const el = doc.elements.find((e) => e.id === host)!;
    const closed = drawingOf(doc, full, crmBpoMetamodel).box(el);
    const open = drawingOf(doc, full, crmBpoMetamodel, true, new Set([host])).box(el);
    expect(open.items.map((i) => i.id)).toEqual(folding.carried.get(host)!.measures.map((m) => m.id));
    expect(open.height).toBeGreaterThan(closed.height);
  });
});
