import { crmBpoMetamodel } from './src/core/metamodel/crm-bpo.ts';
import { ModelIndex } from './src/core/validation/model-index.ts';
import { generateDocument } from './test/support/generate.ts';
const gc = (globalThis as any).gc as () => void;
const build = (doc: any) => { const index = new ModelIndex(crmBpoMetamodel); for (const e of doc.elements) index.addElement(e); for (const r of doc.relations) index.addRelation(r); return index; };
for (const size of [1000, 10000, 100000]) {
  const doc = generateDocument(size, 2.5);
  for (let i=0;i<5;i++) build(doc);
  const t: number[] = [];
  for (let i=0;i<(size > 10000 ? 5 : 20);i++) { gc(); const s = performance.now(); build(doc); t.push(performance.now()-s); }
  t.sort((a,b)=>a-b); console.log(size, 'index build (after gc)', t[t.length>>1]!.toFixed(2));
}
