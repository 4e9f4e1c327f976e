import { edit, perform, startHistory, type Edit } from '../commands/history.ts';
import type { Metamodel } from '../metamodel/metamodel.ts';
import { crmBpoMetamodel } from '../metamodel/crm-bpo.ts';
import { documentProblems } from '../model/document-problems.ts';
import type { Element, Lane, RefDocument, Relation, View } from '../model/schema.ts';
import {
  parseFlowchart,
  skipped,
  type Flowchart,
  type FlowNode,
  type FlowSubgraph,
  type SkippedStatement,
} from './mermaid-parse.ts';
import { mermaidIds } from './mermaid-text.ts';
import { relationNotAllowed, relationUnconnected } from './relation-refusal.ts';
import { dataLanguage } from '../i18n/data.ts';
import type { Language } from '../i18n/language.ts';
import { importMessage, sayImport, type Said } from '../i18n/say.ts';
import type { Text } from '../i18n/text.ts';

/** The categories of the shapes Refmod draws itself (see mermaid-style.ts): these import without a question. */
export const SHAPE_CATEGORIES: Readonly<Record<string, string>> = {
  round: 'business-object',
  subroutine: 'process',
  hexagon: 'process',
  stadium: 'quality-measure',
  odd: 'goal',
  circle: 'organisational-role',
  cylinder: 'information-system',
};

// What the usual flowchart conventions suggest for other shapes; anything else is suggested as a process.
const SUGGESTED_CATEGORIES: Record<string, string> = {
  rect: 'process',
  diamond: 'process',
  trapezoid: 'process',
  'inv-trapezoid': 'process',
  doublecircle: 'organisational-role',
  ellipse: 'business-object',
  'lean-right': 'business-object',
  'lean-left': 'business-object',
  doc: 'business-object',
  docs: 'business-object',
  'lin-doc': 'business-object',
  'tag-doc': 'business-object',
  'paper-tape': 'business-object',
  'manual-file': 'business-object',
};

// Mermaid 11 `@{ shape: … }` names that mean a classic shape.
const SHAPE_ALIASES: Record<string, string> = {
  rounded: 'round',
  event: 'round',
  pill: 'stadium',
  terminal: 'stadium',
  subproc: 'subroutine',
  'fr-rect': 'subroutine',
  'framed-rectangle': 'subroutine',
  cyl: 'cylinder',
  database: 'cylinder',
  db: 'cylinder',
  circ: 'circle',
  hex: 'hexagon',
  prepare: 'hexagon',
  diam: 'diamond',
  decision: 'diamond',
  question: 'diamond',
  rectangle: 'rect',
  proc: 'rect',
  process: 'rect',
  'lean-r': 'lean-right',
  'in-out': 'lean-right',
  'lean-l': 'lean-left',
  'out-in': 'lean-left',
  'trap-b': 'trapezoid',
  priority: 'trapezoid',
  'trap-t': 'inv-trapezoid',
  manual: 'inv-trapezoid',
  'dbl-circ': 'doublecircle',
  'double-circle': 'doublecircle',
  document: 'doc',
  documents: 'docs',
};

// The type a node of a category becomes unless the user picks another.
const DEFAULT_TYPES: Record<string, string> = {
  'business-object': 'data-record',
  process: 'delivery-process',
  'quality-measure': 'quality-measure',
  goal: 'objective',
  'organisational-role': 'organisational-unit',
  'information-system': 'operational-crm-system',
};

const LANE_COLOURS = ['#5b6b8c', '#5f8a7a', '#7a6a9a', '#1f77b4', '#2a9d8f', '#e07b24', '#8c564b', '#6b8e23'];

/** A shape Refmod does not draw itself: the dialog asks which element type its nodes become. */
export interface ShapeQuestion {
  shape: string;
  nodes: number;
  /** Up to three node labels, so the user recognises the shape. */
  examples: string[];
  /** The element type used unless the user answers otherwise. */
  suggested: string;
}

