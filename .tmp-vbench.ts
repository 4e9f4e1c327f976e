import { validationBench } from './test/bench/validation.bench.ts';
for (const f of await validationBench.run()) console.log(f.name.padEnd(60), f.value.toFixed(2), f.unit, f.budget ?? '');
