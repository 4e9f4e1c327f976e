import type { Messages } from '../messages.ts';

export const search: Messages['search'] = {
  placeholder: 'Element nach Name oder Typ finden…',
  label: 'Ein Element finden',
  matches: 'Treffer',
  noMatch: (query: string) => `Kein Element dieser Sicht passt zu „${query}“.`,
};
