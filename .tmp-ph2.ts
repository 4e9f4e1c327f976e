import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { ModelIndex } from './src/core/validation/model-index.ts';
import { builtInRules } from './src/core/validation/rules/index.ts';
import { generateDocument } from './test/support/generate.ts';
const m = (fn: () => unknown, n = 30) => { for (let i=0;i<3;i++) fn(); const cpu: number[] = []; for (let i=0;i<n;i++) { const c=process.cpuUsage(); fn(); const d=process.cpuUsage(c); cpu.push((d.user+d.system)/1000); } cpu.sort((a,b)=>a-b); return cpu[Math.floor(n/4)]!; };
const res: Record<string, number[]> = {};
for (const size of [1000, 10000]) {
  const doc = generateDocument(size, 2.5);
  const index = ModelIndex.of(doc, crmBpoMetamodel);
  const ctx = { doc, metamodel: crmBpoMetamodel, index, ruleIds: new Set<string>() };
  for (const r of builtInRules.filter((r) => r.element)) (res[r.id] ??= []).push(m(() => { let n = 0; for (const e of doc.elements) if (r.element!.check(e, ctx)) n++; return n; }));
}
for (const [k, [a, b]] of Object.entries(res)) console.log(k.padEnd(28), a!.toFixed(3), b!.toFixed(3), (b!/a!).toFixed(1));