export interface MermaidImportOptions {
  metamodel?: Metamodel | undefined;
  /** Answers to the shape questions (and overrides for known shapes): shape → element type id. */
  shapeTypes?: Readonly<Record<string, string>> | undefined;
  /** The language that names the new view (the interface's; the active data language by default). */
  language?: Language | undefined;
}

export interface MermaidImportSummary {
  elements: number;
  /** Nodes whose id named an element the document already had: linked, not duplicated. */
  matched: number;
  relations: number;
  areas: number;
  roles: number;
  viewId: string;
}

export type MermaidImport =
  | {
      ok: true;
      document: RefDocument;
      edit: Edit;
      added: MermaidImportSummary;
      questions: ShapeQuestion[];
      ignored: SkippedStatement[];
      unsupported: SkippedStatement[];
    }
  | { ok: false; errors: { line: number; message: string; text?: Text | undefined }[] };

/**
 * Imports a Mermaid flowchart into a document: nodes become elements (type by shape), edges relations
 * (type by label, line style and what the metamodel allows), subgraphs areas and roles. Returns the new
 * document and the undoable Edit that makes it; shapes without a fixed meaning come back as questions.
 */
export function importMermaid(text: string, into: RefDocument, options: MermaidImportOptions = {}): MermaidImport {
  const metamodel = options.metamodel ?? crmBpoMetamodel;
  const parsed = parseFlowchart(text);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, message: parsed.message, text: parsed.text }] };
  const chart = parsed.flowchart;
  const answers = options.shapeTypes ?? {};
  const words = (said: Said) => importMessage(said, metamodel, options.language ?? dataLanguage());
  const badAnswer = Object.entries(answers).find(([, type]) => !metamodel.elementType(type));
  if (badAnswer)
    return {
      ok: false,
      errors: [{ line: 0, ...sayImport('type.unknown', { type: badAnswer[1] }, metamodel) }],
    };

  const ignored = [...chart.ignored];
  const unsupported = [...chart.unsupported];
  const subgraphIds = new Set(chart.subgraphs.map((s) => s.id));
  const nodes = chart.nodes.filter((n) => !subgraphIds.has(n.id));
  const taken = new Set([...into.elements.map((e) => e.id), ...into.relations.map((r) => r.id)]);
  const uniqueId = (wanted: string) => {
    const base = toId(wanted).slice(0, 90);
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
    taken.add(id);
    return id;
  };

  const lanes = planLanes(chart, nodes, into);
  for (const s of lanes.unused)
    ignored.push(skipped(s.line, `subgraph ${s.id}`, sayImport('mermaid.empty-subgraph', undefined)));
  const questions = new Map<string, ShapeQuestion>();
  const byExportId = exportedIds(into);
  const elementOf = new Map<string, Element>();
  const created: Element[] = [];
  for (const node of nodes) {
    const existing = into.elements.find((e) => e.id === node.id) ?? byExportId.get(node.id);
    if (existing) {
      elementOf.set(node.id, existing);
      continue;
    }
    const shape = SHAPE_ALIASES[node.shape] ?? node.shape;
    const category = SHAPE_CATEGORIES[shape] ?? SUGGESTED_CATEGORIES[shape] ?? 'process';
    const suggested = defaultType(metamodel, category);
    if (!SHAPE_CATEGORIES[shape]) {
      const question = questions.get(shape) ?? { shape, nodes: 0, examples: [], suggested };
      question.nodes++;
      if (question.examples.length < 3) question.examples.push(nameOf(node));
      questions.set(shape, question);
    }
    const { area, role } = lanes.of(node);
    const element: Element = {
      id: uniqueId(node.id),
      type: answers[shape] ?? suggested,
      name: nameOf(node),
      description: '',
      area,
      role,
      optional: false,
      properties: {},
      provenance: { note: 'Imported from a Mermaid flowchart' },
      goals: [],
    };
    created.push(element);
    elementOf.set(node.id, element);
  }

  const relations: Relation[] = [];
  const existing = new Set(into.relations.map((r) => JSON.stringify([r.source, r.type, r.target, r.label])));
  for (const e of chart.edges) {
    const text = `${e.source} → ${e.target}`;
    if (e.stroke === 'invisible') {
      ignored.push(skipped(e.line, text, sayImport('mermaid.invisible-link', undefined)));
      continue;
    }
    const source = elementOf.get(e.source);
    const target = elementOf.get(e.target);
    if (!source || !target) {
      const subgraph = subgraphIds.has(e.source) ? e.source : e.target;
      unsupported.push(skipped(e.line, text, sayImport('mermaid.edge-to-subgraph', { subgraph })));
      continue;
    }
    const type = relationTypeFor(metamodel, source.type, target.type, e.label, e.stroke);
    if ('message' in type) {
      unsupported.push(skipped(e.line, text, type));
      continue;
    }
    const label = type.byLabel ? '' : e.label.replace(/\s+/g, ' ').trim().slice(0, 200);
    const key = JSON.stringify([source.id, type.id, target.id, label]);
    if (existing.has(key)) {
      ignored.push(skipped(e.line, text, sayImport('mermaid.duplicate-relation', undefined)));
      continue;
    }
    existing.add(key);
    relations.push({
      id: uniqueId(`rel-${source.id}-${target.id}`),
      type: type.id,
      source: source.id,
      target: target.id,
      label,
    });
  }

  const viewIds = new Set(into.views.map((v) => v.id));
  let viewId = 'mermaid-import';
  for (let i = 2; viewIds.has(viewId); i++) viewId = `mermaid-import-${i}`;
  const shown = [...new Set([...elementOf.values()].map((e) => e.id))];
  const view: View = {
    id: viewId,
    name: words(sayImport('mermaid.view-name', undefined)),
    perspective: 'full',
    description: words(sayImport('mermaid.view-description', { count: shown.length })),
    elements: shown,
    positions: {},
  };
  const added: MermaidImportSummary = {
    elements: created.length,
    matched: nodes.length - created.length,
    relations: relations.length,
    areas: lanes.newAreas.length,
    roles: lanes.newRoles.length,
    viewId,
  };
  const change = edit(
    { id: 'import.mermaid', params: { elements: created.length, relations: relations.length } },
    (doc) => {
      doc.macroStructure.areas.push(...lanes.newAreas);
      doc.macroStructure.roles.push(...lanes.newRoles);
      doc.elements.push(...created);
      doc.relations.push(...relations);
      doc.views.push(view);
    },
  );
  const document = perform(startHistory(into), change).document;
  const problems = documentProblems(document, metamodel);
  if (problems.length)
    return { ok: false, errors: problems.map((p) => ({ line: 0, message: `${p.path}: ${p.message}` })) };
  return { ok: true, document, edit: change, added, questions: [...questions.values()], ignored, unsupported };
}

