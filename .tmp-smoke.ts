import { readFileSync } from 'node:fs';
import { importDocument } from './src/core/io/json.ts';
import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { createValidator, findingsFor, groupFindings } from './src/core/validation/index.ts';
import { generateDocument } from './test/support/generate.ts';
import { produce } from 'immer';
const r = importDocument(readFileSync('models/reference/crm-bpo.json','utf8'), crmBpoMetamodel);
if (!r.ok) throw new Error(JSON.stringify(r.errors));
const f = findingsFor(r.document, crmBpoMetamodel);
for (const g of groupFindings(f)) { console.log(g.severity, g.count); for (const p of g.principles) { console.log('  ', p.label); for (const x of p.findings.slice(0,4)) console.log('     ', x.rule, x.message, x.fix?.label ?? ''); } }
for (const size of [1000, 10000, 100000]) {
  const doc = generateDocument(size);
  let t = performance.now();
  const n = findingsFor(doc, crmBpoMetamodel).length;
  for (let i=0;i<3;i++) findingsFor(doc, crmBpoMetamodel);
  t = performance.now(); for (let i=0;i<5;i++) findingsFor(doc, crmBpoMetamodel); 
  console.log(size, doc.relations.length, n, ((performance.now()-t)/5).toFixed(1), 'ms');
  const v = createValidator(crmBpoMetamodel);
  v.run(doc);
  let d = doc;
  t = performance.now();
  for (let i=0;i<20;i++) { d = produce(d, (dr) => { dr.elements[(i*37)%size]!.name = 'renamed ' + i; }); v.run(d); }
  console.log('  incremental', ((performance.now()-t)/20).toFixed(2), 'ms');
}
