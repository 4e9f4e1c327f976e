import type { CommandMessages, RefusalMessages } from '../en/commands.ts';
import type { Text, Wording } from '../text.ts';
import { imports } from './imports.ts';
import { patternReason } from './patterns.ts';
import { problems } from './problems.ts';
import { agreement } from './agreement.ts';

const elements = (p: { count: number; name: string }) => (p.count === 1 ? p.name : `${p.count} Elemente`);
const LANE = { area: 'Bereich', role: 'Rolle' } as const;
const SEVERITY = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' } as const;
const ADAPTATION = {
  adopted: 'übernommen',
  specialised: 'spezialisiert',
  extended: 'erweitert',
  renamed: 'umbenannt',
} as const;
const STATUS = {
  'not-started': 'nicht begonnen',
  'in-progress': 'in Arbeit',
  done: 'erledigt',
  'done-with-warnings': 'erledigt mit Warnungen',
} as const;
const ACTION = {
  entered: 'Betreten',
  completed: 'Abschluss',
  'gate-skipped': 'Übergangene Abschlusskriterien',
  decision: 'Entscheidung',
  reopened: 'Wiederöffnen',
} as const;

/** The commands' names in German, as the undo and redo buttons and the history show them. */
export const commands: CommandMessages = {
  'element.add': (p) => `${p.name} hinzufügen`,
  'element.rename-to': (p) => `In ${p.name} umbenennen`,
  'element.edit-fields': (p) => `${p.fields.join(', ')} von ${p.id} bearbeiten`,
  'element.translate': (p, w) =>
    `${p.field === 'name' ? 'Name' : 'Beschreibung'} auf ${w.language(p.language)}: ${p.name}`,
  'element.keep-optional': (p) => `${p.name} behalten („?“ entscheiden)`,
  'element.drop-missing-references': (p) => `Fehlende Verweise von ${p.id} entfernen`,
  'element.place-in-area': (p, w) => `${p.name} in den Bereich ${w.quote(p.area)} legen`,
  'element.put-in-cell': (p, w) =>
    `In ${w.list(
      [
        p.area && `den Bereich ${w.quote(p.area.lane)} (wie ${w.quote(p.area.like)})`,
        p.role && `die Rolle ${w.quote(p.role.lane)} (wie ${w.quote(p.role.like)})`,
      ].filter((part): part is string => part !== undefined),
    )} legen`,
  'elements.move': (p) => (p.count === 1 ? 'Element verschieben' : `${p.count} Elemente verschieben`),
  'elements.nudge': (p) => `${elements(p)} verrücken`,
  'elements.delete': (p) => `${elements(p)} löschen`,
  'elements.cut': (p) => `${elements(p)} ausschneiden`,
  'elements.paste': (p) => `${elements(p)} einfügen`,
  'elements.duplicate': (p) => `${elements(p)} duplizieren`,
  'paste.refused': () => 'Einfügen abgelehnt',
  'selection.delete': (p) => `${p.count} Objekte löschen`,
  'relation.connect': (p) => `${p.source} → ${p.target} verbinden`,
  'relation.edit': (p) => `Beziehung ${p.id} bearbeiten`,
  'relation.retype': (p, w) => `Beziehung ${p.id} in ${w.quote(w.relationLabel(p.type))} ändern`,
  'relations.delete': (p) => (p.count === 1 ? `Beziehung ${p.id} löschen` : `${p.count} Beziehungen löschen`),
  'view.add-elements': (p) => `${elements(p)} zur Sicht hinzufügen`,
  'view.remove-elements': (p) => `${elements(p)} aus der Sicht entfernen`,
  'view.add-near': (p, w) => `${p.id} zur Sicht ${w.quote(p.view)} hinzufügen`,
  'view.auto-layout': () => 'Automatisch anordnen',
  'view.show-role-elements': (p, w) => `Elemente der Rolle ${w.quote(p.role)} in ${w.quote(p.view)} zeigen`,
  'view.delete': (p, w) => `Sicht ${w.quote(p.view)} löschen`,
  'view.show-all': (p, w) => `Alle Elemente in ${w.quote(p.view)} zeigen`,
  'derive.mark': (p) => `${p.id} als ${ADAPTATION[p.adaptation]} markieren`,
  'derive.infer': (p) => `Anpassung von ${p.id} ableiten lassen`,
  'derive.omit': (p) => `${p.id} weglassen`,
  'derive.record': () => 'Anpassungen festhalten',
  'derive.take-over-one': (p) => `Übernehmen: ${p.summary}`,
  'derive.take-over': (p) => `${p.count} Änderungen des Referenzmodells übernehmen`,
  'validation.profile': (p, w) => `Mit dem Profil ${w.quote(p.name)} prüfen`,
  'rule.reset-severity': (p, w) => `Schweregrad von ${w.quote(p.title)} zurücksetzen`,
  'rule.switch-off': (p, w) => `${w.quote(p.title)} abschalten`,
  'rule.make': (p, w) => `${w.quote(p.title)} als ${SEVERITY[p.severity]} einstufen`,
  'rule.add': (p, w) => `Regel ${w.quote(p.title)} hinzufügen`,
  'rule.edit': (p, w) => `Regel ${w.quote(p.title)} bearbeiten`,
  'rule.remove': (p, w) => `Regel ${w.quote(p.title)} entfernen`,
  'finding.suppress': (p) => `Befund zu ${p.target} unterdrücken`,
  'finding.restore': (p) => `Befund zu ${p.target} wiederherstellen`,
  'goal.add': () => 'Strukturziel hinzufügen',
  'goal.edit': (p) => `Strukturziel ${p.id} bearbeiten`,
  'goal.remove': (p) => `Strukturziel ${p.id} entfernen`,
  'goal.link': (p) => `${p.element} mit Ziel ${p.goal} verknüpfen`,
  'goal.unlink': (p) => `${p.element} von Ziel ${p.goal} lösen`,
  'lane.add': (p) => `${LANE[p.kind]} ${p.name} hinzufügen`,
  'lane.edit': (p) => `${LANE[p.kind]} ${p.id} bearbeiten`,
  'lane.remove': (p) =>
    `${LANE[p.kind]} ${p.id} entfernen (Elemente ${p.to ? `nach ${p.to}` : `ohne ${LANE[p.kind]}`})`,
  'lane.move': (p) => `${LANE[p.kind]} ${p.id} verschieben`,
  'process.add': (p) =>
    `${p.name}${p.measures ? ` mit ${p.measures === 1 ? 'einer Kennzahl' : `${p.measures} Kennzahlen`}` : ''} hinzufügen`,
  'design-goals.edit': (p) => `Gestaltungsziele bearbeiten (${p.fields.join(', ')})`,
  'naming-rule.add': () => 'Namensregel hinzufügen',
  'naming-rule.edit': (p) => `Namensregel ${p.id} bearbeiten`,
  'naming-rule.remove': (p) => `Namensregel ${p.id} entfernen`,
  'glossary.define': (p) => `${p.term} definieren`,
  'glossary.edit': (p) => `Glossarbegriff ${p.term} bearbeiten`,
  'glossary.remove': (p) => `Glossarbegriff ${p.term} entfernen`,
  'step.go': (p) => `Zu Schritt ${p.step} wechseln`,
  'step.mark': (p) => `Schritt ${p.step} als ${STATUS[p.status]} markieren`,
  'step.log': (p) => `${ACTION[p.action]} protokollieren (${p.step})`,
  'step.complete': (p) => `Schritt ${p.step} abschließen`,
  'step.skip-gate': (p) => `Abschlusskriterien von Schritt ${p.step} übergehen`,
  'step.reopen': (p) => `Schritt ${p.step} wieder öffnen`,
  'evaluation.add': (p) => `Bewertung ${p.title} hinzufügen`,
  'evaluation.edit': () => 'Bewertung bearbeiten',
  'evaluation.score': (p) => `${p.criterion} bewerten`,
  'evaluation.confirm-proposal': (p) => `Vorschlag für ${p.criterion} bestätigen`,
  'evaluation.delete': () => 'Bewertung löschen',
  'import.csv': (p) => `CSV importieren (${p.elements} Elemente, ${p.relations} Beziehungen)`,
  'import.mermaid': (p) => `Mermaid-Flussdiagramm importieren (${p.elements} Elemente, ${p.relations} Beziehungen)`,
  'import.drawio': (p) => `draw.io-Diagramm importieren (${p.elements} Elemente, ${p.relations} Beziehungen)`,
  configure: (p) => `Mit ${p.count === 1 ? 'einer Antwort' : `${p.count} Antworten`} konfigurieren`,
  'room.changes': () => 'Änderungen aus dem Raum',
  'room.change': () => 'Änderung',
};

