import { createContext, useContext, useMemo } from 'react';
import { localizeDocument, type Localized } from '../../core/i18n/localize.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { useLanguage } from './messages.ts';

/** The document as read in the interface's language: names in it where translated, else the model's own. */
export function useShownDocument(doc: RefDocument): Localized {
  const language = useLanguage();
  return useMemo(() => localizeDocument(doc, language), [doc, language]);
}

/** What the canvas shows, so a node can mark a name that stands in for a missing translation. */
export const ShownDocument = createContext<Localized | null>(null);

/** Whether an element's name on the canvas stands in for a missing translation, and in which language it is. */
export function useStandIn(id: string): { standIn: boolean; language: string | undefined } {
  const shown = useContext(ShownDocument);
  const standIn = shown?.fallbacks.elements.has(id) ?? false;
  return { standIn, language: standIn ? shown?.ownLanguage : shown?.language };
}

/** A language's name in the interface's language ("ko" → "Koreanisch" in German). */
export function useLanguageName(): (language: string) => string {
  const ui = useLanguage();
  return useMemo(() => {
    const names = new Intl.DisplayNames(ui, { type: 'language' });
    return (language: string) => names.of(language) ?? language;
  }, [ui]);
}
