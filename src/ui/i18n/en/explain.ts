/** "About this element": what an element of a shipped model is and where it comes from. */
export const explain = {
  title: 'About this element',
  source: 'Source',
  openSource: 'Open the source in a new tab',
  citation: 'Full citation',
  inGlossary: 'In the glossary',
  openGlossaryAt: (term: string) => `Open the glossary at “${term}”`,
};
