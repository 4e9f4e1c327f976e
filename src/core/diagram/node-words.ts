import { dataLanguage } from '../i18n/data.ts';
import type { Language } from '../i18n/language.ts';

/** Words a node draws besides the model's names and type labels, in each language: its measures chip. */
interface NodeWords {
  measureCount: (count: number) => string;
}

const WORDS: Record<Language, NodeWords> = {
  en: { measureCount: (n) => (n === 1 ? '1 measure' : `${n} measures`) },
  de: { measureCount: (n) => (n === 1 ? '1 Kennzahl' : `${n} Kennzahlen`) },
  ko: { measureCount: (n) => `지표 ${n}개` },
};

/** The node words in the data's language, the one its type labels are in, so a node is sized from what it shows. */
export function nodeWords(): NodeWords {
  return WORDS[dataLanguage()];
}
