import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { findingsFor } from './src/core/validation/index.ts';
import { ModelIndex } from './src/core/validation/model-index.ts';
import { generateDocument } from './test/support/generate.ts';
const m = (fn: () => unknown, n: number) => { for (let i=0;i<3;i++) fn(); const cpu: number[] = []; for (let i=0;i<n;i++) { const c=process.cpuUsage(); fn(); const d=process.cpuUsage(c); cpu.push((d.user+d.system)/1000); } cpu.sort((a,b)=>a-b); return cpu[Math.floor(n/4)]!; };
const r: Record<string, number[]> = {};
for (const size of [1000, 10000]) {
  const doc = generateDocument(size, 2.5);
  r.index = [...(r.index ?? []), m(() => ModelIndex.of(doc, crmBpoMetamodel), 30)];
  r.full = [...(r.full ?? []), m(() => findingsFor(doc, crmBpoMetamodel), 30)];
}
for (const [k, [a, b]] of Object.entries(r)) console.log(k.padEnd(8), a!.toFixed(2), b!.toFixed(2), 'ratio', (b!/a!).toFixed(1));
