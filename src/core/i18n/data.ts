import type { DataStrings, localise as Localise } from './data-load.ts';
import type { DataSource } from './translated-data.ts';
import type { Language } from './language.ts';

let active: {
  language: Language;
  strings: Partial<Record<DataSource, DataStrings>>;
  localise: typeof Localise | null;
} = { language: 'en', strings: {}, localise: null };
const cache = new Map<Language, WeakMap<object, unknown>>();
const listeners = new Set<() => void>();

/** Loads every translated data file and the core's messages of the language, then makes it the data's language (the screens' or the CLI's). */
export async function setDataLanguage(language: Language): Promise<void> {
  if (language === 'en') {
    active = { language, strings: {}, localise: null };
  } else {
    // The translations and the code that applies them load with the first switch away from English.
    const { loadLanguage, localise } = await import('./data-load.ts');
    active = { language, strings: await loadLanguage(language), localise };
  }
  for (const listener of listeners) listener();
}

/** One translated text of the loaded language, if it is that language's and has one. */
export function dataText(language: Language, source: DataSource, key: string): string | undefined {
  return active.language === language ? active.strings[source]?.[key] : undefined;
}

export function dataLanguage(): Language {
  return active.language;
}

/** Calls back after the data's language changed (the workbench rebuilds its metamodel). */
export function onDataLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Shipped data in the active data language; the same object in English, one object per language otherwise.
 * `english` is the shipped file when `data` is another copy of it (a pack's), whose own wording is kept.
 */
export function localised<T extends object>(source: DataSource, data: T, english: object = data): T {
  const { strings: all, localise } = active;
  const strings = all[source];
  if (active.language === 'en' || !strings || !localise) return data;
  let byData = cache.get(active.language);
  if (!byData) cache.set(active.language, (byData = new WeakMap()));
  let done = byData.get(data) as T | undefined;
  if (!done) byData.set(data, (done = localise(source, data, strings, english)));
  return done;
}

export type { DataSource };
