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
