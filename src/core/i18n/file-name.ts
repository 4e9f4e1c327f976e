import type { RefDocument } from '../model/schema.ts';

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

/**
 * Hangul in Latin letters, syllable by syllable (Revised Romanization without its sound changes): "불만 관리" →
 * "bulman gwanri". Ids are ASCII, so an id built from a Korean name keeps a readable form instead of vanishing.
 */
export function romanizeHangul(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11_171) {
      out += ch;
      continue;
    }
    out += INITIALS[Math.floor(code / 588)]! + VOWELS[Math.floor((code % 588) / 28)]! + FINALS[code % 28]!;
  }
  return out;
}

/**
 * A readable part of a file name: lower-case words joined by "-", letters of every script kept ("불만-관리",
 * "kundenanfrage"), Latin letters without their accents; empty when the text has no letter or digit.
 */
export function fileSlug(text: string): string {
  let plain = '';
  for (const ch of text.normalize('NFC'))
    plain += /\p{Script=Latin}/u.test(ch) ? ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : ch;
  return [
    ...plain
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  ]
    .slice(0, 80)
    .join('')
    .replace(/-+$/, '');
}

/**
 * The start of an export's file name: the model's name and the given parts (a view's name, "report"), each as
 * {@link fileSlug}; a part with nothing readable left is skipped, and the model's id stands in for its name.
 * Never empty, never "-elements.csv".
 */
export function fileBase(
  doc: { meta: Pick<RefDocument['meta'], 'name' | 'id'> },
  ...parts: (string | { name: string; id: string })[]
): string {
  const words = parts.map((p) => (typeof p === 'string' ? fileSlug(p) : fileSlug(p.name) || fileSlug(p.id)));
  return [fileSlug(doc.meta.name) || fileSlug(doc.meta.id) || 'model', ...words].filter(Boolean).join('-');
}
