import { primaryLanguage } from './localize.ts';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language a name is written in: the one it is filed under, unless its script says otherwise. A Hangul name
 * without Latin letters is Korean even in a model that says it is English (typed into the blank template), so
 * it is never judged by a rule that demands capitals.
 */
export function nameLanguage(name: string, filedUnder: string): string {
  const language = primaryLanguage(filedUnder);
  return language !== 'ko' && HANGUL.test(name) && !LATIN.test(name) ? 'ko' : language;
}
