import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { ModelIndex } from './src/core/validation/model-index.ts';
import { builtInRules } from './src/core/validation/rules/index.ts';
import { generateDocument } from './test/support/generate.ts';
const doc = generateDocument(10000, 2.5);
console.log(doc.relations.length);
const time = (name: string, fn: () => unknown) => { for (let i=0;i<3;i++) fn(); const t=performance.now(); for (let i=0;i<10;i++) fn(); console.log(name.padEnd(30), ((performance.now()-t)/10).toFixed(2)); };
time('index', () => ModelIndex.of(doc, crmBpoMetamodel));
const ctx = { doc, metamodel: crmBpoMetamodel, index: ModelIndex.of(doc, crmBpoMetamodel), ruleIds: new Set<string>() };
for (const r of builtInRules) {
  time(r.id, () => {
    let n = 0;
    if (r.element) for (const el of doc.elements) if (r.element.check(el, ctx)) n++;
    if (r.relation) for (const rel of doc.relations) if (r.relation.check(rel, ctx)) n++;
    if (r.model) n += r.model.check(ctx).length;
    return n;
  });
}
