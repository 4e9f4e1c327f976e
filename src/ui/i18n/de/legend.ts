import type { Messages } from '../messages.ts';

export const legend: Messages['legend'] = {
  label: (view: string) => `Legende von ${view}`,
  title: (view: string) => `Legende von „${view}“`,
  empty: 'Die Sicht ist leer, ihre Legende also auch.',
  role: 'Rolle',
  area: 'Bereich',
  optional: 'optionales Element („?“), noch nicht entschieden',
};
