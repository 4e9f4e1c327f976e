import type { Metamodel } from '../metamodel/metamodel.ts';
import { dataText, type DataSource } from './data.ts';
import type { Language } from './language.ts';

/** An element as a message names it: its type (an id, labelled in the reader's language) and its name. */
export interface ElementRef {
  type: string;
  name: string;
}

export type TextParam =
  string | number | boolean | ElementRef | readonly TextParam[] | { readonly [key: string]: TextParam };

/** A message as data: its id in the catalogues and its parameters, rendered in whatever language is read. */
export interface Text {
  id: string;
  params: Record<string, TextParam>;
}

/** What a catalogue needs to phrase a message: the metamodel's labels and the language's punctuation. */
export interface Wording {
  /** An element as "Type "name"" (German „name“). */
  element(ref: ElementRef): string;
  /** An element type's label, or the id of a type the metamodel lacks. */
  type(id: string): string;
  relationLabel(id: string): string;
  relationDescription(id: string): string;
  /** What a rule's selector names: an element type's label, or a category's label ("category:process"). */
  selector(selector: string): string;
  /** A property's label on an element type, or its key. */
  property(type: string, key: string): string;
  /** A language's name in the reader's language ("German", "Deutsch", "독일어"). */
  language(code: string): string;
  /** Words joined as the language joins a list: "a, b and c", "a, b und c", "a, b, c". */
  list(words: readonly string[]): string;
  /** A name in the language's quotation marks. */
  quote(text: string): string;
  /** The metamodel's own name, e.g. "CRM in BPO". */
  metamodel: string;
  /** A text of the shipped data in this language (a catalogue entry's name), else the English given. */
  data(source: DataSource, key: string, english: string): string;
}

const QUOTES: Record<Language, [string, string]> = { en: ['"', '"'], de: ['„', '“'], ko: ['"', '"'] };
const AND: Record<Language, string | null> = { en: ' and ', de: ' und ', ko: null };

/** One wording per metamodel and language: validation words a finding for every element it flags. */
const worded = new WeakMap<Metamodel, Partial<Record<Language, Wording>>>();

export function wording(language: Language, metamodel: Metamodel): Wording {
  const known = worded.get(metamodel) ?? {};
  worded.set(metamodel, known);
  return (known[language] ??= phrasing(language, metamodel));
}

function phrasing(language: Language, metamodel: Metamodel): Wording {
  const [open, close] = QUOTES[language];
  const quote = (text: string) => `${open}${text}${close}`;
  const and = AND[language];
  return {
    element: (ref) => `${metamodel.elementType(ref.type)?.label ?? 'Element'} ${quote(ref.name)}`,
    type: (id) => metamodel.elementType(id)?.label ?? id,
    relationLabel: (id) => metamodel.relationType(id)?.label ?? id,
    relationDescription: (id) => metamodel.relationType(id)?.description ?? '',
    selector: (selector) =>
      selector.startsWith('category:')
        ? (metamodel.category(selector.slice('category:'.length))?.label ?? selector)
        : (metamodel.elementType(selector)?.label ?? selector),
    property: (type, key) => metamodel.elementType(type)?.properties.find((p) => p.key === key)?.label ?? key,
    language: (code) => {
      try {
        return new Intl.DisplayNames(language, { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
    list: (words) =>
      words.length < 2 || !and ? words.join(', ') : `${words.slice(0, -1).join(', ')}${and}${words.at(-1)}`,
    quote,
    metamodel: metamodel.data.name,
    data: (source, key, english) => (language === 'en' ? english : (dataText(language, source, key) ?? english)),
  };
}
