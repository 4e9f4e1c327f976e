import { produce } from 'immer';
import { takeOver } from '../../src/core/commands/derive.ts';
import { perform, startHistory } from '../../src/core/commands/history.ts';
import { applyDiff } from '../../src/core/diff/apply.ts';
import { diffDocuments } from '../../src/core/diff/diff.ts';
import { conformance } from '../../src/core/derive/conformance.ts';
import { deriveModel } from '../../src/core/derive/derive.ts';
import { referenceChanges } from '../../src/core/derive/reference-changes.ts';
import { modelHash } from '../../src/core/model/hash.ts';
import { generateDocument } from '../support/generate.ts';
import { medianMs, type BenchSuite, type Figure } from './harness.ts';

/** Touches every tenth element (rename, move, property) and every twentieth position, as after a long workshop. */
function edited(doc: ReturnType<typeof generateDocument>) {
  return produce(doc, (d) => {
    d.elements.forEach((e, i) => {
      if (i % 10 === 0) e.name = `${e.name} (adapted)`;
      if (i % 10 === 3) e.area = 'management';
      if (i % 10 === 6) e.properties.note = 'checked';
      if (i % 20 === 0) d.views[0]!.positions[e.id] = { x: i, y: i };
    });
    d.relations = d.relations.filter((_, i) => i % 15 !== 0);
  });
}

export const diffBench: BenchSuite = {
  title: 'Semantic diff, derived models and model hash, Node',
  run() {
    const figures: Figure[] = [];
    for (const size of [1_000, 10_000]) {
      const a = generateDocument(size);
      const b = edited(a);
      const diff = diffDocuments(a, b);
      figures.push({
        name: `diff ${size} elements (10% changed)`,
        value: medianMs(() => diffDocuments(a, b), 5, 1),
        unit: 'ms',
        ...(size === 10_000 ? { budget: 300 } : {}),
      });
      figures.push({
        name: `apply diff ${size} elements`,
        value: medianMs(() => applyDiff(a, diff), 5, 1),
        unit: 'ms',
      });
      figures.push({ name: `model hash ${size} elements`, value: medianMs(() => modelHash(a), 5, 1), unit: 'ms' });
      const derived = edited(deriveModel(a, { id: 'derived', name: 'Derived', at: '2026-01-01T00:00:00.000Z' }));
      figures.push({
        name: `conformance ${size} elements`,
        value: medianMs(() => conformance(a, derived), 5, 1),
        unit: 'ms',
        ...(size === 10_000 ? { budget: 500 } : {}),
      });
      const changes = referenceChanges(a, b, derived);
      figures.push({
        name: `reference changes ${size} elements (${changes.length} changes)`,
        value: medianMs(() => referenceChanges(a, b, derived), 3, 1),
        unit: 'ms',
      });
      figures.push({
        name: `take over all ${changes.length} changes, ${size} elements`,
        value: medianMs(() => perform(startHistory(derived), takeOver(changes, b)), 3, 1),
        unit: 'ms',
        ...(size === 10_000 ? { budget: 1000 } : {}),
      });
    }
    return figures;
  },
};
