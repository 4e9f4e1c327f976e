import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { findingsFor } from './src/core/validation/index.ts';
import { generateDocument } from './test/support/generate.ts';
import { medianMs } from './test/bench/harness.ts';
for (const size of [1000, 10000, 1000, 10000, 1000, 10000]) {
  const doc = generateDocument(size, 2.5);
  console.log(size, medianMs(() => findingsFor(doc, crmBpoMetamodel), 9, 2).toFixed(2));
}
