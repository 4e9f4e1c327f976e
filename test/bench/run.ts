import { loadavg } from 'node:os';
import { withinBudget, type BenchSuite } from './harness.ts';
import { foundationBench } from './foundation.bench.ts';
import { methodBench } from './method.bench.ts';
import { evaluationBench } from './evaluation.bench.ts';
import { mermaidBench } from './mermaid.bench.ts';
import { validationBench } from './validation.bench.ts';
import { diffBench } from './diff.bench.ts';
import { canvasBench } from './canvas.bench.ts';
import { diagramBench } from './diagram.bench.ts';
import { collabBench } from './collab.bench.ts';
import { openBench } from './open.bench.ts';

// Each feature adds its suite here; browser suites start their own Chromium.
const all: Record<string, BenchSuite> = {
  foundation: foundationBench,
  validation: validationBench,
  method: methodBench,
  evaluation: evaluationBench,
  mermaid: mermaidBench,
  diff: diffBench,
  canvas: canvasBench,
  diagram: diagramBench,
  collab: collabBench,
  open: openBench,
};

// `npm run bench -- canvas validation` runs only the named suites.
const wanted = process.argv.slice(2);
const suites = Object.entries(all)
  .filter(([name]) => wanted.length === 0 || wanted.includes(name))
  .map(([, suite]) => suite);

let failed = 0;
for (const suite of suites) {
  // Timings on shared machines depend on what else runs: the load average says how busy the machine was.
  console.log(
    `\n${suite.title}  [load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}]`,
  );
  for (const f of await suite.run()) {
    const budget = f.budget === undefined ? '' : `  (budget ${f.atLeast ? '≥' : '≤'} ${f.budget} ${f.unit})`;
    const ok = withinBudget(f);
    if (!ok) failed++;
    console.log(
      `  ${ok ? ' ' : '✗'} ${f.name.padEnd(58)} ${f.value.toFixed(f.value < 10 ? 2 : 1).padStart(9)} ${f.unit}${budget}`,
    );
  }
}
console.log(failed ? `\n${failed} figure(s) over budget` : '\nall figures within budget');
process.exitCode = failed ? 1 : 0;
