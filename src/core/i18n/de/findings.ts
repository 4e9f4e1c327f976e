import type { FindingMessages, RuleProblem } from '../en/findings.ts';
import type { Wording } from '../text.ts';
import { labelsIn } from '../en/properties.ts';
import { patternReason } from './patterns.ts';
import { propertyProblem } from './properties.ts';

const PERSPECTIVES = { client: 'Auftraggeber', customer: 'Endkunde', internal: 'intern' } as const;
const VIEWS = { client: 'Auftraggebersicht', customer: 'Endkundensicht', internal: 'interne Sicht' } as const;
const LANES = { areas: 'Bereiche', roles: 'Rollen' } as const;
const EXAMPLES = { areas: 'Vertrieb, Management, Betrieb', roles: 'Auftraggeber, Dienstleister, Endkunde' } as const;
const KINDS = { area: 'Bereich', role: 'Rolle' } as const;
const MISSING = { area: 'den Bereich', role: 'die Rolle', goal: 'das Strukturziel' } as const;
const perspectives = (n: number) => (n > 1 ? 'die Perspektiven' : 'die Perspektive');
const LANE = { area: 'Der Bereich', role: 'Die Rolle' } as const;
const by = (p: { rule: string }, w: Wording) => ` (Regel ${w.quote(p.rule)})`;

function problem(x: RuleProblem, w: Wording): string {
  switch (x.kind) {
    case 'duplicate-id':
      return `eine andere Regel hat die ID ${w.quote(x.id)}`;
    case 'no-type':
      return `${w.quote(x.selector)} nennt keinen Elementtyp des Metamodells`;
    case 'no-relation-type':
      return `${w.quote(x.relation)} ist kein Beziehungstyp`;
    case 'no-property':
      return `${w.selector(x.selector)} hat keine Eigenschaft ${w.quote(x.property)}`;
  }
}

