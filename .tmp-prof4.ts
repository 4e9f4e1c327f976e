import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { ModelIndex } from './src/core/validation/model-index.ts';
import { builtInRules } from './src/core/validation/rules/index.ts';
import { generateDocument } from './test/support/generate.ts';
const doc = generateDocument(10000, 2.5);
const cpu = (name: string, fn: () => void, n = 20) => { for (let i=0;i<3;i++) fn(); const times: number[] = []; for (let i=0;i<n;i++) { const c=process.cpuUsage(); fn(); const d=process.cpuUsage(c); times.push((d.user+d.system)/1000); } times.sort((a,b)=>a-b); console.log(name.padEnd(28), times[n>>1].toFixed(2), times[0].toFixed(2)); };
cpu('index.of', () => ModelIndex.of(doc, crmBpoMetamodel));
cpu('index elements only', () => { const ix = new ModelIndex(crmBpoMetamodel); for (const el of doc.elements) ix.addElement(el); });
cpu('index relations only', () => { const ix = new ModelIndex(crmBpoMetamodel); for (const r of doc.relations) ix.addRelation(r); });
const ctx = { doc, metamodel: crmBpoMetamodel, index: ModelIndex.of(doc, crmBpoMetamodel), ruleIds: new Set<string>() };
let total = 0;
for (const r of builtInRules) {
  cpu(r.id, () => {
    if (r.element) for (const el of doc.elements) r.element.check(el, ctx);
    if (r.relation) for (const rel of doc.relations) r.relation.check(rel, ctx);
    if (r.model) r.model.check(ctx);
  });
}
