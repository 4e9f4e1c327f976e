import type { Lane, RefDocument, View } from '../model/schema.ts';

/** The primary language of a tag: "de-AT" → "de", "KO" → "ko". */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? tag;
}

/** The language a model's own names and descriptions are written in (meta.language). */
export function modelLanguage(doc: Pick<RefDocument, 'meta'>): string {
  return primaryLanguage(doc.meta.language);
}

/** A text in the language asked for, or the model's own text standing in for a missing translation. */
export interface LocalText {
  text: string;
  /** The language the text is written in. */
  language: string;
  /** True when the text is the model's own because the asked language has none. */
  fallback: boolean;
}

type TranslationMap<K extends string> = Partial<Record<string, Partial<Record<K, string>>>>;

/** Anything with a name, a description and their translations: an element, an area, a role, a view. */
export interface Translatable {
  name: string;
  description?: string;
  translations?: TranslationMap<'name' | 'description'>;
}

interface Term {
  term: string;
  definition: string;
  translations?: TranslationMap<'term' | 'definition'>;
}

// "de" finds a translation stored under "de" or, failing that, under "de-AT".
function entryFor<K extends string>(map: TranslationMap<K> | undefined, language: string): Partial<Record<K, string>> {
  if (!map) return {};
  if (map[language]) return map[language];
  const key = Object.keys(map).find((k) => primaryLanguage(k) === language);
  return (key && map[key]) || {};
}

function pick<K extends string>(
  own: string,
  map: TranslationMap<K> | undefined,
  key: K,
  language: string,
  ownLanguage: string,
): LocalText {
  const asked = primaryLanguage(language);
  if (asked === ownLanguage) return { text: own, language: ownLanguage, fallback: false };
  const translated = entryFor(map, asked)[key];
  if (translated) return { text: translated, language: asked, fallback: false };
  // An empty text is not missing a translation: there is nothing to translate.
  return { text: own, language: ownLanguage, fallback: own !== '' };
}

export const localName = (item: Translatable, language: string, ownLanguage: string): LocalText =>
  pick(item.name, item.translations, 'name', language, ownLanguage);

export const localDescription = (item: Translatable, language: string, ownLanguage: string): LocalText =>
  pick(item.description ?? '', item.translations, 'description', language, ownLanguage);

export const localTerm = (entry: Term, language: string, ownLanguage: string): LocalText =>
  pick(entry.term, entry.translations, 'term', language, ownLanguage);

export const localDefinition = (entry: Term, language: string, ownLanguage: string): LocalText =>
  pick(entry.definition, entry.translations, 'definition', language, ownLanguage);

/** How a text export shows a stand-in, visibly: "Manage complaints [en]". */
export function marked(text: LocalText): string {
  return text.fallback ? `${text.text} [${text.language}]` : text.text;
}

/** The changes that set an item's name (or description) in a language: its own field, or its translation. */
export function textChanges<T extends Translatable>(
  item: T,
  field: 'name' | 'description',
  text: string,
  language: string,
  ownLanguage: string,
): Partial<Pick<T, 'name' | 'description' | 'translations'>> {
  const asked = primaryLanguage(language);
  if (asked === ownLanguage) return { [field]: text };
  const key = Object.keys(item.translations ?? {}).find((k) => primaryLanguage(k) === asked) ?? asked;
  const entry: Partial<Record<'name' | 'description', string>> = { ...item.translations?.[key] };
  if (text) entry[field] = text;
  else delete entry[field];
  const translations = { ...item.translations };
  if (Object.keys(entry).length) translations[key] = entry;
  else delete translations[key];
  return { translations: Object.keys(translations).length ? translations : undefined };
}

/** Every language the model has text in: its own first, then those of its translations, sorted. */
export function modelLanguages(doc: RefDocument): string[] {
  const found = new Set<string>();
  const add = (map: object | undefined) => Object.keys(map ?? {}).forEach((k) => found.add(primaryLanguage(k)));
  doc.elements.forEach((e) => add(e.translations));
  doc.views.forEach((v) => add(v.translations));
  [...doc.macroStructure.areas, ...doc.macroStructure.roles].forEach((l) => add(l.translations));
  doc.designGoals.glossary.forEach((g) => add(g.translations));
  const own = modelLanguage(doc);
  found.delete(own);
  return [own, ...[...found].sort()];
}

/** The ids whose name is shown in the model's own language because the chosen one has none. */
export interface Fallbacks {
  elements: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  views: ReadonlySet<string>;
  /** How many names and texts (descriptions, glossary terms and definitions included) stand in. */
  count: number;
}

export interface Localized {
  /** The document with every name, description and glossary entry in the chosen language where it has one. */
  doc: RefDocument;
  language: string;
  /** The model's own language, which stands in where a translation is missing. */
  ownLanguage: string;
  fallbacks: Fallbacks;
}

const NONE: Fallbacks = { elements: new Set(), areas: new Set(), roles: new Set(), views: new Set(), count: 0 };

