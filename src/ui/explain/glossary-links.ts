/** What explain mode loads on demand: the glossary and the matching of elements to its terms. */
export { glossary, useGlossaryWords } from '../glossary/glossary-data.ts';
export { glossaryTermsFor } from './glossary-terms.ts';
