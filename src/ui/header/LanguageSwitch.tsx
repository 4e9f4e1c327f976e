import { LANGUAGE_NAMES, isLanguage } from '../../core/i18n/language.ts';
import { LANGUAGES, setLanguage, useLanguage, useMessages } from '../i18n/messages.ts';
import './languages.css';

/** Chooses the workbench's language; each language is named in its own words, so a reader finds theirs in any. */
export function LanguageSwitch() {
  const m = useMessages();
  const current = useLanguage();
  return (
    <select
      className="language-switch"
      value={current}
      aria-label={m.shell.language}
      title={m.shell.languageHint}
      data-testid="language-switch"
      onChange={(e) => {
        if (isLanguage(e.target.value)) void setLanguage(e.target.value);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
