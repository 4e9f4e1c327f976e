import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { findingsFor } from './src/core/validation/index.ts';
import { generateDocument } from './test/support/generate.ts';
const doc = generateDocument(10000, 2.5);
for (let i=0;i<10;i++) findingsFor(doc, crmBpoMetamodel);
const t = performance.now();
for (let i=0;i<50;i++) findingsFor(doc, crmBpoMetamodel);
console.log('avg', ((performance.now()-t)/50).toFixed(1));
