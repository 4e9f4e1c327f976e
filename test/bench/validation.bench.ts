import { produce } from 'immer';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../src/core/model/schema.ts';
import { compilePattern, createValidator, findingsFor } from '../../src/core/validation/index.ts';
import { HOSTILE_PATTERNS } from '../core/validation/fixtures.ts';
import { generateDocument } from '../support/generate.ts';
import { shippedModel } from '../support/models.ts';
import { medianMs, type BenchSuite, type Figure } from './harness.ts';

/** Runs V8's collector (global.gc under --expose-gc, else switched on here): one size's garbage must not bill the next. */
function collectGarbage(): void {
  if (globalThis.gc) void globalThis.gc();
  else {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  }
}

/**
 * Median wall time of full runs of one size: the previous size's garbage is collected first, and the warm-up runs
 * bring the heap to its steady state (a collection before every run would shrink the young generation and slow each run).
 */
function medianRunMs(fn: () => unknown, runs: number, warmup: number): number {
  collectGarbage();
  return medianMs(fn, runs, warmup);
}

/** Single edits as the store makes them: rename, retype, re-lane, connect, disconnect. */
function editedVersions(doc: RefDocument, count: number): RefDocument[] {
  const versions: RefDocument[] = [];
  let current = doc;
  for (let i = 0; i < count; i++) {
    const at = (i * 7919) % doc.elements.length;
    current = produce(current, (d) => {
      const el = d.elements[at]!;
      if (i % 5 === 0) el.name = `Renamed ${i}`;
      else if (i % 5 === 1) el.area = null;
      else if (i % 5 === 2) el.optional = true;
      else if (i % 5 === 3)
        d.relations.push({
          id: `bench-${i}`,
          type: 'input',
          source: d.elements[(at + 1) % d.elements.length]!.id,
          target: el.id,
          label: '',
        });
      else d.relations.splice(at % d.relations.length, 1);
    });
    versions.push(current);
  }
  return versions;
}

/** Naming rules come from files: the slowest hostile pattern on a name of the schema's 200 characters, and a model full of such names. */
function hostileRuleFigures(): Figure[] {
  const names = [`${'a'.repeat(199)}!`, `${'a '.repeat(100).trim()}!`];
  const worstMs = Math.max(
    ...HOSTILE_PATTERNS.flatMap((pattern) => {
      const compiled = compilePattern(pattern);
      return compiled.ok ? names.map((name) => medianMs(() => compiled.regex.test(name), 5, 1)) : [];
    }),
  );
  const doc = produce(generateDocument(1_000, 2.5), (d) => {
    d.designGoals.namingRules = HOSTILE_PATTERNS.map((pattern, i) => ({
      id: `hostile-${i}`,
      appliesTo: 'category:process',
      pattern,
      description: '',
      example: '',
    }));
    for (const el of d.elements) el.name = names[0]!;
  });
  const shipped = produce(
    generateDocument(10_000, 2.5),
    (d) => void (d.designGoals.namingRules = shippedModel().designGoals.namingRules),
  );
  return [
    { name: 'naming rule, worst hostile regex on a 200-character name', value: worstMs, unit: 'ms', budget: 100 },
    {
      name: 'findingsFor, 10,000 elements with the shipped naming rules',
      value: medianMs(() => findingsFor(shipped, crmBpoMetamodel), 7, 2),
      unit: 'ms',
    },
    {
      name: `findingsFor, 1,000 hostile names × ${HOSTILE_PATTERNS.length} hostile rules`,
      value: medianMs(() => findingsFor(doc, crmBpoMetamodel), 3, 1),
      unit: 'ms',
    },
  ];
}

export const validationBench: BenchSuite = {
  title: 'Validation: full run and incremental revalidation, Node',
  run() {
    const figures: Figure[] = [];
    const small = generateDocument(1_000, 2.5);
    const large = generateDocument(10_000, 2.5);
    for (let i = 0; i < 3; i++) [small, large].forEach((d) => findingsFor(d, crmBpoMetamodel)); // warm the JIT on both sizes
    const smallMs = medianRunMs(() => findingsFor(small, crmBpoMetamodel), 31, 5);
    const largeMs = medianRunMs(() => findingsFor(large, crmBpoMetamodel), 15, 3);
    figures.push({
      name: `findingsFor, 1,000 elements, ${small.relations.length} relations`,
      value: smallMs,
      unit: 'ms',
    });
    figures.push({
      name: `findingsFor, 10,000 elements, ${large.relations.length} relations`,
      value: largeMs,
      unit: 'ms',
      budget: 50,
    });
    figures.push({
      name: 'growth: 10,000 vs 1,000 elements (time ratio)',
      value: largeMs / smallMs,
      unit: '×',
      budget: 12,
    });
    const huge = generateDocument(100_000, 2.5);
    const hugeMs = medianRunMs(() => findingsFor(huge, crmBpoMetamodel), 5, 1);
    figures.push({
      name: `findingsFor, 100,000 elements, ${huge.relations.length} relations`,
      value: hugeMs,
      unit: 'ms',
    });
    figures.push({
      name: 'growth: 100,000 vs 10,000 elements (time ratio)',
      value: hugeMs / largeMs,
      unit: '×',
      budget: 12,
    });
    figures.push(...hostileRuleFigures());

    const doc = large;
    const validator = createValidator(crmBpoMetamodel);
    validator.run(doc);
    const times = editedVersions(doc, 60).map((version) => {
      const start = performance.now();
      validator.run(version);
      return performance.now() - start;
    });
    times.sort((a, b) => a - b);
    figures.push({
      name: 'revalidate after one edit, 10,000 elements (median)',
      value: times[times.length >> 1]!,
      unit: 'ms',
      budget: 5,
    });
    return figures;
  },
};
