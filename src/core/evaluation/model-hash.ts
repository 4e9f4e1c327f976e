import { exportDocument } from '../io/json.ts';
import type { RefDocument } from '../model/schema.ts';

/**
 * A content hash of the model as evaluated: FNV-1a 64-bit over the UTF-8 bytes of its canonical JSON,
 * without its evaluations and without meta.modified (saving, or adding an evaluation, must not make earlier
 * sessions look stale). 16 hex digits; the same in Node and the browser.
 */
export function modelHash(doc: RefDocument): string {
  return fnv1a64(exportDocument({ ...doc, evaluations: [], meta: { ...doc.meta, modified: doc.meta.created } }));
}

/** FNV-1a 64-bit of a string's UTF-8 bytes as 16 hex digits, computed on four 16-bit limbs (no BigInt: fast, exact). */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, keeping 64 bits.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    const c1 = t1 + (t0 >>> 16);
    const c2 = t2 + (c1 >>> 16);
    h0 = t0 & 0xffff;
    h1 = c1 & 0xffff;
    h2 = c2 & 0xffff;
    h3 = (t3 + (c2 >>> 16)) & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
