/** The languages Refmod speaks: its sources and its users are English, German and Korean. */
export const LANGUAGES = ['en', 'de', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name, as its speakers write it: the switch shows these, never translated. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', ko: '한국어' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first supported language among the user's preferences ("de-AT" counts as German), else English. */
export function pickLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
