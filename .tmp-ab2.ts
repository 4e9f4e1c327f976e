import { generateDocument } from './test/support/generate.ts';
const m = (fn: () => unknown, n = 40) => { for (let i=0;i<3;i++) fn(); const cpu: number[] = []; for (let i=0;i<n;i++) { const c=process.cpuUsage(); fn(); const d=process.cpuUsage(c); cpu.push((d.user+d.system)/1000); } cpu.sort((a,b)=>a-b); return cpu[Math.floor(n/4)]!; };
const r: Record<string, number[]> = {};
const add = (k: string, v: number) => (r[k] = [...(r[k] ?? []), v]);
for (const size of [1000, 10000]) {
  const doc = generateDocument(size, 2.5);
  add('elements map', m(() => { const mm = new Map(); for (const e of doc.elements) mm.set(e.id, e); return mm; }));
  add('links push', m(() => { const mm = new Map<string, any[]>(); for (const r of doc.relations) { const a = mm.get(r.source); if (a) a.push(r); else mm.set(r.source, [r]); const b = mm.get(r.target); if (b) b.push(r); else mm.set(r.target, [r]); } return mm; }));
  add('links 2-pass', m(() => {
    const deg = new Map<string, number>(); for (const e of doc.elements) deg.set(e.id, 0);
    for (const r of doc.relations) { deg.set(r.source, (deg.get(r.source) ?? 0) + 1); deg.set(r.target, (deg.get(r.target) ?? 0) + 1); }
    const mm = new Map<string, any[]>(); for (const [id, d] of deg) mm.set(id, new Array(d));
    const fill = new Map<string, number>();
    return mm; }));
  add('nodes objects', m(() => { const mm = new Map<string, { el: any; rels: any[] }>(); for (const e of doc.elements) mm.set(e.id, { el: e, rels: [] }); for (const r of doc.relations) { mm.get(r.source)?.rels.push(r); mm.get(r.target)?.rels.push(r); } return mm; }));
  add('nodes prefill', m(() => { const mm = new Map<string, any[]>(); for (const e of doc.elements) mm.set(e.id, []); for (const r of doc.relations) { mm.get(r.source)?.push(r); mm.get(r.target)?.push(r); } return mm; }));
}
for (const [k, [a, b]] of Object.entries(r)) console.log(k.padEnd(14), a!.toFixed(3), b!.toFixed(3), 'ratio', (b!/a!).toFixed(1));
