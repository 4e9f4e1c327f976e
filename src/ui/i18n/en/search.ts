/** Finding an element by name (Ctrl+F). */
export const search = {
  placeholder: 'Find an element by name or type…',
  label: 'Find an element',
  matches: 'Matches',
  noMatch: (query: string) => `No element in this view matches “${query}”.`,
};