// Per item and language, the same localized copy: an unchanged element keeps its identity across edits.
const memo = new WeakMap<object, Map<string, { item: object; fallback: boolean; count: number }>>();

function localItem<T extends Translatable>(item: T, language: string, own: string, mark: boolean) {
  const key = `${language}|${own}|${mark}`;
  let byKey = memo.get(item);
  const known = byKey?.get(key);
  if (known) return known as { item: T; fallback: boolean; count: number };
  const name = localName(item, language, own);
  const description = localDescription(item, language, own);
  const result = {
    item: {
      ...item,
      name: mark ? marked(name) : name.text,
      ...(item.description === undefined ? {} : { description: mark ? marked(description) : description.text }),
    },
    fallback: name.fallback,
    count: Number(name.fallback) + Number(description.fallback),
  };
  if (!byKey) memo.set(item, (byKey = new Map<string, { item: object; fallback: boolean; count: number }>()));
  byKey.set(key, result);
  return result;
}

/**
 * The document as read in a language: every element, area, role and view name and description, and every
 * glossary term and definition, in that language where the model has it, else the model's own text (marked
 * "[en]" in the text when `mark` is set, for exports). Ids, relations and positions stay as they are.
 */
export function localizeDocument(doc: RefDocument, language: string, options: { mark?: boolean } = {}): Localized {
  const own = modelLanguage(doc);
  const asked = primaryLanguage(language);
  if (asked === own) return { doc, language: own, ownLanguage: own, fallbacks: NONE };
  const mark = options.mark ?? false;
  let count = 0;
  const all = <T extends Translatable>(items: readonly T[], ids: Set<string>) =>
    items.map((item) => {
      const local = localItem(item, asked, own, mark);
      if (local.fallback) ids.add((item as unknown as { id: string }).id);
      count += local.count;
      return local.item;
    });
  const fallbacks = {
    elements: new Set<string>(),
    areas: new Set<string>(),
    roles: new Set<string>(),
    views: new Set<string>(),
  };
  const glossary = doc.designGoals.glossary.map((entry) => {
    const term = localTerm(entry, asked, own);
    const definition = localDefinition(entry, asked, own);
    count += Number(term.fallback) + Number(definition.fallback);
    return {
      ...entry,
      term: mark ? marked(term) : term.text,
      definition: mark ? marked(definition) : definition.text,
    };
  });
  const localized: RefDocument = {
    ...doc,
    // Read in one language, the copy is written in it: localizing it again changes nothing.
    meta: { ...doc.meta, language: asked },
    macroStructure: {
      areas: all<Lane>(doc.macroStructure.areas, fallbacks.areas),
      roles: all<Lane>(doc.macroStructure.roles, fallbacks.roles),
    },
    elements: all(doc.elements, fallbacks.elements),
    views: all<View>(doc.views, fallbacks.views),
    designGoals: { ...doc.designGoals, glossary },
  };
  return { doc: localized, language: asked, ownLanguage: own, fallbacks: { ...fallbacks, count } };
}

/** A language's English name ("ko" → "Korean"), for messages; the tag itself where the runtime has no name. */
export function languageName(language: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/**
 * The document as an export writes it in a language (default: the model's own): stand-ins are marked "[en]" in
 * the text, and `note` says how many names have no translation, or is null when none is missing.
 */
export function forExport(doc: RefDocument, language?: string): { doc: RefDocument; note: string | null } {
  if (language === undefined) return { doc, note: null };
  const local = localizeDocument(doc, language, { mark: true });
  const { elements, areas, roles, views } = local.fallbacks;
  const names = elements.size + areas.size + roles.size + views.size;
  if (names === 0) return { doc: local.doc, note: null };
  const own = languageName(local.ownLanguage);
  return {
    doc: local.doc,
    note: `${names === 1 ? '1 name has' : `${names} names have`} no ${languageName(local.language)} translation; ${names === 1 ? 'it is' : 'they are'} written in ${own}, marked [${local.ownLanguage}].`,
  };
}

type WithTranslations = { translations?: unknown };

/** An item without its translations: what it says, whatever languages it is also written in. */
export function withoutTranslations<T extends WithTranslations>(item: T): T {
  if (item.translations === undefined) return item;
  const copy = { ...item };
  delete copy.translations;
  return copy;
}

/** The model's own text only: no translations, and naming rules without their patterns for other languages. */
export function ownLanguageOnly(doc: RefDocument): RefDocument {
  return {
    ...doc,
    elements: doc.elements.map(withoutTranslations),
    views: doc.views.map(withoutTranslations),
    macroStructure: {
      areas: doc.macroStructure.areas.map(withoutTranslations),
      roles: doc.macroStructure.roles.map(withoutTranslations),
    },
    designGoals: {
      ...doc.designGoals,
      glossary: doc.designGoals.glossary.map(withoutTranslations),
      namingRules: doc.designGoals.namingRules.map((rule) => {
        if (rule.languages === undefined) return rule;
        const copy = { ...rule };
        delete copy.languages;
        return copy;
      }),
    },
  };
}
