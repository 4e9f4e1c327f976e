import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { ModelIndex } from './src/core/validation/model-index.ts';
import { builtInRules } from './src/core/validation/rules/index.ts';
import { generateDocument } from './test/support/generate.ts';
const time = (fn: () => unknown) => { for (let i=0;i<5;i++) fn(); const t: number[] = []; for (let i=0;i<25;i++) { const s = performance.now(); fn(); t.push(performance.now()-s); } t.sort((a,b)=>a-b); return t[12]!; };
for (const size of [1000, 10000]) {
  const doc = generateDocument(size, 2.5);
  const index = new ModelIndex(crmBpoMetamodel);
  for (const e of doc.elements) index.addElement(e);
  for (const r of doc.relations) index.addRelation(r);
  index.syncParts(doc);
  const ctx = { doc, metamodel: crmBpoMetamodel, index, ruleIds: new Set<string>() };
  const checks = builtInRules.filter((r) => r.element).map((r) => r.element!);
  const els = doc.elements;
  const A = time(() => { let n = 0; for (const c of checks) for (let i = 0; i < els.length; i++) if (c.check(els[i]!, ctx)) n++; return n; });
  const B = time(() => { let n = 0; for (let i = 0; i < els.length; i++) { const e = els[i]!; for (const c of checks) if (c.check(e, ctx)) n++; } return n; });
  console.log(size, 'per rule', A.toFixed(2), 'per element', B.toFixed(2));
}
