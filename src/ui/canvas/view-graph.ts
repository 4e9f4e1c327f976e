import type { Edge, Node, NodeHandle } from '@xyflow/react';
import { MarkerType, Position } from '@xyflow/react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { Element, Point, RefDocument, Relation, View } from '../../core/model/schema.ts';
import { makeRoom } from '../../core/layout/make-room.ts';
import { absolutePosition, CELL_PADDING, cellOf, computeGrid, type Grid } from '../../core/layout/geometry.ts';
import { cellPairs, drawConnectors, planGutters, type Connector } from '../../core/diagram/connectors.ts';
import { cellKey } from '../../core/diagram/process-map.ts';
import type { CellRef } from '../../core/diagram/gutter-router.ts';
import type { Drawing } from '../../core/diagram/drawing.ts';
import { nodeBox, type NodeBox } from '../../core/diagram/node-box.ts';
import type { Box, routeOrthogonal } from '../../core/diagram/orthogonal-router.ts';
import { LARGE_VIEW } from './level-of-detail.ts';
import { messages } from '../i18n/messages.ts';
import { elementColour } from '../../core/diagram/colours.ts';
import type { DiffOverlay } from '../../store/workbench.ts';
import { relationDash } from '../../core/diagram/relation-style.ts';

export interface ElementNodeData extends Record<string, unknown> {
  element: Element;
  typeLabel: string;
  category: string;
  colour: string;
  direction: RefDocument['designGoals']['flowDirection'];
  /** Its text as drawn: type label, name lines, chips and listed measures; the node is sized to hold it. */
  box: NodeBox;
  /** A ghost of an element the compared state had and the open model lacks. */
  removed?: boolean;
}
export type ElementNode = Node<ElementNodeData, 'element'>;

export interface ViewGraph {
  grid: Grid;
  nodes: ElementNode[];
  edges: Edge[];
}

/** Keeps node and edge objects identical between renders when nothing about them changed, so React Flow skips them. */
export class GraphCache {
  private nodes = new Map<string, { key: unknown[]; node: ElementNode }>();
  private edges = new Map<string, { key: unknown[]; edge: Edge }>();

  node(id: string, key: unknown[], make: () => ElementNode): ElementNode {
    const hit = this.nodes.get(id);
    if (hit && sameKey(hit.key, key)) return hit.node;
    const node = make();
    this.nodes.set(id, { key, node });
    return node;
  }

  edge(id: string, key: unknown[], make: () => Edge): Edge {
    const hit = this.edges.get(id);
    if (hit && sameKey(hit.key, key)) return hit.edge;
    const edge = make();
    this.edges.set(id, { key, edge });
    return edge;
  }
}

function sameKey(a: unknown[], b: unknown[]) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

const HANDLE = 9;
const SIDES: Record<RefDocument['designGoals']['flowDirection'], [Position, Position]> = {
  LR: [Position.Left, Position.Right],
  RL: [Position.Right, Position.Left],
  TB: [Position.Top, Position.Bottom],
  BT: [Position.Bottom, Position.Top],
};

/** Which sides of a node relations enter (target) and leave (source) under a flow direction. */
export function handleSides(
  direction: RefDocument['designGoals']['flowDirection'],
): [target: Position, source: Position] {
  return SIDES[direction];
}

function handleAt(
  type: 'source' | 'target',
  position: Position,
  { width, height }: { width: number; height: number },
): NodeHandle {
  const x = position === Position.Left ? 0 : position === Position.Right ? width : width / 2;
  const y = position === Position.Top ? 0 : position === Position.Bottom ? height : height / 2;
  return { type, position, x: x - HANDLE / 2, y: y - HANDLE / 2, width: HANDLE, height: HANDLE };
}

/**
 * Node size, given and as it will measure, and its handles. React Flow renders every node it has not measured,
 * visible or not, and forgets the measurement whenever a node object changes: without these a layout of 500
 * nodes would render all 500.
 */
function nodeGeometry(
  { width, height }: { width: number; height: number },
  direction: RefDocument['designGoals']['flowDirection'],
) {
  const [target, source] = SIDES[direction];
  const size = { width, height };
  return {
    ...size,
    measured: { ...size },
    handles: [handleAt('target', target, size), handleAt('source', source, size)],
  };
}

/** What the detail level draws: the drawing (folding and node boxes), and one cell alone or the whole grid. */
export interface DetailScope {
  drawing: Drawing;
  cell: { row: string | null; column: string | null } | null;
  /** The router, once loaded; until then relations are drawn straight. */
  route?: typeof routeOrthogonal | null;
}

/** The lane grid of a view as the canvas draws it. */
export function gridOf(doc: RefDocument, view: View, scope: DetailScope): Grid {
  return computeGrid(
    doc,
    placedView(view, scope),
    shownElements(scope, doc),
    scope.drawing.size,
    scope.cell ?? undefined,
  );
}

