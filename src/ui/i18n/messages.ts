import { useSyncExternalStore } from 'react';
import { LANGUAGES, isLanguage, pickLanguage, type Language } from '../../core/i18n/language.ts';
import type { en } from './en/index.ts';
import { setDataLanguage } from '../../core/i18n/data.ts';

/** Every string of the interface; German and Korean must have the same keys and parameters (checked by tsc). */
export type Messages = typeof en;

const STORED = 'refmod.language';
// Every catalogue, English too, is a chunk of its own: the strings of 28 screens would not fit the first load's budget.
const load: Record<Language, () => Promise<Messages>> = {
  en: () => import('./en/index.ts').then((m) => m.en),
  de: () => import('./de/index.ts').then((m) => m.de),
  ko: () => import('./ko/index.ts').then((m) => m.ko),
};

let active: { language: Language; messages: Messages } | null = null;
const listeners = new Set<() => void>();

/** The remembered choice, else the browser's language, else English. */
export function preferredLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORED);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be blocked (private mode, policies): fall back to the browser's language.
  }
  return pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** Loads the language's catalogue, then switches every screen to it; `<html lang>` follows. */
export async function setLanguage(language: Language, remember = true): Promise<void> {
  // The shipped data (type labels, method, checklists, catalogues, glossary) switches with the interface.
  const [messages] = await Promise.all([load[language](), setDataLanguage(language)]);
  active = { language, messages };
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (remember) {
    try {
      localStorage.setItem(STORED, language);
    } catch {
      // Not remembered across sessions, but the switch still works now.
    }
  }
  for (const listener of listeners) listener();
}

/** Starts in the preferred language, or in English if that catalogue fails to load; rejects only if English fails too. */
export function startLanguage(): Promise<void> {
  return setLanguage(preferredLanguage(), false).catch(() => setLanguage('en', false));
}

function current(): { language: Language; messages: Messages } {
  if (!active) throw new Error('The interface catalogue is used before startLanguage() loaded it.');
  return active;
}

/** The active catalogue, for code outside React (notices, store actions). */
export function messages(): Messages {
  return current().messages;
}

export function language(): Language {
  return current().language;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The active catalogue; the component re-renders when the language changes. */
export function useMessages(): Messages {
  return useSyncExternalStore(subscribe, messages);
}

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, language);
}

/** A number in the active language's format (1,234.5 / 1.234,5 / 1,234.5). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language(), options).format(value);
}

/** A date and time in the active language's format. */
export function formatDate(value: Date | number | string, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language(), options ?? { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

export { LANGUAGES };
