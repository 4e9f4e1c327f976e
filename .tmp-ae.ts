import { generateDocument } from './test/support/generate.ts';
const doc = generateDocument(10000, 2.5);
const els = doc.elements;
const time = (name: string, fn: () => unknown) => { for (let i=0;i<5;i++) fn(); const t: number[] = []; for (let i=0;i<20;i++) { const s = performance.now(); fn(); t.push(performance.now()-s); } t.sort((a,b)=>a-b); console.log(name.padEnd(20), t[10]!.toFixed(2)); };
time('nodes', () => { const m = new Map(); for (let i=0;i<els.length;i++) { const e = els[i]!; m.set(e.id, { element: e, category: 'x', relations: [] }); } return m; });
time('nodes get+set', () => { const m = new Map<string, any>(); for (let i=0;i<els.length;i++) { const e = els[i]!; let n = m.get(e.id); if (!n) m.set(e.id, n = { element: undefined, category: undefined, relations: [] }); n.element = e; } return m; });
time('lowercase', () => { let k = 0; for (let i=0;i<els.length;i++) k += els[i]!.name.toLowerCase().length; return k; });
time('namesake', () => { const m = new Map<string, Map<string, any>>(); for (let i=0;i<els.length;i++) { const e = els[i]!; let n = m.get(e.type); if (!n) m.set(e.type, n = new Map()); const nm = e.name.toLowerCase(); if (n.get(nm) === undefined) n.set(nm, e); } return m; });
time('bump', () => { const a = new Map<string, number>(); for (let i=0;i<els.length;i++) { const e = els[i]!; if (e.area !== null) a.set(e.area, (a.get(e.area) ?? 0) + 1); if (e.role !== null) a.set(e.role, (a.get(e.role) ?? 0) + 1); } return a; });
