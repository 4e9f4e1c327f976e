/** The legend of a view. */
export const legend = {
  label: (view: string) => `Legend of ${view}`,
  title: (view: string) => `Legend of “${view}”`,
  empty: 'The view is empty, so its legend is too.',
  role: 'Role',
  area: 'Area',
  optional: 'optional element (“?”), still undecided',
};
