import type { Messages } from '../messages.ts';

export const a11y: Messages['a11y'] = {
  skipLinks: 'Sprunglinks',
  toCanvas: 'Zur Zeichenfläche springen',
  toSidePanel: 'Zur Seitenleiste springen',
  connectTo: 'Verbinden mit…',
  selectFirst: 'Wählen Sie zuerst ein Element aus; dann verbindet C es mit einem anderen.',
  connectLabel: (source: string, target: string) => `${source} → ${target} verbinden`,
  notConnected: (why: string) => `Nicht verbunden: ${why}`,
  connected: (source: string, relation: string, target: string) => `Verbunden: ${source} ${relation} ${target}.`,
  connectNamed: (source: string) => `„${source}“ verbinden mit…`,
  chooseAnother: 'Anderes Element wählen',
  relationType: 'Beziehungstyp',
  connect: 'Verbinden',
  cancel: 'Abbrechen',
  find: 'Das Element finden, mit dem verbunden wird',
  findPlaceholder: 'Name oder Typ…',
  candidates: 'Elemente, mit denen dieses verbunden werden kann',
  none: (source: string, query: string) =>
    `Kein Element dieser Sicht kann von „${source}“ aus verbunden werden${query ? `, das zu „${query}“ passt` : ''}.`,
};
