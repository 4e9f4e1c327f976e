import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { findingsFor } from './src/core/validation/index.ts';
import { generateDocument } from './test/support/generate.ts';
const doc = generateDocument(10000, 2.5);
for (let i=0;i<5;i++) findingsFor(doc, crmBpoMetamodel);
console.log('---');
for (let i=0;i<3;i++) { const t = performance.now(); findingsFor(doc, crmBpoMetamodel); console.log('run', (performance.now()-t).toFixed(1)); }