/** The validation findings in German: the domain's own terms (Auftraggeber, Dienstleister, Endkunde, Ordnungsrahmen). */
export const findings: FindingMessages = {
  'naming.duplicate': (p, w) => `${p.count} Elemente des Typs ${w.type(p.type)} heißen ${w.quote(p.name)}.`,
  'design.naming-rules': () =>
    'Die Gestaltungsziele legen keine Namenskonvention fest (z. B. Prozesse als Objekt + Verb, Geschäftsobjekte als Substantiv).',
  'element.isolated': (p, w) => `${w.element(p.element)} hat keine Beziehung zu einem anderen Element.`,
  'metamodel.property-values': (p, w) =>
    `${w.element(p.element)}: ${p.problems.map((x) => propertyProblem(x, labelsIn(x, w))).join(' ')}`,
  'metamodel.unknown-type': (p, w) =>
    `${w.quote(p.name)} hat den Typ ${w.quote(p.type)}, den das Metamodell ${w.metamodel} nicht definiert.`,
  'metamodel.unknown-relation-type': (p, w) =>
    `Die Beziehung ${w.quote(p.relation)} hat den Typ ${w.quote(p.type)}, den das Metamodell ${w.metamodel} nicht definiert.`,
  'metamodel.relation-not-allowed': (p, w) =>
    `${w.element(p.source)} → ${w.element(p.target)}: Die Beziehung ${w.quote(w.relationLabel(p.relation))} ist von ${w.type(p.source.type)} zu ${w.type(p.target.type)} nicht erlaubt (${w.relationDescription(p.relation).replace(/\.$/, '') || 'das Metamodell erlaubt sie nicht'}).${
      p.allowed.length
        ? ` Zwischen ihnen erlaubt: ${p.allowed.map((id) => w.quote(w.relationLabel(id))).join(', ')}.`
        : ' Kein Beziehungstyp verbindet sie.'
    }`,
  'goal.defined': () => 'Das Modell hat kein Strukturziel (Zweck, Umfang, Nutzer, Detaillierungsgrad).',
  'goal.testable': (p, w) => `Das Strukturziel ${w.quote(p.goal)} hat kein Abnahmekriterium, das es prüfbar macht.`,
  'goal.perspectives': (p, w) =>
    `Kein Strukturziel deckt ${perspectives(p.missing.length)} ${w.list(p.missing.map((m) => PERSPECTIVES[m]))} ab.`,
  'goal.unserved': (p, w) => `Kein Element dient dem Strukturziel ${w.quote(p.goal)}.`,
  'element.serves-no-goal': (p, w) => `${w.element(p.element)} dient keinem Strukturziel.`,
  'macro.no-lanes': (p) => `Der Ordnungsrahmen hat keine ${LANES[p.lanes]} (z. B. ${EXAMPLES[p.lanes]}).`,
  'macro.same-name': (p, w) => `${p.count} ${LANES[p.lanes]} heißen ${w.quote(p.name)}.`,
  'lane.empty': (p, w) =>
    `${p.kind === 'area' ? 'Der' : 'Die'} ${KINDS[p.kind]} ${w.quote(p.name)} enthält kein Element.`,
  'element.undecided-optional': (p, w) =>
    `${w.element(p.element)} ist noch als optional („?“) markiert: behalten oder löschen.`,
  'process.no-cell': (p, w) =>
    `${w.element(p.element)} hat keine Zelle im Ordnungsrahmen: ${
      p.lacks === 'both' ? 'Bereich und Rolle fehlen' : p.lacks === 'area' ? 'der Bereich fehlt' : 'die Rolle fehlt'
    }.`,
  'process.no-responsible': (p, w) =>
    `Keine Organisationseinheit und keine Stelle ist verantwortlich für ${w.element(p.element)}.`,
  'process.no-io': (p, w) => `${w.element(p.element)} hat kein Geschäftsobjekt als Eingabe oder Ausgabe.`,
  'process.no-measure': (p, w) => `Keine Qualitätskennzahl misst ${w.element(p.element)}.`,
  'measure.measures-nothing': (p, w) => `${w.element(p.element)} misst keinen Prozess.`,
  'reference.dangling-relation': (p, w) =>
    `Die Beziehung ${w.quote(p.relation)} (${p.type}) verweist auf ${p.missing.length === 1 ? 'das Element' : 'die Elemente'} ${w.list(p.missing.map((id) => w.quote(id)))}, ${p.missing.length === 1 ? 'das' : 'die'} es nicht gibt.`,
  'reference.dangling-element': (p, w) =>
    `${w.element(p.element)} verweist auf ${w.list(p.missing.map((m) => `${MISSING[m.kind]} ${w.quote(m.id)}`))}, die das Modell nicht hat.`,
  'reference.dangling-view': (p, w) =>
    `Die Sicht ${w.quote(p.view)} zeigt ${w.list(p.missing.map((id) => w.quote(id)))}, ${p.missing.length === 1 ? 'das' : 'die'} nicht im Modell ${p.missing.length === 1 ? 'ist' : 'sind'}.`,
  'copc.required-metrics': (p, w) =>
    `${w.element(p.element)} setzt COPC ${p.copc} ${w.quote(w.data('catalogues/copc-2000.json', `entries/${p.entry}/name`, p.process))} um, aber es fehlen Kennzahlen für ${w.list(
      p.lacking.map((l) => (l.count > 1 ? `${l.category} (${l.have} von ${l.count})` : l.category)),
    )}.`,
  'view.perspectives': (p, w) =>
    `Das Modell hat keine Sicht für ${perspectives(p.missing.length)} ${w.list(p.missing.map((m) => PERSPECTIVES[m]))}.`,
  'view.too-many-elements': (p, w) =>
    `Die Sicht ${w.quote(p.view)} zeigt ${p.shown} Elemente; die Gestaltungsziele erlauben ${p.limit} je Sicht.`,
  'element.in-no-view': (p, w) => `${w.element(p.element)} erscheint in keiner Sicht.`,
  'view.empty': (p, w) => `Die Sicht ${w.quote(p.view)} zeigt kein Element.`,
  'view.perspective-empty': (p, w) =>
    `Die Sicht ${w.quote(p.view)} ist die ${VIEWS[p.perspective]}, zeigt aber kein Element der Rolle ${p.role}.`,
  'object.no-area': (p, w) => `${w.element(p.element)} liegt in keinem Bereich.`,
  'validation.unknown-profile': (p, w) =>
    `Das Modell verlangt das Prüfprofil ${w.quote(p.profile)}, das Refmod nicht hat; das Standardprofil wird verwendet.`,
  'validation.unknown-override': (p, w) =>
    `Eine Schweregrad-Änderung nennt die Regel ${w.quote(p.rule)}, die es nicht gibt.`,
  'validation.unknown-suppression': (p, w) =>
    `Eine Unterdrückung für ${w.quote(p.target)} nennt die Regel ${w.quote(p.rule)}, die es nicht gibt.`,
  'validation.rule-problems': (p, w) =>
    `Die Regel ${w.quote(p.rule)} kann nicht wie gemeint wirken: ${p.problems.map((x) => problem(x, w)).join('; ')}.`,
  'naming.rule': (p, w) =>
    `${w.element(p.element)}: ${p.breaks
      .map(
        (b) =>
          `${b.language ? `der Name auf ${w.language(b.language)} ${w.quote(b.name)}` : 'der Name'} verletzt ${b.rules.length > 1 ? 'die Namensregeln' : 'die Namensregel'} ${w.list(
            b.rules.map((r) => `${w.quote(r.rule)}${r.example ? ` (z. B. ${w.quote(r.example)})` : ''}`),
          )}`,
      )
      .join('; ')}.`,
  'naming.unusable-pattern': (p, w) =>
    `Die Namensregel ${w.quote(p.rule)} lässt sich ${p.language ? `für Namen auf ${w.language(p.language)} ` : ''}nicht prüfen: Ihr Muster /${p.pattern}/ ist unbrauchbar (${patternReason(p.reason)}).`,
  'user.no-value': (p, w) =>
    `${w.element(p.element)} hat keinen Wert für ${w.quote(w.property(p.element.type, p.property))}${by(p, w)}.`,
  'user.too-few': (p, w) =>
    `${LANE[p.per]} ${w.quote(p.lane)} enthält ${p.count} × ${w.selector(p.what)}, weniger als ${p.min}${by(p, w)}.`,
  'user.too-many': (p, w) =>
    `${LANE[p.per]} ${w.quote(p.lane)} enthält ${p.count} × ${w.selector(p.what)}, mehr als ${p.max}${by(p, w)}.`,
  'user.name-mismatch': (p, w) =>
    `Der Name von ${w.element(p.element)} passt nicht zum Muster /${p.pattern}/${by(p, w)}.`,
  'user.unusable-pattern': (p, w) =>
    `Die Regel ${w.quote(p.rule)} lässt sich nicht prüfen: Ihr Muster /${p.pattern}/ ist unbrauchbar (${patternReason(p.reason)}).`,
  'user.no-relation': (p, w) =>
    `${w.element(p.element)} hat keine Beziehung ${w.quote(w.relationLabel(p.relation))} ${p.outgoing ? 'zu' : 'von'} einem Element vom Typ ${w.selector(p.other)}${by(p, w)}.`,
};