function nameOf(node: FlowNode): string {
  return node.label.replace(/\s+/g, ' ').trim().slice(0, 200).trim() || node.id;
}

/** A model id from any Mermaid id: letters first, then letters, digits, `_ . -`. */
function toId(wanted: string): string {
  const ascii = wanted.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z]+/, '') || 'node';
}

function defaultType(metamodel: Metamodel, category: string): string {
  const preferred = DEFAULT_TYPES[category];
  if (preferred && metamodel.elementType(preferred)) return preferred;
  const types = metamodel.data.elementTypes;
  return (types.find((t) => t.category === category) ?? types[0]!).id;
}

// The ids Refmod's own export gives elements, so a re-imported export links to the elements it came from.
function exportedIds(doc: RefDocument): Map<string, Element> {
  const ids = mermaidIds();
  return new Map(doc.elements.map((el) => [ids(el.id), el]));
}

// An edge labelled with a relation type asks for that type, and is refused with the metamodel's reason when it may not connect the two.
function relationTypeFor(
  metamodel: Metamodel,
  from: string,
  to: string,
  label: string,
  stroke: string,
): { id: string; byLabel: boolean } | Said {
  const wanted = label.trim().toLowerCase();
  const named = metamodel.data.relationTypes.find((r) => r.label.toLowerCase() === wanted || r.id === wanted);
  if (named) {
    return relationNotAllowed(metamodel, named.id, from, to) ?? { id: named.id, byLabel: true };
  }
  const allowed = metamodel.allowedRelations(from, to);
  const styled = allowed.find((r) => (stroke === 'dotted') === (r.line !== 'solid'));
  const type = styled ?? allowed[0];
  return type ? { id: type.id, byLabel: false } : relationUnconnected(metamodel, from, to)!;
}