function shownElements(scope: DetailScope, doc: RefDocument): Element[] {
  const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
  const { cell } = scope;
  return cell
    ? scope.drawing.folding.nodes.filter((el) => {
        const c = cellOf(el, rowsAre);
        return c.row === cell.row && c.column === cell.column;
      })
    : scope.drawing.folding.nodes;
}

/** A view's positions as drawn: room made under unfolded measures, then no node left over another. */
function placedView(view: View, scope: DetailScope): View {
  return apart(unfoldedRoom(view, scope), scope);
}

// Nodes drawn larger than they were placed for (names in another language than the layout's) are moved apart.
function apart(view: View, scope: DetailScope): View {
  const nodes = scope.drawing.folding.nodes.flatMap((el) => {
    const at = view.positions[el.id];
    return at ? [{ id: el.id, cell: `${el.role}|${el.area}`, at, size: scope.drawing.size(el) }] : [];
  });
  const moved = makeRoom(nodes);
  return moved.size ? { ...view, positions: { ...view.positions, ...Object.fromEntries(moved) } } : view;
}

/**
 * Room made under processes that list their measures in place: what stood below such a process in its cell,
 * overlapping it sideways, moves down by as much as the process grew.
 */
function unfoldedRoom(view: View, scope: DetailScope): View {
  const grown = scope.drawing.folding.nodes.filter((el) => scope.drawing.box(el).items.length > 0);
  if (!grown.length) return view;
  const positions = { ...view.positions };
  for (const el of grown) {
    const at = view.positions[el.id];
    if (!at) continue;
    const box = scope.drawing.box(el);
    const growth = box.items.reduce((sum, i) => sum + i.lines.length * 17 + 6, 4);
    for (const other of scope.drawing.folding.nodes) {
      const p = positions[other.id];
      if (!p || other.id === el.id || other.role !== el.role || other.area !== el.area) continue;
      const w = scope.drawing.size(other).width;
      if (p.y >= at.y + box.height - growth - 1 && p.x < at.x + box.width && p.x + w > at.x)
        positions[other.id] = { x: p.x, y: p.y + growth };
    }
  }
  return { ...view, positions };
}

