import type { ImportMessages } from '../en/imports.ts';

// The model's parts that travel as one refmod: property each (an ArchiMate export's note names them).
const PARTS: Record<string, string> = {
  meta: 'Metadaten (Autoren, Version, Quellen)',
  structuralGoals: 'Strukturziele',
  macroStructure: 'Ordnungsrahmen',
  designGoals: 'Gestaltungsziele',
  method: 'Methode',
  evaluations: 'Bewertungen',
  validation: 'Prüfeinstellungen',
  derivation: 'Ableitung',
  pack: 'Methodenpaket',
  configuration: 'Konfiguration',
  comments: 'Kommentare',
  board: 'Board',
};

/** What an import says about a file it reads, in German. */
export const imports: ImportMessages = {
  'mermaid.empty': () => 'Der Text ist leer.',
  'mermaid.not-flowchart': (p) =>
    `Dies ist kein Flussdiagramm: Es beginnt mit „${p.kind}“, nicht mit „flowchart“ oder „graph“.`,
  'type.unknown': (p, w) => `„${p.type}“ ist kein Elementtyp des Metamodells ${w.metamodel}.`,
  'mermaid.front-matter': () => 'Vorspann (Titel und Konfiguration)',
  'mermaid.directive': () => 'eine Direktive (Konfiguration)',
  'mermaid.comment': () => 'ein Kommentar',
  'mermaid.class-definition': () => 'eine Klassendefinition (Gestaltung)',
  'mermaid.class-assignment': () => 'eine Klassenzuweisung (Gestaltung)',
  'mermaid.node-style': () => 'ein Knotenstil',
  'mermaid.edge-style': () => 'ein Kantenstil',
  'mermaid.click': () => 'eine Klickaktion',
  'mermaid.subgraph-direction': () => 'eine Richtung eines Subgraphen (nur Layout)',
  'mermaid.acc-title': () => 'ein Titel für Barrierefreiheit',
  'mermaid.acc-description': () => 'eine Beschreibung für Barrierefreiheit',
  'mermaid.empty-subgraph': () => 'ein Subgraph ohne Knoten',
  'mermaid.invisible-link': () => 'eine unsichtbare Verbindung (nur Layout)',
  'mermaid.duplicate-relation': () => 'eine Beziehung, die das Modell schon hat',
  'mermaid.stray-end': () => 'Ein „end“ ohne offenen Subgraphen.',
  'mermaid.unclosed-subgraph': () => 'Dieser Subgraph wird nie mit „end“ geschlossen.',
  'mermaid.node-id-expected': (p) => `Bei „${p.at}“ wurde eine Knoten-ID erwartet.`,
  'mermaid.shape-data-open': (p) => `Die Formdaten von „${p.id}“ werden nicht mit „}“ geschlossen.`,
  'mermaid.node-text-open': (p) => `Der Text des Knotens „${p.id}“ wird nicht mit „${p.close}“ geschlossen.`,
  'mermaid.edge-label-open': () => 'Eine Kantenbeschriftung wird nicht mit „|“ geschlossen.',
  'mermaid.edge-expected': (p) => `Bei „${p.at}“ wurde eine Kante wie „-->“ erwartet.`,
  'mermaid.edge-text-open': (p) => `Der Kantentext nach „${p.arrow}“ hat keinen schließenden Pfeil.`,
  'mermaid.edge-to-subgraph': (p) => `Beziehungen verbinden Elemente; „${p.subgraph}“ ist ein Subgraph.`,
  'csv.quote-open': () => 'Eine Zelle in Anführungszeichen wird nie mit " geschlossen.',
  'csv.quote-end': () => 'Eine Zelle in Anführungszeichen muss am Trennzeichen oder am Zeilenende enden.',
  'csv.unknown-column': (p) =>
    `Refmod kennt die Spalte „${p.name}“ nicht. Spalten: ${p.columns.join(', ')}${p.properties ? ', prop:<key>' : ''}.`,
  'csv.reserved-property': (p) =>
    `Eine Eigenschaft darf nicht „${p.key}“ heißen: Modelldateien lehnen diesen Namen ab (er ist in JavaScript reserviert). Benennen Sie die Spalte um.`,
  'csv.column-twice': (p) => `Die Spalte „${p.name}“ kommt zweimal vor.`,
  'csv.column-missing': (p) =>
    `Die ${p.table === 'elements' ? 'Elementtabelle' : 'Beziehungstabelle'} braucht eine Spalte „${p.name}“.`,
  'csv.too-many-cells': (p) => `Diese Zeile hat ${p.cells} Zellen; die Kopfzeile hat ${p.header}.`,
  'csv.not-boolean': () => 'Schreiben Sie true oder false.',
  'csv.not-number': (p) => `„${p.value}“ ist keine Zahl.`,
  'csv.no-goal': (p) => `Das Modell hat kein Strukturziel „${p.goal}“; der Verweis wird weggelassen.`,
  'csv.no-source': (p) => `Das Modell hat keine Quelle „${p.source}“; der Verweis wird weggelassen.`,
  'csv.no-element': (p) => `Es gibt kein Element „${p.id}“.`,
  'drawio.not-drawio': (p) => `Dies ist keine draw.io-Datei: Ihre Wurzel ist <${p.root}>, nicht <mxfile>.`,
  'drawio.compressed': () =>
    'Diese draw.io-Datei ist komprimiert. Wählen Sie in diagrams.net Datei → Eigenschaften, entfernen Sie den Haken bei „Komprimiert“ und speichern Sie erneut.',
  'drawio.no-page': () => 'Die draw.io-Datei hat keine Diagrammseite.',
  'drawio.self-edge': () => 'Eine Kante von einer Form zu sich selbst ist keine Beziehung.',
  'drawio.loose-edge': () =>
    'Eine Beziehung verbindet zwei Formen; ein Ende dieser Kante ist keine Form mit einem Namen.',
  'drawio.view-name': () => 'Aus draw.io importiert',
  'drawio.view-description': (p) => `${p.count} Elemente aus einem draw.io-Diagramm.`,
  'mermaid.view-name': () => 'Aus Mermaid importiert',
  'mermaid.view-description': (p) => `${p.count} Elemente aus einem Mermaid-Flussdiagramm.`,
  'xml.too-large': (p) => `Die Datei ist größer als ${p.megabytes} MB.`,
  'xml.malformed': (p) => `Die Datei ist kein wohlgeformtes XML: ${p.detail}`,
  'xml.dtd': () => 'Die Datei deklariert eine DTD; Austauschdateien haben keine, daher wird sie nicht gelesen.',
  'xml.too-deep': (p) => `Elemente sind tiefer als ${p.levels} Ebenen verschachtelt.`,
  'xml.no-element': () => 'Die Datei enthält kein XML-Element.',
  'archimate.version-2': () =>
    'Dies ist eine ArchiMate-2-Austauschdatei; Refmod liest ArchiMate 3.1 und 3.2 (so speichert Archi).',
  'archimate.not-archimate': (p) =>
    `Dies ist keine ArchiMate-Austauschdatei: Ihre Wurzel ist <${p.root}>${p.uri ? ` in ${p.uri}` : ''}, nicht <model> in ${p.expected}.`,
  'archimate.bad-json': (p) => `Die Eigenschaft ${p.key} ist kein lesbares JSON: ${p.detail}`,
  'archimate.left-out': (p, w) =>
    `${p.count} ${p.type === 'element' ? '' : `${p.type}-`}${p.count === 1 ? 'Element' : 'Elemente'} weggelassen: Das Metamodell ${w.metamodel} hat nichts Vergleichbares.`,
  'archimate.read-as': (p, w) =>
    `${p.count} ${p.count === 1 ? 'Element' : 'Elemente'} als ${p.from} → ${w.type(p.to)} gelesen.`,
  'archimate.relationships-left-out': (p) =>
    `${p.count} ${p.type}-${p.count === 1 ? 'Beziehung' : 'Beziehungen'} weggelassen: Ein Ende wird nicht importiert, oder das Metamodell erlaubt keine solche Beziehung.`,
  'archimate.view-name': () => 'Importierte Sicht',
  'archimate.all-elements': () => 'Alle Elemente',
  'archimate.export-elements': (p) =>
    `${p.elements} Elemente von ${p.types} Refmod-Typen werden ArchiMate-Elemente; jedes behält Refmod-Typ, Bereich, Rolle, Herkunft, die Ziele, denen es dient, und die Markierung „optional“ als refmod:-Eigenschaften.`,
  'archimate.export-relations': (p) =>
    `${p.relations} Beziehungen behalten ihren Refmod-Typ in der Eigenschaft refmod:type; ${p.reversed} verlaufen in ArchiMate umgekehrt (Eingaben, Kennzahlen, gehört zu) und drehen sich beim Import zurück.`,
  'archimate.export-values': (p) =>
    `${p.values} typspezifische Werte (etwa Einheit und Zielwert) werden ArchiMate-Eigenschaften.`,
  'archimate.export-parts': (p, w) =>
    `${w.list(p.parts.map((part) => PARTS[part] ?? part))} des Modells haben in ArchiMate keine Entsprechung: Jedes Teil ist eine Modelleigenschaft (refmod:<Teil>) mit seinem JSON.`,
  'archimate.export-views': (p) =>
    `${p.views} Sichten werden Diagramme mit dem Bahnenraster als beschriftete Container; jede behält Perspektive und Positionen in der Eigenschaft refmod:view.`,
  'relation.unknown': (p, w) => `„${p.relation}“ ist kein Beziehungstyp des Metamodells ${w.metamodel}.`,
  'relation.not-allowed': (p, w) =>
    `Die Beziehung ${w.quote(w.relationLabel(p.relation))} ist von ${w.type(p.from)} zu ${w.type(p.to)} nicht erlaubt (${w.relationDescription(p.relation).replace(/\.$/, '') || 'das Metamodell erlaubt sie nicht'}).${
      p.allowed.length
        ? ` Zwischen ihnen erlaubt: ${p.allowed.map((id) => w.quote(w.relationLabel(id))).join(', ')}.`
        : ' Kein Beziehungstyp verbindet sie.'
    }`,
  'relation.unconnected': (p, w) =>
    `Keine Beziehung des Metamodells ${w.metamodel} führt von ${w.type(p.from)} zu ${w.type(p.to)}.${
      p.outgoing.length
        ? ` ${w.type(p.from)} kann: ${p.outgoing
            .map((id) => `${w.quote(w.relationLabel(id))} (${w.relationDescription(id).replace(/\.$/, '')})`)
            .join('; ')}.`
        : ''
    }`,
};
