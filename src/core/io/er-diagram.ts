import type { Metamodel } from '../metamodel/metamodel.ts';
import { crmBpoMetamodel } from '../metamodel/crm-bpo.ts';
import { elementsInView } from '../model/queries.ts';
import type { Element, RefDocument } from '../model/schema.ts';
import { forExport } from '../i18n/localize.ts';
import { estimateWidth } from '../diagram/text.ts';
import { mermaidIds, mermaidLabel, mermaidText } from './mermaid-text.ts';

export interface ErDiagramOptions {
  /** Only the business objects of this view; default: the whole model. */
  viewId?: string | undefined;
  /** Mermaid's erDiagram supports TB, BT, LR and RL: rows of entities for TB/BT, columns for LR/RL. */
  direction?: 'LR' | 'TB' | 'RL' | 'BT' | undefined;
  /** How long a row (TB/BT) or column (LR/RL) of entities may grow, in pixels as mermaid draws them; default 1,800 / 1,400. */
  wrapAt?: number | undefined;
  metamodel?: Metamodel | undefined;
  /** The language of names and descriptions (default: the model's own); a missing translation shows the model's text, marked "[en]". */
  language?: string | undefined;
}

// Words erDiagram reads as cardinalities or statements where an entity name is expected.
const ER_RESERVED = new Set([
  'one',
  'many',
  'to',
  'only',
  'zero',
  'or',
  'optionally',
  'more',
  'style',
  'class',
  'classdef',
  'end',
  'erdiagram',
  'direction',
  'u',
  'pk',
  'fk',
  'uk',
  'subgraph',
]);

// Crow's-foot ends: many parts belong to exactly one whole; references are loose (zero or more both ways).
const RELATIONSHIP: Record<string, string> = { 'belongs-to': '}o--||', 'refers-to': '}o..o{' };

// Mermaid's entity text (14 px), each table column padded on both sides, and the space dagre leaves between entities.
const ER_FONT = { size: 14, weight: 400 };
const COLUMN_PAD = 30;
const ROW_HEIGHT = 42;
const ENTITY_GAP = 80;

/**
 * The business-object model as a Mermaid `erDiagram`: one entity per business object (its type's
 * properties as attributes, set values as comments), `belongs-to` and `refers-to` as labelled relationships.
 * Dagre puts unrelated entities side by side in one row (11,000 px for the shipped model), so the connected
 * groups are packed into rows: invisible subgraphs stacked by the outer direction, each laid out across.
 */
export function toErDiagram(model: RefDocument, options: ErDiagramOptions = {}): string {
  const metamodel = options.metamodel ?? crmBpoMetamodel;
  const { doc } = forExport(model, options.language);
  const view = options.viewId === undefined ? undefined : doc.views.find((v) => v.id === options.viewId);
  const objects = (view ? elementsInView(doc, view) : doc.elements).filter(
    (el) => metamodel.categoryOf(el.type)?.id === 'business-object',
  );
  const allocate = mermaidIds();
  const ids = new Map(
    objects.map((el) => [el.id, allocate(ER_RESERVED.has(el.id.toLowerCase()) ? `entity_${el.id}` : el.id)]),
  );
  const relations = doc.relations.filter((rel) => RELATIONSHIP[rel.type] && ids.has(rel.source) && ids.has(rel.target));

  const across = options.direction === 'LR' || options.direction === 'RL';
  const size = across
    ? (el: Element) => ROW_HEIGHT * Math.max(2, 1 + (metamodel.elementType(el.type)?.properties.length ?? 0))
    : (el: Element) => entityWidth(el, metamodel);
  const rows = packRows(objects, relations, size, options.wrapAt ?? (across ? 1400 : 1800));
  const lines = ['erDiagram'];
  // Rows stack along the outer direction; a row's own direction lays its entities across.
  if (rows.length > 1) lines.push(`  direction ${across ? 'TB' : 'LR'}`);
  else if (options.direction) lines.push(`  direction ${options.direction}`);
  for (const el of objects) {
    const properties = metamodel.elementType(el.type)?.properties ?? [];
    if (!properties.length) {
      lines.push(`  ${ids.get(el.id)}[${mermaidLabel(el.name)}]`);
      continue;
    }
    lines.push(`  ${ids.get(el.id)}[${mermaidLabel(el.name)}] {`);
    for (const def of properties) {
      const value = el.properties[def.key];
      const comment = value === undefined || value === '' ? '' : ` "${mermaidText(String(value))}"`;
      lines.push(`    ${def.kind} ${attributeName(def.key)}${comment}`);
    }
    lines.push('  }');
  }
  if (rows.length > 1) {
    const rowIds = mermaidIds();
    for (const id of ids.values()) rowIds(id);
    // Dagre places unconnected groups last-first, so rows are written in reverse to read in model order.
    for (const row of [...rows].reverse()) {
      const rowId = rowIds(`row_${rows.indexOf(row) + 1}`);
      lines.push(
        `  subgraph ${rowId}[" "]`,
        `    direction ${across ? (options.direction ?? 'LR') : (options.direction ?? 'TB')}`,
      );
      for (const el of row) lines.push(`    ${ids.get(el.id)}`);
      lines.push('  end', `  style ${rowId} fill:none,stroke:none`);
    }
  }
  for (const rel of relations) {
    lines.push(
      `  ${ids.get(rel.source)} ${RELATIONSHIP[rel.type]} ${ids.get(rel.target)} : ${mermaidLabel(rel.label || metamodel.relationType(rel.type)?.label || rel.type)}`,
    );
  }
  return lines.join('\n') + '\n';
}

const attributeName = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '_');

// The drawn width of an entity: its name, or its attribute table of type, name and comment columns.
function entityWidth(el: Element, metamodel: Metamodel): number {
  const properties = metamodel.elementType(el.type)?.properties ?? [];
  const column = (texts: string[]) =>
    texts.some(Boolean) ? Math.max(...texts.map((t) => estimateWidth(t, ER_FONT))) + COLUMN_PAD : 0;
  const table =
    column(properties.map((p) => p.kind)) +
    column(properties.map((p) => attributeName(p.key))) +
    column(properties.map((p) => String(el.properties[p.key] ?? '')));
  return Math.max(estimateWidth(el.name, ER_FONT) + 2 * COLUMN_PAD, table);
}

/** Related entities stay together (a relationship across rows would undo the rows); groups fill rows in model order. */
function packRows(
  objects: Element[],
  relations: { source: string; target: string }[],
  size: (el: Element) => number,
  limit: number,
): Element[][] {
  const root = new Map(objects.map((el) => [el.id, el.id]));
  const find = (id: string): string => {
    const up = root.get(id)!;
    return up === id ? id : find(up);
  };
  for (const rel of relations) root.set(find(rel.source), find(rel.target));
  const groups = new Map<string, Element[]>();
  for (const el of objects) groups.set(find(el.id), [...(groups.get(find(el.id)) ?? []), el]);
  const rows: { members: Element[]; length: number }[] = [];
  for (const group of groups.values()) {
    // A group's length if all its members sat in a line: an upper bound that keeps rows inside the limit.
    const length = group.reduce((sum, el) => sum + size(el) + ENTITY_GAP, 0);
    const last = rows.at(-1);
    if (last && last.length + length <= limit) {
      last.members.push(...group);
      last.length += length;
    } else rows.push({ members: [...group], length });
  }
  return rows.map((r) => r.members);
}
