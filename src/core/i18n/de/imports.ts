import type { ImportMessages } from '../en/imports.ts';

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
