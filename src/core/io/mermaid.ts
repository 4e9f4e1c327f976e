import type { Metamodel } from '../metamodel/metamodel.ts';
import { crmBpoMetamodel } from '../metamodel/crm-bpo.ts';
import { elementsInView } from '../model/queries.ts';
import type { Element, Lane, RefDocument } from '../model/schema.ts';
import { forExport } from '../i18n/localize.ts';
import { mermaidIds, mermaidLabel } from './mermaid-text.ts';
import { NODE_SHAPES, SHAPE_COLOURS, strokeFor, textColourOn } from './mermaid-style.ts';

export type FlowDirection = 'LR' | 'TB' | 'RL' | 'BT';

export interface MermaidOptions {
  /** Export only this view; default: the whole model. */
  viewId?: string | undefined;
  /** Default: the model's `designGoals.flowDirection`. */
  direction?: FlowDirection | undefined;
  /** Show quality measures; default true. */
  includeMeasures?: boolean | undefined;
  /** Only elements of this area (`null`: elements without an area). Used by {@link splitByArea}. */
  areaId?: string | null | undefined;
  /** Default: the shipped CRM-in-BPO metamodel. */
  metamodel?: Metamodel | undefined;
  /** The language of names and descriptions (default: the model's own); a missing translation shows the model's text, marked "[en]". */
  language?: string | undefined;
}

/** A Mermaid flowchart and what a reader should know before rendering it. */
export interface MermaidDiagram {
  text: string;
  nodes: number;
  edges: number;
  /** Sentences for the user, e.g. that Mermaid will refuse a diagram over its limits. */
  warnings: string[];
}

/** Mermaid's defaults: `parse` refuses more edges, `render` replaces longer text with an error diagram. */
export const MERMAID_LIMITS = { maxEdges: 500, maxTextSize: 50_000 } as const;

/**
 * A Mermaid flowchart of the model or one view: roles and areas as nested subgraphs (following
 * `designGoals.laneOrientation`), node shapes by element category, colours by `designGoals.colourBy`,
 * relations labelled by their type, dashed or dotted as the metamodel draws them.
 */
export function mermaidFlowchart(model: RefDocument, options: MermaidOptions = {}): MermaidDiagram {
  const metamodel = options.metamodel ?? crmBpoMetamodel;
  const { doc, note } = forExport(model, options.language);
  const warnings: string[] = note ? [note] : [];
  const view = options.viewId === undefined ? undefined : doc.views.find((v) => v.id === options.viewId);
  if (options.viewId !== undefined && !view)
    warnings.push(`The model has no view "${options.viewId}"; the whole model is shown.`);

  const ids = mermaidIds();
  for (const el of doc.elements) ids(el.id); // every view of a model uses the same node ids
  const category = (el: Element) => metamodel.categoryOf(el.type);
  let elements = inScope(doc, options, metamodel);
  if (options.areaId !== undefined) elements = elements.filter((el) => el.area === options.areaId);
  const shown = new Set(elements.map((el) => el.id));
  const relations = doc.relations.filter((r) => shown.has(r.source) && shown.has(r.target));

  const lines = [`flowchart ${options.direction ?? doc.designGoals.flowDirection}`];
  const node = (el: Element, indent: string) => {
    const shape = category(el)?.shape;
    const [open, close] = shape ? NODE_SHAPES[shape] : ['[', ']'];
    lines.push(`${indent}${ids(el.id)}${open}${mermaidLabel(el.name)}${close}`);
  };
  writeLanes(doc, elements, ids, node, lines);

  const dashed: number[] = [];
  relations.forEach((rel, index) => {
    const type = metamodel.relationType(rel.type);
    const line = type?.line ?? 'solid';
    if (line === 'dashed') dashed.push(index);
    const arrow = line === 'solid' ? '-->' : '-.->';
    lines.push(
      `  ${ids(rel.source)} ${arrow}|${mermaidLabel(rel.label || type?.label || rel.type)}| ${ids(rel.target)}`,
    );
  });
  if (dashed.length) lines.push(`  linkStyle ${dashed.join(',')} stroke-dasharray:8 4`);
  writeClasses(doc, elements, ids, metamodel, lines);

  const text = lines.join('\n') + '\n';
  if (relations.length > MERMAID_LIMITS.maxEdges) {
    warnings.push(
      `The diagram has ${relations.length} relations; Mermaid draws at most ${MERMAID_LIMITS.maxEdges}. Export one diagram per area or a smaller view.`,
    );
  }
  if (text.length > MERMAID_LIMITS.maxTextSize) {
    warnings.push(
      `The diagram text has ${text.length.toLocaleString('en')} characters; Mermaid renders at most ${MERMAID_LIMITS.maxTextSize.toLocaleString('en')}. Export one diagram per area or a smaller view.`,
    );
  }
  return { text, nodes: elements.length, edges: relations.length, warnings };
}

/** The Mermaid flowchart text of the model or one view (see {@link mermaidFlowchart}). */
export function toMermaid(doc: RefDocument, options: MermaidOptions = {}): string {
  return mermaidFlowchart(doc, options).text;
}

