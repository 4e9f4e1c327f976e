import type { Messages } from '../messages.ts';

export const glossary: Messages['glossary'] = {
  title: 'Glossar',
  search: 'Begriffe und Definitionen durchsuchen…',
  searchLabel: 'Das Glossar durchsuchen',
  matching: (shown: number, all: number) => `${shown} von ${all} Begriffen`,
  count: (all: number) => `${all} Begriffe, engere eingerückt`,
  terms: 'Begriffe',
  noMatch: (query: string) =>
    `Kein Begriff passt zu „${query}“. Versuchen Sie ein kürzeres Wort, etwa „CRM“ oder „Prozess“.`,
  source: 'Quelle',
  hierarchy: 'Hierarchie',
  standalone: 'Ein eigenständiger Begriff: kein weiterer oder engerer Begriff in diesem Glossar.',
  inModel: 'Im geöffneten Modell',
  inModelNamed: (model: string) => `In „${model}“`,
  showElement: 'Dieses Element auf der Zeichenfläche zeigen',
  more: (n: number) => `und ${n} weitere`,
};
