import type { IdPart, Integrity } from '../en/integrity.ts';

const PARTS: Record<IdPart, string> = {
  area: 'Bereiche',
  role: 'Rollen',
  'structural goal': 'Strukturziele',
  source: 'Quellen',
  view: 'Sichten',
  'naming rule': 'Namensregeln',
  evaluation: 'Bewertungen',
  element: 'Elemente',
  relation: 'Beziehungen',
};

/** Why a model's references do not hold together, in German. */
export const integrity: Integrity = {
  'integrity.duplicate-id': (p) => `Zwei ${PARTS[p.part]} haben dieselbe ID „${p.id}“; IDs müssen eindeutig sein.`,
  'integrity.element-and-relation-id': (p) =>
    `Die ID „${p.id}“ wird von einem Element und von einer Beziehung verwendet; IDs müssen eindeutig sein.`,
  'integrity.unknown-element-type': (p) =>
    `Element „${p.name}“ hat den Typ „${p.type}“, den das Metamodell ${p.metamodel} nicht definiert.`,
  'integrity.unknown-area': (p) =>
    `Element „${p.name}“ liegt im Bereich „${p.area}“, den die Makrostruktur nicht definiert.`,
  'integrity.unknown-role': (p) =>
    `Element „${p.name}“ hat die Rolle „${p.role}“, die die Makrostruktur nicht definiert.`,
  'integrity.unknown-goal': (p) =>
    `Element „${p.name}“ dient dem Ziel „${p.goal}“, das kein Strukturziel dieses Modells ist.`,
  'integrity.unknown-source': (p) =>
    `Element „${p.name}“ zitiert die Quelle „${p.source}“, die in meta.sources nicht aufgeführt ist.`,
  'integrity.unknown-relation-type': (p) =>
    `Beziehung „${p.id}“ hat den Typ „${p.type}“, den das Metamodell ${p.metamodel} nicht definiert.`,
  'integrity.missing-end': (p) => `Beziehung „${p.id}“ verweist auf das Element „${p.element}“, das es nicht gibt.`,
  'integrity.view-shows-missing': (p) => `Sicht „${p.view}“ zeigt das Element „${p.element}“, das es nicht gibt.`,
  'integrity.view-places-missing': (p) => `Sicht „${p.view}“ platziert das Element „${p.element}“, das es nicht gibt.`,
  'integrity.glossary-unknown-source': (p) =>
    `Der Glossarbegriff „${p.term}“ zitiert die Quelle „${p.source}“, die in meta.sources nicht aufgeführt ist.`,
};