/** One diagram per area (and one for elements without an area), for models too large for one diagram. */
export function splitByArea(
  doc: RefDocument,
  options: Omit<MermaidOptions, 'areaId'> = {},
): { areaId: string | null; name: string; diagram: MermaidDiagram }[] {
  const scope = new Set(inScope(doc, options, options.metamodel ?? crmBpoMetamodel).map((el) => el.id));
  const areaOf = new Map(doc.elements.map((el) => [el.id, el.area]));
  const parts: { areaId: string | null; name: string }[] = [
    ...doc.macroStructure.areas.map((a) => ({ areaId: a.id, name: a.name })),
    { areaId: null, name: 'Without area' },
  ];
  return parts.flatMap(({ areaId, name }) => {
    const diagram = mermaidFlowchart(doc, { ...options, areaId });
    if (diagram.nodes === 0) return [];
    const crossing = doc.relations.filter(
      (r) =>
        scope.has(r.source) &&
        scope.has(r.target) &&
        (areaOf.get(r.source) === areaId) !== (areaOf.get(r.target) === areaId),
    ).length;
    if (crossing)
      diagram.warnings.push(
        `${crossing} relation${crossing === 1 ? '' : 's'} to elements of other areas ${crossing === 1 ? 'is' : 'are'} not shown.`,
      );
    return [{ areaId, name, diagram }];
  });
}

// The elements of the view (or model), without quality measures when asked.
function inScope(doc: RefDocument, options: MermaidOptions, metamodel: Metamodel): Element[] {
  const view = options.viewId === undefined ? undefined : doc.views.find((v) => v.id === options.viewId);
  const elements = view ? elementsInView(doc, view) : doc.elements;
  return options.includeMeasures === false
    ? elements.filter((el) => metamodel.categoryOf(el.type)?.id !== 'quality-measure')
    : elements;
}

type NodeWriter = (el: Element, indent: string) => void;

// Outer subgraphs are the rows of the macro structure, inner ones its columns.
function writeLanes(
  doc: RefDocument,
  elements: Element[],
  ids: (wanted: string) => string,
  node: NodeWriter,
  lines: string[],
): void {
  const rolesOuter = doc.designGoals.laneOrientation !== 'areas-as-rows';
  const outerLanes = rolesOuter ? doc.macroStructure.roles : doc.macroStructure.areas;
  const innerLanes = rolesOuter ? doc.macroStructure.areas : doc.macroStructure.roles;
  const outerKind = rolesOuter ? 'role' : 'area';
  const innerKind = rolesOuter ? 'area' : 'role';
  const outerOf = (el: Element) => (rolesOuter ? el.role : el.area);
  const innerOf = (el: Element) => (rolesOuter ? el.area : el.role);
  const known = (lanes: Lane[]) => new Set(lanes.map((l) => l.id));
  const outerKnown = known(outerLanes);
  const innerKnown = known(innerLanes);

  const writeInner = (members: Element[], prefix: string, indent: string) => {
    for (const lane of innerLanes) {
      const inLane = members.filter((el) => innerOf(el) === lane.id);
      if (!inLane.length) continue;
      lines.push(`${indent}subgraph ${ids(`${prefix}${lane.id}`)}[${mermaidLabel(lane.name)}]`);
      for (const el of inLane) node(el, indent + '  ');
      lines.push(`${indent}end`);
    }
    for (const el of members) if (!innerKnown.has(innerOf(el) ?? '')) node(el, indent);
  };
  for (const lane of outerLanes) {
    const members = elements.filter((el) => outerOf(el) === lane.id);
    if (!members.length) continue;
    lines.push(`  subgraph ${ids(`${outerKind}_${lane.id}`)}[${mermaidLabel(lane.name)}]`);
    writeInner(members, `${lane.id}_`, '    ');
    lines.push('  end');
  }
  writeInner(
    elements.filter((el) => !outerKnown.has(outerOf(el) ?? '')),
    `${innerKind}_`,
    '  ',
  );
}

// classDef colours follow designGoals.colourBy; optional ("?") elements get a dashed border.
function writeClasses(
  doc: RefDocument,
  elements: Element[],
  ids: (wanted: string) => string,
  metamodel: Metamodel,
  lines: string[],
): void {
  const classNames = mermaidIds();
  const groups = new Map<string, { fill: string; members: string[] }>();
  const add = (name: string, fill: string, el: Element) => {
    const group = groups.get(name) ?? { fill, members: [] };
    group.members.push(ids(el.id));
    groups.set(name, group);
  };
  const colourBy = doc.designGoals.colourBy;
  const lanes = new Map(
    (colourBy === 'area' ? doc.macroStructure.areas : doc.macroStructure.roles).map((l) => [l.id, l]),
  );
  for (const el of elements) {
    if (colourBy === 'type') {
      const category = metamodel.categoryOf(el.type);
      if (category) add(classNames(`category_${category.id}`), SHAPE_COLOURS[category.shape], el);
    } else {
      const lane = lanes.get((colourBy === 'area' ? el.area : el.role) ?? '');
      if (lane) add(classNames(`${colourBy}_${lane.id}`), lane.colour.toLowerCase(), el);
    }
  }
  for (const [name, { fill, members }] of groups) {
    lines.push(`  classDef ${name} fill:${fill},stroke:${strokeFor(fill)},color:${textColourOn(fill)}`);
    lines.push(`  class ${members.join(',')} ${name}`);
  }
  const optional = elements.filter((el) => el.optional).map((el) => ids(el.id));
  if (optional.length) {
    const name = classNames('undecided');
    lines.push(`  classDef ${name} stroke-dasharray:4 3`);
    lines.push(`  class ${optional.join(',')} ${name}`);
  }
}
