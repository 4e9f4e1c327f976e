/** The inspector's model summary (what shows while nothing is selected). */
export const inspector = {
  summary: 'Model summary',
  counts: (elements: string, relations: string, views: string) =>
    `${elements} elements · ${relations} relations · ${views} views`,
  by: (authors: string) => ` · by ${authors}`,
  hint: 'Select an element or a relation to edit it. Select several to align them.',
  sources: 'Sources',
};
