/** The view tabs, the menu of all views and adding an existing element to a view. */
export const views = {
  views: 'Views',
  tabTitle: (name: string, perspective: string) => `${name} (${perspective} perspective)`,
  allViews: 'All views ▾',
  allViewsTitle: 'All views of the model',
  add: '+ Add existing element',
  addTitle: 'Show an element of the model in this view too',
  addDialog: 'Add existing element to this view',
  filter: 'Filter by name…',
  filterLabel: 'Filter elements',
  allShown: 'Every element is already in this view.',
};
