import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { findingsFor } from './src/core/validation/index.ts';
import { generateDocument } from './test/support/generate.ts';
const large = generateDocument(10000, 2.5);
for (let i = 0; i < 8; i++) findingsFor(large, crmBpoMetamodel);
for (let i = 0; i < 8; i++) { console.log('START'); const t = performance.now(); findingsFor(large, crmBpoMetamodel); console.log('full', (performance.now() - t).toFixed(1)); }
