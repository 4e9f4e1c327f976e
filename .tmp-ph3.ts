import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { findingsFor } from './src/core/validation/index.ts';
import { generateDocument } from './test/support/generate.ts';
import { medianMs } from './test/bench/harness.ts';
const small = generateDocument(1000, 2.5), large = generateDocument(10000, 2.5);
for (let i = 0; i < 5; i++) { findingsFor(large, crmBpoMetamodel); findingsFor(small, crmBpoMetamodel); }
for (let k = 0; k < 3; k++) {
  const a = medianMs(() => findingsFor(small, crmBpoMetamodel), 15, 2), b = medianMs(() => findingsFor(large, crmBpoMetamodel), 9, 2);
  console.log('1k', a.toFixed(2), '10k', b.toFixed(2), 'ratio', (b / a).toFixed(1));
}
