import { loadCoreMessages } from './core-messages.ts';
import type { Language } from './language.ts';
import { TRANSLATED_DATA, type DataSource } from './translated-data.ts';

/** A translation's strings: key (the path to the text, list items named by their id) → translated text. */
export type DataStrings = Readonly<Record<string, string>>;

/** The field an item of a list is named by in a key, so that keys survive reordering. */
const ITEM_NAMES = ['id', 'key', 'term'] as const;

function itemName(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    for (const field of ITEM_NAMES) {
      const name = (item as Record<string, unknown>)[field];
      if (typeof name === 'string') return name;
    }
  }
  return String(index);
}

/** Visits every translatable text: its key and its value; `replace` may return a new text for it. */
function walk(value: unknown, fields: readonly string[], replace: (key: string, text: string) => string): unknown {
  const visit = (node: unknown, path: string, field: string): unknown => {
    if (typeof node === 'string') return fields.includes(field) ? replace(path, node) : node;
    if (Array.isArray(node))
      return node.map((item, i) => visit(item, path ? `${path}/${itemName(item, i)}` : itemName(item, i), field));
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, path ? `${path}/${k}` : k, k)]));
    }
    return node;
  };
  return visit(value, '', '');
}

/** The English texts of a data file that a translation must cover, by key. */
export function translationKeys(source: DataSource, data: unknown): Record<string, string> {
  const keys: Record<string, string> = {};
  walk(data, TRANSLATED_DATA[source], (key, text) => {
    if (text) keys[key] = text;
    return text;
  });
  return keys;
}

/**
 * The data with its texts in the translation; a text stays English where the translation lacks it, or where the
 * data's English differs from the shipped English it was translated from (a pack's own wording).
 */
export function localise<T>(source: DataSource, data: T, strings: DataStrings, english: unknown = data): T {
  const shipped = english === data ? null : translationKeys(source, english);
  return walk(data, TRANSLATED_DATA[source], (key, text) => {
    const translated = strings[key];
    return translated !== undefined && (!shipped || shipped[key] === text) ? translated : text;
  }) as T;
}

/** Where the translations are: bundled as one lazy chunk per file, so only the chosen language is ever loaded. */
const files = lazyFiles();

/** Vite collects the files (browser, CLI build, tests); plain Node cannot, and reads them from disk instead. */
function lazyFiles(): Record<string, () => Promise<unknown>> | null {
  try {
    return import.meta.glob('../../../models/i18n/*/**/*.json', { import: 'default' });
  } catch {
    return null;
  }
}

async function readTranslation(language: Language, source: DataSource): Promise<unknown> {
  const path = `../../../models/i18n/${language}/${source}`;
  if (files) {
    const load = files[path];
    return load ? load() : null;
  }
  const fs = process.getBuiltinModule('node:fs');
  const url = new URL(path, import.meta.url);
  return fs.existsSync(url) ? (JSON.parse(fs.readFileSync(url, 'utf8')) as unknown) : null;
}

/** The strings of a language's translation of a data file; none when it has none (English, or not yet translated). */
export async function loadTranslation(language: Language, source: DataSource): Promise<DataStrings> {
  if (language === 'en') return {};
  const file = (await readTranslation(language, source)) as { strings?: DataStrings } | null;
  return file?.strings ?? {};
}

/** Every translated data file of a language, with the core's messages: what a switch to it needs. */
export async function loadLanguage(language: Language): Promise<Partial<Record<DataSource, DataStrings>>> {
  const sources = Object.keys(TRANSLATED_DATA) as DataSource[];
  const [loaded] = await Promise.all([
    Promise.all(sources.map((source) => loadTranslation(language, source))),
    loadCoreMessages(language),
  ]);
  return Object.fromEntries(sources.map((source, i) => [source, loaded[i]]));
}
