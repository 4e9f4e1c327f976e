/** The glossary dialog (its terms and definitions are data: models/glossary.json). */
export const glossary = {
  title: 'Glossary',
  search: 'Search terms and definitions…',
  searchLabel: 'Search the glossary',
  matching: (shown: number, all: number) => `${shown} of ${all} terms`,
  count: (all: number) => `${all} terms, narrower ones indented`,
  terms: 'Terms',
  noMatch: (query: string) => `No term matches “${query}”. Try a shorter word, such as “CRM” or “process”.`,
  source: 'Source',
  hierarchy: 'Hierarchy',
  standalone: 'A concept of its own: no broader or narrower term in this glossary.',
  inModel: 'In the open model',
  inModelNamed: (model: string) => `In “${model}”`,
  showElement: 'Show this element on the canvas',
  more: (n: number) => `and ${n} more`,
};
