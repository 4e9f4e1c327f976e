import { exportDocument } from '../io/json.ts';
import type { RefDocument } from './schema.ts';

/**
 * A short content fingerprint of a model: 64-bit FNV-1a over the UTF-8 bytes of its canonical JSON,
 * without evaluations, meta.modified and node positions (rating, saving or re-laying out a model does
 * not change what it says). 16 hex digits.
 */
export function modelHash(doc: RefDocument): string {
  const views = doc.views.map((v) => ({ ...v, positions: {} }));
  return fnv1a64(exportDocument({ ...doc, views, evaluations: [], meta: { ...doc.meta, modified: doc.meta.created } }));
}

/** FNV-1a, 64 bit, over the UTF-8 bytes of `text`; 16 lowercase hex digits. Deterministic in Node and browsers. */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Four 16-bit limbs (low first): doubles stay exact, no BigInt cost per byte.
  let v0 = 0x2325,
    v1 = 0x8422,
    v2 = 0x9ce4,
    v3 = 0xcbf2;
  for (const byte of bytes) {
    v0 ^= byte;
    // Multiply by the FNV prime 2^40 + 0x1b3.
    const t0 = v0 * 0x1b3;
    let t1 = v1 * 0x1b3;
    let t2 = v2 * 0x1b3 + (v0 << 8);
    const t3 = v3 * 0x1b3 + (v1 << 8);
    t1 += t0 >>> 16;
    v0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    v1 = t1 & 0xffff;
    v3 = (t3 + (t2 >>> 16)) & 0xffff;
    v2 = t2 & 0xffff;
  }
  return [v3, v2, v1, v0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
