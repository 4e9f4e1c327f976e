/** The palette of element types. */
export const palette = {
  title: 'Palette',
  stepOnlyTitle: (number: number, title: string) =>
    `Only the element types that step ${number} (${title}) works with are enabled`,
  stepOnly: (number: number) => `Types of step ${number} only`,
  search: 'Search types…',
  searchLabel: 'Search element types',
  otherTypes: (number: number, count: number) => `Other types, not used in step ${number} (${count})`,
  noMatch: (query: string) => `No type matches “${query}”.`,
  addTitle: (description: string) => `${description} Drag onto a lane, or click to add in the middle of the view.`,
  offStepTitle: (type: string) => `${type} is not used in the current method step.`,
};
