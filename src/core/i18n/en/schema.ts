/** The file format's schema sentences, in English: the words the schema has always used (src/core/model/primitives.ts). */
export const schema = {
  'schema.too-long': (p: { what: 'name' | 'label' | 'text'; limit: number; length: number }) =>
    `A ${p.what} can have at most ${p.limit.toLocaleString('en')} characters; this one has ${p.length.toLocaleString('en')}.`,
  'schema.name-empty': () => 'A name cannot be empty.',
  'schema.bad-id': () => 'An id starts with a letter and has only letters, digits, _ . -.',
  'schema.bad-colour': () => 'A colour is written #rrggbb.',
  'schema.bad-language': () => 'A language is a tag such as "en", "de" or "ko".',
  'schema.position-range': (p: { limit: number }) => `A position lies within ±${p.limit.toLocaleString('en')}.`,
  'schema.not-one-of': (p: { values: readonly string[] }) =>
    `Invalid option: expected one of ${p.values.map((v) => `"${v}"`).join('|')}.`,
  'schema.unknown-part': (p: { key: string }) => `"${p.key}" is not part of a Refmod model.`,
};

/** Every language phrases each schema sentence from the same parameters. */
export type Schema = { [K in keyof typeof schema]: (params: Parameters<(typeof schema)[K]>[0]) => string };
