import type { Schema } from '../en/schema.ts';

const WHAT = {
  name: ['Ein Name', 'dieser'],
  label: ['Eine Beschriftung', 'diese'],
  text: ['Ein Text', 'dieser'],
} as const;

/** The file format's schema sentences, in German. */
export const schema: Schema = {
  'schema.too-long': (p) =>
    `${WHAT[p.what][0]} darf höchstens ${p.limit.toLocaleString('de')} Zeichen haben; ${WHAT[p.what][1]} hat ${p.length.toLocaleString('de')}.`,
  'schema.name-empty': () => 'Ein Name darf nicht leer sein.',
  'schema.bad-id': () => 'Eine ID beginnt mit einem Buchstaben und enthält nur Buchstaben, Ziffern, _ . -.',
  'schema.bad-colour': () => 'Eine Farbe wird als #rrggbb geschrieben.',
  'schema.bad-language': () => 'Eine Sprache ist ein Kürzel wie „en“, „de“ oder „ko“.',
  'schema.position-range': (p) => `Eine Position liegt innerhalb von ±${p.limit.toLocaleString('de')}.`,
  'schema.not-one-of': (p) => `Ungültiger Wert: erwartet wird einer von ${p.values.map((v) => `„${v}“`).join(', ')}.`,
  'schema.unknown-part': (p) => `„${p.key}“ ist kein Teil eines Refmod-Modells.`,
};
