import type { Wording } from '../text.ts';

const article = (label: string) => `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;

/** What an import says about a file it reads, in English: the words Refmod has always used (tests and the README rely on them). */
export const imports = {
  // Mermaid: why nothing is imported.
  'mermaid.empty': () => 'The text is empty.',
  'mermaid.not-flowchart': (p: { kind: string }) =>
    `This is not a flowchart: it starts with "${p.kind}", not "flowchart" or "graph".`,
  'type.unknown': (p: { type: string }, w: Wording) =>
    `"${p.type}" is not an element type of the ${w.metamodel} metamodel.`,
  // Mermaid: lines left out because they do not say anything a model keeps.
  'mermaid.front-matter': () => 'front matter (title and configuration)',
  'mermaid.directive': () => 'a directive (configuration)',
  'mermaid.comment': () => 'a comment',
  'mermaid.class-definition': () => 'a class definition (styling)',
  'mermaid.class-assignment': () => 'a class assignment (styling)',
  'mermaid.node-style': () => 'a node style',
  'mermaid.edge-style': () => 'an edge style',
  'mermaid.click': () => 'a click action',
  'mermaid.subgraph-direction': () => 'a subgraph direction (layout only)',
  'mermaid.acc-title': () => 'an accessibility title',
  'mermaid.acc-description': () => 'an accessibility description',
  'mermaid.empty-subgraph': () => 'a subgraph without nodes',
  'mermaid.invisible-link': () => 'an invisible link (layout only)',
  'mermaid.duplicate-relation': () => 'a relation the model already has',
  // Mermaid: lines left out because they cannot be read or mean nothing allowed.
  'mermaid.stray-end': () => 'An "end" without an open subgraph.',
  'mermaid.unclosed-subgraph': () => 'This subgraph is never closed with "end".',
  'mermaid.node-id-expected': (p: { at: string }) => `A node id was expected at "${p.at}".`,
  'mermaid.shape-data-open': (p: { id: string }) => `The shape data of "${p.id}" is not closed with "}".`,
  'mermaid.node-text-open': (p: { id: string; close: string }) =>
    `The text of node "${p.id}" is not closed with "${p.close}".`,
  'mermaid.edge-label-open': () => 'An edge label is not closed with "|".',
  'mermaid.edge-expected': (p: { at: string }) => `An edge such as "-->" was expected at "${p.at}".`,
  'mermaid.edge-text-open': (p: { arrow: string }) => `The edge text after "${p.arrow}" has no closing arrow.`,
  'mermaid.edge-to-subgraph': (p: { subgraph: string }) => `Relations connect elements; "${p.subgraph}" is a subgraph.`,
  // CSV tables: why a table, a row or a cell cannot be imported, and references left out.
  'csv.quote-open': () => 'A quoted cell is never closed with ".',
  'csv.quote-end': () => 'A quoted cell must end at the separator or the end of the line.',
  'csv.unknown-column': (p: { name: string; columns: readonly string[]; properties: boolean }) =>
    `Refmod does not know the column "${p.name}". Columns: ${p.columns.join(', ')}${p.properties ? ', prop:<key>' : ''}.`,
  'csv.reserved-property': (p: { key: string }) =>
    `A property cannot be called "${p.key}": model files refuse that name (it is reserved in JavaScript). Rename the column.`,
  'csv.column-twice': (p: { name: string }) => `The column "${p.name}" appears twice.`,
  'csv.column-missing': (p: { table: 'elements' | 'relations'; name: string }) =>
    `The ${p.table} table needs a "${p.name}" column.`,
  'csv.too-many-cells': (p: { cells: number; header: number }) =>
    `This row has ${p.cells} cells; the header has ${p.header}.`,
  'csv.not-boolean': () => 'Write true or false.',
  'csv.not-number': (p: { value: string }) => `"${p.value}" is not a number.`,
  'csv.no-goal': (p: { goal: string }) => `The model has no structural goal "${p.goal}"; the reference is left out.`,
  'csv.no-source': (p: { source: string }) => `The model has no source "${p.source}"; the reference is left out.`,
  'csv.no-element': (p: { id: string }) => `There is no element "${p.id}".`,
  // Any import: a relation the metamodel does not allow (the metamodel's whyNot / whyUnconnected, word for word).
  // draw.io: why a file or an edge cannot be imported.
  'drawio.not-drawio': (p: { root: string }) => `This is not a draw.io file: its root is <${p.root}>, not <mxfile>.`,
  'drawio.compressed': () =>
    'This draw.io file is compressed. In diagrams.net choose File → Properties, untick "Compressed", and save it again.',
  'drawio.no-page': () => 'The draw.io file has no diagram page.',
  'drawio.self-edge': () => 'An edge from a shape to itself is not a relation.',
  'drawio.loose-edge': () => 'A relation connects two shapes; this edge has an end that is not a shape with a name.',
  'drawio.view-name': () => 'Imported from draw.io',
  'drawio.view-description': (p: { count: number }) => `${p.count} elements from a draw.io diagram.`,
  'mermaid.view-name': () => 'Imported from Mermaid',
  'mermaid.view-description': (p: { count: number }) => `${p.count} elements from a Mermaid flowchart.`,
  // XML: why an exchange file (ArchiMate, draw.io) cannot be read at all; the parser's own detail stays as it says it.
  'xml.too-large': (p: { megabytes: number }) => `The file is larger than ${p.megabytes} MB.`,
  'xml.malformed': (p: { detail: string }) => `The file is not well-formed XML: ${p.detail}`,
  'xml.dtd': () => 'The file declares a DTD; exchange files have none, so it is not read.',
  'xml.too-deep': (p: { levels: number }) => `Elements nest deeper than ${p.levels} levels.`,
  'xml.no-element': () => 'The file has no XML element.',
  // ArchiMate exchange files: why one cannot be read, what its import leaves out or guesses, what it names.
  'archimate.version-2': () =>
    'This is an ArchiMate 2 exchange file; Refmod reads ArchiMate 3.1 and 3.2 (Archi saves those).',
  'archimate.not-archimate': (p: { root: string; uri: string; expected: string }) =>
    `This is not an ArchiMate exchange file: its root is <${p.root}>${p.uri ? ` in ${p.uri}` : ''}, not <model> in ${p.expected}.`,
  'archimate.bad-json': (p: { key: string; detail: string }) =>
    `The property ${p.key} is not readable JSON: ${p.detail}`,
  'archimate.left-out': (p: { count: number; type: string }, w: Wording) =>
    `${p.count} ${p.type} element${p.count === 1 ? '' : 's'} left out: the ${w.metamodel} metamodel has nothing like ${p.type === 'element' ? 'it' : p.type}.`,
  'archimate.read-as': (p: { count: number; from: string; to: string }) =>
    `${p.count} element${p.count === 1 ? '' : 's'} read as ${p.from} → ${p.to}.`,
  'archimate.relationships-left-out': (p: { count: number; type: string }) =>
    `${p.count} ${p.type} relationship${p.count === 1 ? '' : 's'} left out: an end is not imported, or the metamodel allows no such relation.`,
  'archimate.view-name': () => 'Imported view',
  'archimate.all-elements': () => 'All elements',
  // ArchiMate export: what has no place in ArchiMate and travels as refmod: properties.
  'archimate.export-elements': (p: { elements: number; types: number }) =>
    `${p.elements} elements of ${p.types} Refmod types become ArchiMate elements; each keeps its Refmod type, area, role, provenance, the goals it serves and the optional mark as refmod: properties.`,
  'archimate.export-relations': (p: { relations: number; reversed: number }) =>
    `${p.relations} relations keep their Refmod type as the property refmod:type; ${p.reversed} run the other way in ArchiMate (inputs, measures, belongs-to) and turn back on import.`,
  'archimate.export-values': (p: { values: number }) =>
    `${p.values} type-specific values (such as unit and target) become ArchiMate properties.`,
  'archimate.export-parts': (p: { parts: readonly string[] }) =>
    `The model's ${p.parts.map((part) => (part === 'meta' ? 'metadata (authors, version, sources)' : part.replace(/([A-Z])/g, ' $1').toLowerCase())).join(', ')} have no ArchiMate counterpart: each is one model property (refmod:<part>) holding its JSON.`,
  'archimate.export-views': (p: { views: number }) =>
    `${p.views} views become diagrams with the lane grid as labelled containers; each keeps its perspective and positions in the property refmod:view.`,
  'relation.unknown': (p: { relation: string }, w: Wording) =>
    `"${p.relation}" is not a relation type of the ${w.metamodel} metamodel.`,
  'relation.not-allowed': (p: { relation: string; from: string; to: string; allowed: readonly string[] }, w: Wording) =>
    `A ${w.type(p.from)} cannot "${w.relationLabel(p.relation)}" a ${w.type(p.to)}: ${w.relationDescription(p.relation) || 'the metamodel does not allow it.'}${
      p.allowed.length
        ? ` Allowed between them: ${p.allowed.map((id) => `"${w.relationLabel(id)}"`).join(', ')}.`
        : ' No relation type connects them.'
    }`,
  'relation.unconnected': (p: { from: string; to: string; outgoing: readonly string[] }, w: Wording) =>
    `No relation of the ${w.metamodel} metamodel goes from ${article(w.type(p.from))} to ${article(w.type(p.to))}.${
      p.outgoing.length
        ? ` ${article(w.type(p.from)).replace(/^a/, 'A')} may: ${p.outgoing
            .map((id) => `"${w.relationLabel(id)}" (${w.relationDescription(id).replace(/\.$/, '')})`)
            .join('; ')}.`
        : ''
    }`,
};

/** Every language phrases each import message from the same parameters (tsc checks German and Korean against these). */
export type ImportMessages = {
  [K in keyof typeof imports]: (params: Parameters<(typeof imports)[K]>[0], w: Wording) => string;
};