/** Why a command is refused, in German. */
export const refusals: RefusalMessages = {
  ...agreement,
  'relation.unknown': imports['relation.unknown'],
  'relation.not-allowed': imports['relation.not-allowed'],
  'model.read-only': () => 'Dieses Modell ist schreibgeschützt geöffnet; die Änderung wurde nicht vorgenommen.',
  'macro.no-area': (p, w) => `Die Makrostruktur hat keinen Bereich ${w.quote(p.area)}.`,
  'macro.no-role': (p, w) => `Die Makrostruktur hat keine Rolle ${w.quote(p.role)}.`,
  'gate.errors': (p) =>
    `Die Abschlusskriterien von Schritt ${p.step} finden ${p.count} Fehler. Beheben Sie ${p.count === 1 ? 'ihn' : 'sie'} oder gehen Sie mit Begründung weiter.`,
  'gate.justify': () =>
    'Sagen Sie, warum Sie weitergehen, obwohl die Abschlusskriterien nicht erfüllt sind; die Begründung steht im Methodenprotokoll.',
  'finding.no-reason': () => 'begründen Sie, warum Sie diesen Befund akzeptieren',
  'rule.no-pattern': () => 'Muster angeben, dem die Namen folgen müssen',
  'paste.unknown-type': (p, w) =>
    `${w.quote(p.name)} wurde nicht eingefügt: Das Metamodell ${w.metamodel} hat keinen Elementtyp ${w.quote(p.type)}.`,
  'paste.duplicate-id': (p, w) =>
    `${w.quote(p.name)} wurde nicht eingefügt: Die kopierten Elemente enthalten die ID ${w.quote(p.id)} zweimal.`,
  'paste.outside': () => 'Sie verweist auf ein Element außerhalb der eingefügten.',
  'paste.relation-left-out': (p, w) =>
    `Eine Beziehung ${p.source} → ${p.target} wurde nicht eingefügt: ${because(p, w)}`,
  'paste.nothing': (p, w) => `Nichts wurde eingefügt: ${because(p, w)}`,
  'rule.bad-pattern': (p) => `Das Muster ist nicht verwendbar: ${patternReason(p.reason)}.`,
};

type Render = (params: unknown, w: Wording) => string;

/** A pasted relation's or paste's reason in this language: its own refusal or problem, else the English given. */
const because = (p: { reason: string; because?: Text }, w: Wording): string => {
  const id = p.because?.id ?? '';
  const render = (refusals as Record<string, Render>)[id] ?? (problems as Record<string, Render>)[id];
  return render ? render(p.because!.params, w) : p.reason;
};
