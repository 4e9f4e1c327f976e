import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { ModelIndex } from './src/core/validation/model-index.ts';
import { builtInRules } from './src/core/validation/rules/index.ts';
import { generateDocument } from './test/support/generate.ts';
const m = (fn: () => unknown, n = 30) => { for (let i=0;i<3;i++) fn(); const cpu: number[] = []; for (let i=0;i<n;i++) { const c=process.cpuUsage(); fn(); const d=process.cpuUsage(c); cpu.push((d.user+d.system)/1000); } cpu.sort((a,b)=>a-b); return cpu[Math.floor(n/4)]!; };
for (const size of [1000, 10000]) {
  const doc = generateDocument(size, 2.5);
  const index = ModelIndex.of(doc, crmBpoMetamodel);
  const ctx = { doc, metamodel: crmBpoMetamodel, index, ruleIds: new Set<string>() };
  const el = builtInRules.filter((r) => r.element), rel = builtInRules.filter((r) => r.relation), mod = builtInRules.filter((r) => r.model);
  const out = [
    m(() => ModelIndex.of(doc, crmBpoMetamodel)),
    m(() => { let n = 0; for (const e of doc.elements) for (const r of el) if (r.element!.check(e, ctx)) n++; return n; }),
    m(() => { let n = 0; for (const x of doc.relations) for (const r of rel) if (r.relation!.check(x, ctx)) n++; return n; }),
    m(() => { let n = 0; for (const r of mod) n += r.model!.check(ctx).length; return n; }),
  ];
  console.log(size, 'index / element checks / relation checks / model checks:', out.map((x) => x.toFixed(2)).join(' / '));
}
