import { dataLanguage } from '../core/i18n/data.ts';
import type { Language } from '../core/i18n/language.ts';
import { de } from './i18n/de.ts';
import { en, type CliMessages } from './i18n/en.ts';
import { ko } from './i18n/ko.ts';

const CATALOGUES: Record<Language, CliMessages> = { en, de, ko };

/** The CLI's words in the language of `--lang` (main makes it the data's language before a command runs). */
export function cliMessages(language: Language = dataLanguage()): CliMessages {
  return CATALOGUES[language];
}
