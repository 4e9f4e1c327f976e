import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { findingsFor } from './src/core/validation/index.ts';
import { generateDocument } from './test/support/generate.ts';
for (const size of [1000, 10000]) {
  const doc = generateDocument(size, 2.5);
  for (let i=0;i<8;i++) findingsFor(doc, crmBpoMetamodel);
  const acc = [0,0,0,0]; const per = new Map<string, number>();
  const N = 15;
  for (let i=0;i<N;i++) { findingsFor(doc, crmBpoMetamodel); const t = (globalThis as any).__T; t.phases.forEach((x: number, k: number) => acc[k]! += x / N); for (const [id, x] of t.per) per.set(id, (per.get(id) ?? 0) + x / N); }
  console.log(size, 'elements idx / relations+checks / element+model rules / collect+report:', acc.map((x) => x.toFixed(2)).join(' / '));
  console.log('   ', [...per].filter(([, x]) => x > 0.05 * (size / 1000)).map(([id, x]) => `${id} ${x.toFixed(2)}`).join(', '));
}
