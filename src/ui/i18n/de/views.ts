import type { Messages } from '../messages.ts';

export const views: Messages['views'] = {
  views: 'Sichten',
  tabTitle: (name: string, perspective: string) => `${name} (Perspektive: ${perspective})`,
  allViews: 'Alle Sichten ▾',
  allViewsTitle: 'Alle Sichten des Modells',
  add: '+ Vorhandenes Element',
  addTitle: 'Ein Element des Modells auch in dieser Sicht zeigen',
  addDialog: 'Vorhandenes Element zu dieser Sicht hinzufügen',
  filter: 'Nach Namen filtern…',
  filterLabel: 'Elemente filtern',
  allShown: 'Jedes Element ist schon in dieser Sicht.',
};
