import type { Clash, DeriveMessages, DerivedSubject, LocalAdaptation } from '../en/derive.ts';
import type { Wording } from '../text.ts';

const FIELDS: Readonly<Record<string, string>> = {
  name: 'Name',
  description: 'Beschreibung',
  type: 'Typ',
  area: 'Bereich',
  role: 'Rolle',
  label: 'Beschriftung',
  source: 'Quelle',
  target: 'Ziel',
  text: 'Text',
  goals: 'Ziele',
  properties: 'Eigenschaften',
};
/** The framework's parts with their article ("den Bereich"); an element is named without a noun. */
const ACCUSATIVE: Record<DerivedSubject, string> = {
  element: '',
  relation: 'die Beziehung ',
  area: 'den Bereich ',
  role: 'die Rolle ',
  goal: 'das Strukturziel ',
};
const OWN: Record<DerivedSubject, string> = {
  element: 'ein eigenes Element',
  relation: 'eine eigene Beziehung',
  area: 'einen eigenen Bereich',
  role: 'eine eigene Rolle',
  goal: 'ein eigenes Strukturziel',
};
const ADAPTED: Record<LocalAdaptation, string> = {
  specialised: 'spezialisiert',
  extended: 'erweitert',
  renamed: 'umbenannt',
  omitted: 'weggelassen',
  new: 'neu angelegt',
};

/** A field's path in German: "Name", "Eigenschaft „Kanal“" (a property keeps its key). */
const field = (path: string) =>
  path.startsWith('properties.') ? `Eigenschaft „${path.slice('properties.'.length)}“` : (FIELDS[path] ?? path);
const fields = (paths: readonly string[], w: Wording) => w.list(paths.map(field));
const why = (p: { note?: string }) => (p.note ? ` (${p.note})` : '');
const value = (v: string) => (v === '' ? 'leer' : v);
const relation = (p: { type: string }, w: Wording) => w.quote(w.relationLabel(p.type));
function clash(c: Clash): string {
  return c.kind === 'value'
    ? `${field(c.field)} ist hier ${value(c.here)}, in der Referenz ${value(c.reference)}`
    : `${c.id} hat kein Gegenstück im abgeleiteten Modell`;
}

/** The conformance deviations and reference changes in German. */
export const derive: DeriveMessages = {
  'deviation.new': (p, w) => `${w.quote(p.name)} ist neu: Das Referenzmodell hat kein solches Element.`,
  'deviation.stems-from-gone': (p, w) =>
    `${w.quote(p.name)} stammt von ${w.quote(p.from)}, das es im Referenzmodell nicht mehr gibt.`,
  'deviation.omitted': (p, w) => `${w.quote(p.name)} aus dem Referenzmodell wurde weggelassen${why(p)}.`,
  'deviation.renamed': (p, w) => `${w.quote(p.name)} benennt ${w.quote(p.was)} um${why(p)}.`,
  'deviation.extended': (p, w) =>
    `${w.quote(p.name)} ist um ${p.count} ${p.count === 1 ? 'Beziehung' : 'Beziehungen'} erweitert, die das Referenzmodell nicht hat${why(p)}.`,
  'deviation.specialised': (p, w) =>
    `${w.quote(p.name)} spezialisiert ${w.quote(p.was)}${p.fields.length ? ` und ändert ${fields(p.fields, w)}` : ''}${why(p)}.`,
  'deviation.no-counterpart': (p, w) =>
    `${w.quote(p.name)} aus dem Referenzmodell hat kein Gegenstück im abgeleiteten Modell.`,
  'deviation.relation-omitted': (p, w) =>
    `Die Beziehung ${relation(p, w)} von ${w.quote(p.source)} zu ${w.quote(p.target)} wurde weggelassen.`,
  'deviation.relation-new': (p, w) =>
    `Die Beziehung ${relation(p, w)} von ${w.quote(p.source)} zu ${w.quote(p.target)} ist neu.`,

  'change.added': (p, w) => `Das Referenzmodell hat ${ACCUSATIVE[p.subject]}${w.quote(p.name)} hinzugefügt.`,
  'change.removed': (p, w) => `Das Referenzmodell hat ${ACCUSATIVE[p.subject]}${w.quote(p.name)} entfernt.`,
  'change.changed': (p, w) =>
    `Das Referenzmodell hat ${ACCUSATIVE[p.subject]}${w.quote(p.name)} geändert: ${fields(p.fields, w)}.`,
  'change.relation-added': (p, w) =>
    `Das Referenzmodell hat die Beziehung ${relation(p, w)} von ${p.source} zu ${p.target} hinzugefügt.`,
  'change.relation-removed': (p, w) =>
    `Das Referenzmodell hat die Beziehung ${relation(p, w)} von ${p.source} zu ${p.target} entfernt.`,
  'change.relation-changed': (p, w) =>
    `Das Referenzmodell hat die Beziehung ${p.relation} geändert: ${w.list([...p.fields.map(field), ...(p.end ? ['ein Ende'] : [])])}.`,

  'conflict.look-alike': (p, w) =>
    `Das abgeleitete Modell hat schon ein eigenes ${w.quote(p.name)}; die Übernahme verknüpft es mit dem Element der Referenz.`,
  'conflict.adapted': (p, w) => `${w.quote(p.name)} wurde hier ${ADAPTED[p.adaptation]}; die Übernahme löscht es.`,
  'conflict.clashes': (p) => `${p.local ? 'Auch hier geändert: ' : ''}${p.clashes.map(clash).join('; ')}.`,
  'conflict.ends-omitted': (p, w) =>
    `${w.list(p.ends)} ${p.ends.length > 1 ? 'wurden' : 'wurde'} im abgeleiteten Modell weggelassen.`,
  'conflict.ends-missing': (p, w) =>
    `${w.list(p.ends)} ${p.ends.length > 1 ? 'haben' : 'hat'} kein Gegenstück im abgeleiteten Modell.`,
  'conflict.own-lane': (p, w) =>
    `Das abgeleitete Modell hat unter dieser ID schon ${OWN[p.subject]} ${w.quote(p.name)}; die Übernahme ersetzt den Eintrag.`,
  'conflict.lane-used': (p) =>
    `${p.count === 1 ? 'Ein Element' : `${p.count} Elemente`} des abgeleiteten Modells ${p.count === 1 ? 'nutzt' : 'nutzen'} es; die Übernahme entfernt es dort.`,
};
