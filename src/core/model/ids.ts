import { romanizeHangul } from '../i18n/file-name.ts';

/** Readable, deterministic ids: the same document and the same request always give the same id. */

const MAX_BASE = 90; // leaves room for a "-123" suffix within the 100 characters an Id may have
const CREATOR_TAG = /_[a-z0-9]{1,7}$/;

let creator: string | null = null;

/**
 * In a live room every new id carries its creator's tag (`account_k3f9a`), so two people who add the same name
 * while offline keep two elements instead of one overwriting the other. `null` (the default) leaves ids as they are.
 */
export function setIdCreator(tag: string | null): void {
  creator =
    tag === null
      ? null
      : tag
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .slice(0, 7) || null;
}

/**
 * Lower-case words joined by '-', ASCII only ("Complaint Management" → "complaint-management"); Hangul in Latin
 * letters ("불만 관리" → "bulman-gwanri"), so an id built from a Korean name stays readable.
 */
export function slug(text: string): string {
  return romanizeHangul(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE)
    .replace(/^-+|-+$/g, '');
}

/**
 * The prefix itself when it is free, else `prefix-2`, `prefix-3`, …; the prefix is made a valid Id first.
 * @example uniqueId(`p-${slug('Complaint management')}`, taken) // 'p-complaint-management'
 */
export function uniqueId(prefix: string, taken: ReadonlySet<string>): string {
  const base = tagged(validBase(prefix));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * The first free numbered id for a kind: `goal-1`, `goal-2`, … (the smallest number not taken).
 * @example numberedId('goal', new Set(['goal-1', 'goal-2'])) // 'goal-3'
 */
export function numberedId(prefix: string, taken: ReadonlySet<string>): string {
  const base = tagged(validBase(prefix));
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

// A copy of a tagged id gets the copier's tag, not a second one.
const tagged = (base: string): string =>
  creator === null ? base : `${base.replace(CREATOR_TAG, '').slice(0, MAX_BASE - 10)}_${creator}`;

// An Id starts with a letter and holds only letters, digits, _ . - (see primitives.ts).
function validBase(prefix: string): string {
  const cleaned = prefix
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_BASE - 2)
    .replace(/-+$/, '');
  if (!cleaned) return 'id';
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `x-${cleaned}`;
}
