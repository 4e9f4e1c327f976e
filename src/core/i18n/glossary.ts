import type { Glossary } from '../model/glossary.ts';
import { localised } from './data.ts';

const done = new WeakMap<Glossary, Glossary>();

/** A translated glossary whose broader terms still name English terms, with each following its term's translation. */
export function withTranslatedBroader(english: Glossary, translated: Glossary): Glossary {
  const term = new Map(english.terms.map((t, i) => [t.term, translated.terms[i]?.term ?? t.term]));
  return {
    terms: translated.terms.map((t) =>
      t.broader === undefined ? t : { ...t, broader: term.get(t.broader) ?? t.broader },
    ),
  };
}

/** The glossary in the active data language, its hierarchy intact. */
export function localisedGlossary(glossary: Glossary): Glossary {
  const translated = localised('glossary.json', glossary);
  if (translated === glossary) return glossary;
  let result = done.get(translated);
  if (!result) done.set(translated, (result = withTranslatedBroader(glossary, translated)));
  return result;
}