/** The React Flow nodes and edges of a view in detail, with the lane grid they sit in; relations are routed around nodes. */
export function viewGraph(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  selected: ReadonlySet<string>,
  cache: GraphCache,
  overlay: DiffOverlay | null,
  scope: DetailScope,
): ViewGraph {
  const elements = shownElements(scope, doc);
  const placed = placedView(view, scope);
  const grid = computeGrid(doc, placed, elements, scope.drawing.size, scope.cell ?? undefined);
  const direction = doc.designGoals.flowDirection;
  const nodes = elements.map((el) => {
    const rel = placed.positions[el.id] ?? { x: 0, y: 0 };
    const position = absolutePosition(grid, el, rel);
    const colour = elementColour(doc, metamodel, el);
    const isSelected = selected.has(el.id);
    const box = scope.drawing.box(el);
    return cache.node(
      el.id,
      [el, position.x, position.y, colour, isSelected, direction, box.height, box.width, box.chipRows.length],
      () => {
        const type = metamodel.elementType(el.type);
        return {
          id: el.id,
          type: 'element',
          position,
          ...nodeGeometry(box, direction),
          selected: isSelected,
          ariaLabel: `${type?.label ?? el.type} ${el.name}`,
          data: {
            element: el,
            typeLabel: type?.label ?? el.type,
            category: type?.category ?? '',
            colour,
            direction,
            box,
          },
        };
      },
    );
  });
  if (overlay) nodes.push(...ghostNodes(doc, view, metamodel, grid, overlay, cache));
  const shown = new Set(elements.map((e) => e.id));
  const inView = scope.drawing.folding.relations.filter((r) => shown.has(r.source) && shown.has(r.target));
  const large = nodes.length > LARGE_VIEW;
  // Relations between cells run together through the gutters as connectors with a count; those of the selection are drawn one by one too.
  const cellOfId = cellRefs(grid, elements);
  const crossing = (r: Relation) => cellOfId.get(r.source)?.key !== cellOfId.get(r.target)?.key;
  const individual = (r: Relation) =>
    large || !crossing(r) || selected.has(r.id) || selected.has(r.source) || selected.has(r.target);
  const relations = inView.filter(individual);
  const connectors = large ? [] : gridConnectors(grid, inView.filter(crossing), cellOfId);
  const routes =
    relations.length && !large && scope.route ? scope.route(boxesOf(nodes), relations) : new Map<string, Point[]>();
  // Relations are announced by the names of their ends, never by ids.
  const names = new Map(elements.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const edges: Edge[] = relations.map((rel: Relation) => {
    const isSelected = selected.has(rel.id);
    const showLabel = isSelected || selected.has(rel.source) || selected.has(rel.target);
    const mark = overlay?.marks.get(rel.id);
    const points = routes.get(rel.id);
    return cache.edge(rel.id, [rel, isSelected, showLabel, mark, points ? JSON.stringify(points) : ''], () => {
      const type = metamodel.relationType(rel.type);
      return {
        id: rel.id,
        source: rel.source,
        target: rel.target,
        type: points ? 'routed' : 'floating',
        selected: isSelected,
        label: showLabel ? rel.label || type?.label || rel.type : undefined,
        ariaLabel: `${nameOf(rel.source)} ${type?.label ?? rel.type} ${nameOf(rel.target)}`,
        className: `edge--${rel.type}${mark ? ` edge--diff-${mark}` : ''}`,
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
        style: { strokeDasharray: relationDash(type?.line), strokeWidth: isSelected ? 2.5 : 1.4 },
        data: { relation: rel, points },
      };
    });
  });
  for (const c of connectors) {
    const first = inView.find((r) => r.id === c.relations[0])!;
    edges.push(
      cache.edge(c.id, [JSON.stringify(c)], () => ({
        id: c.id,
        source: first.source,
        target: first.target,
        type: 'connector',
        zIndex: 0,
        ariaLabel: messages().canvas.connectorLabel(c.relations.length, c.from, c.to),
        data: { connector: c },
      })),
    );
  }
  return { grid, nodes, edges };
}

/** Each element's cell in the grid, by index and key. */
function cellRefs(grid: Grid, elements: readonly Element[]): Map<string, { ref: CellRef; key: string }> {
  const rows = new Map(grid.rows.map((b, i) => [b.id, i]));
  const columns = new Map(grid.columns.map((b, i) => [b.id, i]));
  return new Map(
    elements.map((el) => {
      const c = cellOf(el, grid.rowsAre);
      return [
        el.id,
        { ref: { row: rows.get(c.row) ?? 0, column: columns.get(c.column) ?? 0 }, key: cellKey(c.row, c.column) },
      ];
    }),
  );
}

/** Connectors through the lane boundaries of the detail grid: every node keeps the cell padding free around it. */
function gridConnectors(
  grid: Grid,
  relations: readonly Relation[],
  cellOfId: Map<string, { ref: CellRef; key: string }>,
): Connector[] {
  if (!relations.length) return [];
  const lines = (bands: Grid['columns']) => [...bands.map((b) => b.start), bands.at(-1)!.start + bands.at(-1)!.size];
  const lineAt = { v: lines(grid.columns), h: lines(grid.rows) };
  const plan = planGutters(
    cellPairs(relations, (id) => cellOfId.get(id)),
    lineAt.v,
    lineAt.h,
  );
  const rect = (ref: CellRef) => {
    const c = grid.columns[ref.column]!;
    const r = grid.rows[ref.row]!;
    return {
      x: c.start + CELL_PADDING,
      y: r.start + CELL_PADDING,
      w: c.size - 2 * CELL_PADDING,
      h: r.size - 2 * CELL_PADDING,
    };
  };
  return drawConnectors(plan, {
    lineAt,
    rect,
    spacing: (_, n) => Math.min(8, (2 * CELL_PADDING - 8) / Math.max(1, n)),
  });
}

function boxesOf(nodes: readonly ElementNode[]): Map<string, Box> {
  return new Map(nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y, w: n.width ?? 0, h: n.height ?? 0 }]));
}

/** Removed elements of a comparison, ghosted where they stood in the compared state; they cannot be selected or moved. */
function ghostNodes(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  grid: Grid,
  overlay: DiffOverlay,
  cache: GraphCache,
): ElementNode[] {
  const direction = doc.designGoals.flowDirection;
  return overlay.removed
    .filter((r) => r.view === view.id)
    .map(({ element, at }) => {
      const position = absolutePosition(grid, element, at);
      return cache.node(`removed:${element.id}`, [element, position.x, position.y, direction], () => {
        const type = metamodel.elementType(element.type);
        const size = nodeBox(
          {
            category: type?.category ?? '',
            typeLabel: type?.label ?? element.type,
            name: element.name,
            optional: element.optional,
          },
          null,
          false,
        );
        return {
          id: `removed:${element.id}`,
          type: 'element',
          position,
          ...nodeGeometry(size, direction),
          selectable: false,
          draggable: false,
          connectable: false,
          ariaLabel: messages().canvas.removedLabel(`${type?.label ?? element.type} ${element.name}`),
          data: {
            element,
            typeLabel: type?.label ?? element.type,
            category: type?.category ?? '',
            colour: '#c62828',
            direction,
            box: size,
            removed: true,
          },
        };
      });
    });
}
