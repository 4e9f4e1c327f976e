import data from '../../../models/glossary.json' with { type: 'json' };
import { useMemo } from 'react';
import { localisedGlossary } from '../../core/i18n/glossary.ts';
import { Glossary, type GlossaryTerm } from '../../core/model/glossary.ts';
import { useLanguage } from '../i18n/messages.ts';

/** The shipped concept glossary (models/glossary.json, checked by the model tests); this module is only ever loaded lazily. */
export const glossary: Glossary = Glossary.parse(data);

/**
 * A term's words in the interface's language. Terms are known by their English name everywhere (links, matching,
 * the dialog's selection), so a switch of language keeps the reader on the same concept.
 */
export function useGlossaryWords(): (term: GlossaryTerm) => GlossaryTerm {
  const language = useLanguage();
  return useMemo(() => {
    const shown = localisedGlossary(glossary);
    const byTerm = new Map(glossary.terms.map((t, i) => [t.term, shown.terms[i]!]));
    return (term) => byTerm.get(term.term) ?? term;
    // The localised glossary follows the data's language, which switches with the interface's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);
}