interface LanePlan {
  newAreas: Lane[];
  newRoles: Lane[];
  unused: FlowSubgraph[];
  of(node: FlowNode): { area: string | null; role: string | null };
}

/**
 * Subgraphs become lanes: a title naming an existing role or area joins it; otherwise subgraphs that
 * hold other subgraphs become rows of the macro structure, the innermost ones its columns, as the export nests them.
 */
function planLanes(chart: Flowchart, nodes: FlowNode[], doc: RefDocument): LanePlan {
  const rolesOuter = doc.designGoals.laneOrientation !== 'areas-as-rows';
  const byId = new Map(chart.subgraphs.map((s) => [s.id, s]));
  const chain = (id: string | null): FlowSubgraph[] => {
    const out: FlowSubgraph[] = [];
    for (
      let s = id === null ? undefined : byId.get(id);
      s && !out.includes(s);
      s = s.parent === null ? undefined : byId.get(s.parent)
    )
      out.push(s);
    return out;
  };
  const used = new Set(nodes.flatMap((n) => chain(n.subgraph)));
  const parents = new Set([...used].map((s) => s.parent));
  const newAreas: Lane[] = [];
  const newRoles: Lane[] = [];
  const laneOf = new Map<FlowSubgraph, { kind: 'area' | 'role'; id: string }>();
  const find = (lanes: Lane[], title: string) =>
    lanes.find((l) => l.name.trim().toLowerCase() === title.trim().toLowerCase());
  for (const subgraph of used) {
    const title = subgraph.title || subgraph.id;
    const outer = parents.has(subgraph.id);
    const rowKind = rolesOuter ? 'role' : 'area';
    const columnKind = rolesOuter ? 'area' : 'role';
    const role = find([...doc.macroStructure.roles, ...newRoles], title);
    const area = find([...doc.macroStructure.areas, ...newAreas], title);
    const kind =
      role && area ? (outer ? rowKind : columnKind) : role ? 'role' : area ? 'area' : outer ? rowKind : columnKind;
    const match = kind === 'role' ? role : area;
    if (match) {
      laneOf.set(subgraph, { kind, id: match.id });
      continue;
    }
    const list = kind === 'role' ? newRoles : newAreas;
    const existing = kind === 'role' ? doc.macroStructure.roles : doc.macroStructure.areas;
    const ids = new Set([...existing, ...list].map((l) => l.id));
    const base = toId(subgraph.id).slice(0, 90);
    let id = base;
    for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
    list.push({
      id,
      name: title.slice(0, 200),
      colour: LANE_COLOURS[(existing.length + list.length) % LANE_COLOURS.length]!,
      description: '',
    });
    laneOf.set(subgraph, { kind, id });
  }
  return {
    newAreas,
    newRoles,
    unused: chart.subgraphs.filter((s) => !used.has(s)),
    of(node) {
      const lanes = chain(node.subgraph).map((s) => laneOf.get(s));
      return {
        area: lanes.find((l) => l?.kind === 'area')?.id ?? null,
        role: lanes.find((l) => l?.kind === 'role')?.id ?? null,
      };
    },
  };
}
