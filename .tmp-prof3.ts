import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { findingsFor } from './src/core/validation/index.ts';
import { generateDocument } from './test/support/generate.ts';
const doc = generateDocument(10000, 2.5);
for (let i=0;i<5;i++) findingsFor(doc, crmBpoMetamodel);
const times: number[] = [];
for (let i=0;i<30;i++) { const t=performance.now(); findingsFor(doc, crmBpoMetamodel); times.push(performance.now()-t); }
times.sort((a,b)=>a-b); console.log('median', times[15].toFixed(1), 'min', times[0].toFixed(1));
