import { plainPrincipleNames } from '../../core/i18n/principles.ts';
import type { CliMessages } from './en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const why = (code: string | undefined) => (code === 'ENOENT' ? ': Datei nicht gefunden' : code ? ` (${code})` : '');
const at = (line: number | undefined) => (line ? `Zeile ${line}: ` : '');

/** What the CLI says, in German: the domain's own terms (Auftraggeber, Dienstleister, Endkunde, Ordnungsrahmen). */
export const de: CliMessages = {
  usageWord: 'Aufruf:',
  usage: {
    title: 'refmod: Referenzmodelle für CRM im BPO, von der Kommandozeile',
    usage: 'Aufruf: refmod <Befehl> [Optionen]',
    more: '`refmod <Befehl> --help` zeigt die Optionen eines Befehls.',
    lang: 'Jeder Befehl nimmt --lang <en|de|ko>: die Sprache seiner Meldungen und der Modelltexte, die er schreibt.',
  },
  unknownCommand: (name) => `refmod: unbekannter Befehl „${name}“.`,
  seeHelp: (name) => ` \`refmod ${name} --help\` zeigt seine Optionen.`,
  commands: {
    validate: {
      summary:
        'ein Modell nach den Grundsätzen ordnungsmäßiger Modellierung prüfen; Exit 0 ohne Fehler, 1 Fehler, 2 unlesbar',
      help: [
        'Prüft ein Modell mit den Prüfregeln (gruppiert nach Schweregrad, dann nach GoM-Grundsatz).',
        '  --profile <id>  nach diesem Prüfprofil statt dem des Modells prüfen (default: Standard; publication: Veröffentlichung)',
        '  --json          die Befunde als JSON ausgeben',
        '',
        'Exit-Codes: 0 keine Fehler, 1 Fehler gefunden, 2 die Datei lässt sich nicht als Modell lesen.',
      ].join('\n'),
    },
    export: {
      summary:
        'ein Modell als JSON, Mermaid-Flussdiagramm oder ER-Diagramm, CSV-Tabellen oder Markdown-Bericht schreiben',
      help: [
        '  --to json            kanonisches JSON (feste Schlüsselreihenfolge, eingerückt)',
        '  --to mermaid         ein Mermaid-Flussdiagramm: Rollen und Bereiche als Subgraphen, Formen nach Elementkategorie',
        '  --to er              ein Mermaid-erDiagram der Geschäftsobjekte',
        '  --to csv-elements    die Elemente als CSV (Eigenschaften als Spalten prop:<Schlüssel>)',
        '  --to csv-relations   die Beziehungen als CSV',
        '  --to markdown        ein Bericht: Ziele, Ordnungsrahmen, Prozesse, Sichten als Mermaid, Glossar, Quellen',
        '  --to archimate       eine ArchiMate-3.1-Open-Exchange-Datei (.xml), jede Sicht als Diagramm; stderr nennt,',
        '                       was als refmod:-Eigenschaften mitreist (siehe die Zuordnungstabelle im README)',
        '  --to drawio          eine draw.io-Datei (.drawio, unkomprimiert): eine Seite je Sicht, oder die von --view genannte',
        '  --to svg             das Bild einer Sicht, wie die App es exportiert: Bahnen, Knoten, Beziehungen, Legende und das',
        '                       Modell in den Metadaten (Öffnen liest es zurück); Standard: die erste Sicht, als Prozesslandkarte,',
        '                       wenn sie mehr Elemente hat, als die Gestaltungsziele erlauben (--level detail|map wählt)',
        '  --to png             nicht in Node, das keine Schriften zum Zeichnen hat: SVG schreiben oder aus der App exportieren',
        '  --view <id>          Mermaid, ER, draw.io und SVG: nur diese Sicht exportieren; Standard: das ganze Modell (draw.io: jede Sicht)',
        '  --direction <dir>    Mermaid-, ER- und Berichtsdiagramme: Flussrichtung; Standard: das Gestaltungsziel des Modells',
        '  --level map          Mermaid und SVG: die Prozesslandkarte, ein Kasten je Prozess und eine gezählte Linie je Zellenpaar',
        '  --no-measures        Mermaid- und Berichtsdiagramme: Qualitätskennzahlen weglassen',
        '  -o <out>             in eine Datei statt auf die Standardausgabe schreiben',
        '  --lang <en|de|ko>    Mermaid, ER, CSV-Elemente, SVG und der Bericht: Namen und Beschreibungen in dieser Sprache; eine',
        '                       fehlende Übersetzung gibt den Text in der Sprache des Modells, markiert mit [en] (stderr zählt sie).',
        '                       JSON, ArchiMate und draw.io tragen immer jede Sprache; CSV ohne --lang hat je Sprache eine',
        '                       Spalte name:<Sprache> und description:<Sprache>',
      ].join('\n'),
    },
    import: {
      summary:
        'ein Modell aus einem Mermaid-Flussdiagramm, CSV-Tabellen, einer ArchiMate-Austauschdatei oder einem draw.io-Diagramm bauen',
      help: [
        '  <file.mmd>        ein Mermaid-Flussdiagramm (.mmd oder .mermaid): Knoten werden Elemente, Kanten Beziehungen, Subgraphen Bereiche und Rollen',
        '  <file.csv>        eine Elementtabelle und/oder eine Beziehungstabelle (an den Spalten source und target unterschieden),',
        '                    wie `refmod export --to csv-elements|csv-relations` sie schreibt',
        '  <model.xml>       eine ArchiMate-3.1/3.2-Open-Exchange-Datei: ein eigenes Modell (was wegfällt, wird aufgelistet)',
        '  <diagram.drawio>  ein draw.io-Diagramm (unkomprimiert): Formen werden Elemente, Kanten Beziehungen, jede Seite eine Sicht',
        '  --into <base>     zu diesem Modell hinzufügen statt zu einem neuen, leeren (z. B. models/templates/blank.json)',
        '  --name <name>     der Name eines neuen Modells; Standard: der Dateiname',
        '  --shapes <list>   Mermaid: der Elementtyp für eine Knotenform, z. B. rect=delivery-process,diamond=management-process;',
        "                    draw.io: für einen Formstil, z. B. 'rectangle #dae8fc=delivery-process'",
        '  -o <out>          das Modell in eine Datei statt auf die Standardausgabe schreiben',
        '',
        'Anweisungen, die der Import nicht verwenden kann, stehen Zeile für Zeile auf der Standardfehlerausgabe. Exit 2, wenn nichts importiert werden konnte.',
      ].join('\n'),
    },
    schema: {
      summary: 'das JSON Schema des Refmod-Dateiformats ausgeben',
      help: [
        'Gibt das aus dem Dokumentschema erzeugte JSON Schema aus oder schreibt es in <file>.',
        '  --pack  stattdessen das JSON Schema der Methodenpakete (public/schema/method-pack.schema.json)',
      ].join('\n'),
    },
    evaluate: {
      summary: 'die Ergebnisse der im Modell gespeicherten Bewertungssitzungen ausgeben',
      help: [
        'Gibt jede gespeicherte Bewertungssitzung aus: ihre Punkte, die gewichteten Punkte je Perspektive',
        'und je GoM-Grundsatz und die Übereinstimmung zwischen den Bewertern.',
        '  --report md    das Bewertungsprotokoll als Markdown (auf Englisch, für Statistiksoftware)',
        '  --report csv   das Bewertungsprotokoll als CSV (eine Zeile je Punktwert und je Aggregat)',
        '  -o <out>       in eine Datei statt auf die Standardausgabe schreiben',
        '',
        'Exit-Codes: 0 fertig, 2 die Datei lässt sich nicht als Modell lesen.',
      ].join('\n'),
    },
    configure: {
      summary: 'ein Unternehmensmodell aus einem Referenzmodell ableiten, indem man seinen Fragebogen beantwortet',
      help: [
        '  <model.json>    ein Referenzmodell mit Variationspunkten und einem Fragebogen („configuration“)',
        '  <answers.json>  die gewählten Antwort-IDs je Frage-ID, z. B. {"q-service": ["customer-care"], "q-channels": ["phone", "e-mail"]}',
        '  --name <name>   der Name des Unternehmensmodells; Standard: „<Modellname>, configured“',
        '  -o <out>        das Unternehmensmodell in eine Datei statt auf die Standardausgabe schreiben',
        '',
        'Jedes Element wird übernommen, weggelassen oder spezialisiert, mit Frage und Antwort als Grund in seiner',
        'Ableitungsverknüpfung. Antworten, die eine Bedingung verletzen, stehen auf der Standardfehlerausgabe, mit Exit 1.',
      ].join('\n'),
    },
    induce: {
      summary:
        'zwei oder mehr Unternehmens- oder abgeleitete Modelle zu einem Kandidaten für ein Referenzmodell zusammenführen',
      help: [
        '  --min <n>           Elemente und Beziehungen behalten, die in mindestens n Modellen vorkommen; Standard: in mehr als der Hälfte',
        '  --similarity <x>    Namensähnlichkeit (0-1), ab der Elemente eines Typs zusammenpassen; Standard 0.8',
        '  --name <name>       der Name des Kandidatenmodells; Standard: „Candidate reference model“',
        '  -o <out>            das Kandidatenmodell in eine Datei statt auf die Standardausgabe schreiben',
        '',
        'Elemente werden zuerst über die Ableitungsverknüpfung, dann über Typ und Namen zugeordnet. Die Kandidaten und ihre',
        'Häufigkeit werden aufgelistet; jedes Element nennt seine Quellmodelle in seiner Herkunft.',
      ].join('\n'),
    },
    serve: {
      summary: 'den Raumserver für Live-Workshops starten (Live teilen… in der App)',
      help: [
        'Startet den Server, über den Live-Workshops ihre Räume teilen (Yjs über WebSocket). Räume liegen auf der',
        'Festplatte in --rooms, je einer in einer Datei, damit ein Raum einen Neustart übersteht. Er hört nur auf diesem',
        'Rechner, außer --host sagt anderes (--host 0.0.0.0 für ein Team in einem Netz). --app liefert eine gebaute App',
        '(npm run build) auf demselben Port aus, sodass eine Adresse die Werkbank und ihre Räume öffnet. --port 0 wählt',
        'einen freien Port. Strg+C beendet ihn: Jeder Raum wird vorher geschrieben.',
      ].join('\n'),
    },
  },
  unknownOption: (flag, hint, known) =>
    `unbekannte Option ${flag}.${hint ? ` Meinten Sie ${hint}?` : ''} Optionen: ${known.length ? known.join(', ') : 'keine'}.`,
  needsValue: (flag) => `${flag} braucht einen Wert.`,
  takesNoValue: (flag) => `${flag} nimmt keinen Wert.`,

  noFile: 'refmod: Nennen Sie eine Modelldatei, z. B. refmod validate models/reference/crm-bpo.json',
  cannotReadFile: (path, code) => `refmod: ${path} kann nicht gelesen werden${why(code)}.`,
  notAModel: (path) => `refmod: ${path} lässt sich nicht als Refmod-Modell lesen:`,
  brokenReferences: (path) => `refmod: ${path} hat ungültige Verweise:`,

  summary: (s) =>
    `${plural(s.error, 'Fehler', 'Fehler')}, ${plural(s.warning, 'Warnung', 'Warnungen')}, ${plural(s.info, 'Hinweis', 'Hinweise')}`,
  profile: (name) => `Profil ${name}`,
  headings: { error: 'Fehler', warning: 'Warnungen', info: 'Hinweise' },
  principles: plainPrincipleNames('de'),
  elements: 'Elemente',
  relations: 'Beziehungen',
  quickFix: 'Schnellkorrektur',
  unresolved:
    'Die Verweise in dieser Datei lassen sich nicht auflösen, daher werden nur diese Probleme gemeldet; beheben Sie sie und prüfen Sie erneut.',
  suppressed: (n) => `${plural(n, 'Befund', 'Befunde')} durch die Prüfeinstellungen des Modells unterdrückt.`,
  unknownProfile: (profile, ids) => `refmod validate: unbekanntes Prüfprofil „${profile}“. Profile: ${ids.join(', ')}.`,
  pack: (name, version, parts) =>
    `Methodenpaket: ${name} ${version} (${[
      parts.metamodel ? 'sein Metamodell' : 'Refmods CRM-in-BPO-Metamodell',
      parts.method === undefined ? null : `Methode „${parts.method}“`,
      parts.profile === undefined ? null : `Prüfprofil „${parts.profile}“`,
    ]
      .filter(Boolean)
      .join(', ')}), in der Datei mitgeführt`,

  sayTo: (formats) => `refmod export: Geben Sie --to ${formats.join(', --to ')} an.`,
  directionIs: (directions) => `refmod export: --direction ist eines von ${directions.join(', ')}.`,
  levelIs: (levels) => `refmod export: --level ist eines von ${levels.join(', ')}.`,
  noPng:
    'refmod export: --to png braucht einen Browser, um den Text zu zeichnen (Node hat keine Schriften); schreiben Sie --to svg oder exportieren Sie das PNG in der App (Export › Bild der Sicht).',
  noView: (view, views) => `refmod export: Das Modell hat keine Sicht „${view}“. Sichten: ${views.join(', ')}.`,

  importNeedsFile:
    'refmod import: Nennen Sie eine Mermaid- (.mmd) oder CSV-Datei, z. B. refmod import process.mmd -o model.json',
  importCannotRead: (path, code) =>
    `refmod import: ${path} kann nicht gelesen werden (${code ?? 'unbekannter Fehler'}).`,
  archimateAlone: 'refmod import: Eine ArchiMate-Datei wird ein eigenes Modell; geben Sie sie allein an, ohne --into.',
  oneFile: 'refmod import: Geben Sie eine Mermaid-Datei oder eine oder zwei CSV-Dateien an.',
  archimateNothing: 'refmod import: Aus der ArchiMate-Datei wurde nichts importiert:',
  atLine: at,
  archimateImported: (elements, relations, views) =>
    `refmod import: ${elements} Elemente, ${relations} Beziehungen, ${views} Sichten.`,
  lineProblem: (line, message) => `refmod import: ${at(line)}${message}`,
  drawioImported: (elements, matched, relations, views) =>
    `refmod import: ${elements} Elemente (${matched} schon im Modell), ${relations} Beziehungen; Sichten ${views.join(', ')}.`,
  styleQuestion: (style, shapes, example, suggested) =>
    `  Stil „${style}“: ${plural(shapes, 'Form', 'Formen')} (z. B. „${example}“) ${shapes === 1 ? 'wurde' : 'wurden'} ${suggested}; wählen Sie mit --shapes '${style}=<Typ>'`,
  pageNotImported: (page, text, reason) => `  Seite „${page}“: nicht importiert: ${text} (${reason})`,
  moreEdges: (n) => `  … und ${n} weitere Kanten nicht importiert.`,
  mermaidImported: (elements, matched, relations, areas, roles, view) =>
    `refmod import: ${elements} Elemente (${matched} schon im Modell), ${relations} Beziehungen, ${areas} Bereiche, ${roles} Rollen; Sicht „${view}“.`,
  shapeQuestion: (shape, nodes, example, suggested) =>
    `  Form ${shape}: ${plural(nodes, 'Knoten', 'Knoten')} (z. B. „${example}“) ${nodes === 1 ? 'wurde' : 'wurden'} ${suggested}; wählen Sie mit --shapes ${shape}=<Typ>`,
  lineNotImported: (line, text, reason) => `  Zeile ${line}: nicht importiert: ${text} (${reason})`,
  moreStatements: (n) => `  … und ${n} weitere Anweisungen nicht importiert.`,
  ignored: (n) => `  ${plural(n, 'Anweisung', 'Anweisungen')} übergangen (Gestaltung, Kommentare, Layout).`,
  secondTable: (path, kind) =>
    `refmod import: ${path} ist eine zweite ${kind === 'elements' ? 'Elementtabelle' : 'Beziehungstabelle'}; geben Sie höchstens eine Element- und eine Beziehungstabelle an.`,
  csvNothing: (n) => `refmod import: nichts importiert; ${plural(n, 'Problem', 'Probleme')}:`,
  csvProblem: (file, row, column, message) =>
    `  ${file}, Zeile ${row}${column ? `, Spalte ${column}` : ''}: ${message}`,
  more: (n) => `  … und ${n} weitere.`,
  csvImported: (elements, updated, relations, lanes) =>
    `refmod import: ${elements} Elemente hinzugefügt, ${updated} ersetzt, ${relations} Beziehungen, ${lanes} neue Bahnen.`,

  configureNeedsFiles:
    'refmod configure: Nennen Sie ein Modell und eine Antwortdatei, z. B. refmod configure model.json answers.json -o company.json',
  noQuestionnaire: (path) => `refmod configure: ${path} hat keinen Fragebogen zu beantworten.`,
  cannotConfigure: (path) => `refmod configure: Die Antworten können ${path} noch nicht konfigurieren:`,
  configured: (name, adopted, specialised, omitted) =>
    `„${name}“ konfiguriert: ${adopted} Elemente übernommen, ${specialised} spezialisiert, ${omitted} weggelassen.`,
  answersCannotRead: (path, code) => `refmod configure: ${path} kann nicht gelesen werden${why(code)}.`,
  notAnswers: (path) => `refmod configure: ${path} ist keine Antwortdatei (Antwort-IDs je Frage-ID):`,

  sayReport: 'refmod evaluate: Geben Sie --report md oder --report csv an.',
  evaluation: {
    model: (name, version, hash) => `${name} (Version ${version}, Modell-Hash ${hash})`,
    noSessions: 'In diesem Modell sind keine Bewertungssitzungen gespeichert.',
    perspectives: { client: 'Auftraggeber', customer: 'Endkunde', internal: 'Intern' },
    scale: (scale) => `Skala ${scale}`,
    current: 'hat das aktuelle Modell bewertet',
    changed: (hash) => `das Modell hat sich seit dieser Sitzung geändert (Hash ${hash})`,
    checklistMissing: (id, version) => `Checkliste ${id} ${version} ist nicht verfügbar`,
    checklistChanged: (id, recorded, available) => `Checkliste ${id}: erfasst ${recorded}, verfügbar ${available}`,
    columns: { criterion: 'Kriterium', score: 'Wert', share: 'Anteil', auto: 'Auto', title: 'Titel' },
    notApplicable: 'n. z.',
    yes: 'ja',
    perspective: (name, score, scored, na, unscored) =>
      `Sicht ${name}: ${score} (${scored} bewertet, ${na} nicht zutreffend, ${unscored} offen)`,
    byPrinciple: 'Je GoM-Grundsatz',
    rmQuality: 'RMQuality (Matook & Indulska 2009)',
    rmQualityNot: (problems) => `RMQuality lässt sich nicht berechnen: ${problems}`,
    agreement: (perspective, sessions, metric) =>
      `Übereinstimmung, Sicht ${perspective} (Sitzungen ${sessions}; ${metric})`,
    notComputed: (reason) => `: nicht berechnet. ${reason}`,
    interval: (percent, low, high) => `, ${percent}-%-Intervall [${low}; ${high}]`,
    alpha: (alpha, n, observed, expected, interval) =>
      `: Krippendorffs Alpha ${alpha ?? 'nicht definiert'} (n ${n}, D_o ${observed}, D_e ${expected}${interval})`,
  },

  induceNeedsTwo:
    'refmod induce: Nennen Sie mindestens zwei Modelle, z. B. refmod induce a.json b.json c.json -o candidate.json',
  minRange: (models) => `--min nimmt eine ganze Zahl von 1 bis ${models}.`,
  similarityRange: '--similarity nimmt eine Zahl von 0 bis 1.',
  takesNumber: (flag) => `${flag} nimmt eine Zahl.`,
  induced: (kept, candidates, min, models) =>
    `${kept} von ${candidates} Kandidatenelementen kommen in mindestens ${min} von ${models} Modellen vor:`,
  matchedByName: (percent) => `, über den Namen zugeordnet ${percent} %`,

  portRange: '--port nimmt eine Zahl von 0 bis 65535.',
  serving: (url, rooms) => `Refmod-Raumserver auf ${url} (Räume in ${rooms}). Strg+C beendet ihn.`,
  stopped: 'Raumserver beendet; jeder Raum ist geschrieben.',
};
