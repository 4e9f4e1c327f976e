import type { Edge, Node, NodeHandle } from '@xyflow/react';
import { MarkerType, Position } from '@xyflow/react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { Element, RefDocument, Relation, View } from '../../core/model/schema.ts';
import { elementsInView, relationsInView } from '../../core/model/queries.ts';
import { absolutePosition, computeGrid, nodeSize, type Grid } from '../../core/layout/geometry.ts';
import { elementColour } from './colours.ts';
import type { DiffOverlay } from '../../store/workbench.ts';
import { relationDash } from './relation-style.ts';

export interface ElementNodeData extends Record<string, unknown> {
  element: Element;
  typeLabel: string;
  category: string;
  colour: string;
  direction: RefDocument['designGoals']['flowDirection'];
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
export function handleSides(direction: RefDocument['designGoals']['flowDirection']): [target: Position, source: Position] {
  return SIDES[direction];
}

function handleAt(type: 'source' | 'target', position: Position, { width, height }: { width: number; height: number }): NodeHandle {
  const x = position === Position.Left ? 0 : position === Position.Right ? width : width / 2;
  const y = position === Position.Top ? 0 : position === Position.Bottom ? height : height / 2;
  return { type, position, x: x - HANDLE / 2, y: y - HANDLE / 2, width: HANDLE, height: HANDLE };
}

/**
 * Node size, given and as it will measure, and its handles. React Flow renders every node it has not measured,
 * visible or not, and forgets the measurement whenever a node object changes: without these a layout of 500
 * nodes would render all 500.
 */
function nodeGeometry(size: { width: number; height: number }, direction: RefDocument['designGoals']['flowDirection']) {
  const [target, source] = SIDES[direction];
  return { ...size, measured: { ...size }, handles: [handleAt('target', target, size), handleAt('source', source, size)] };
}

/** The lane grid of a view as the canvas draws it. */
export function gridOf(doc: RefDocument, view: View, metamodel: Metamodel): Grid {
  return computeGrid(doc, view, elementsInView(doc, view), (el) => nodeSize(metamodel.elementType(el.type)?.category));
}

/** The React Flow nodes and edges of a view, with the lane grid they sit in. */
export function viewGraph(doc: RefDocument, view: View, metamodel: Metamodel, selected: ReadonlySet<string>, cache: GraphCache, overlay: DiffOverlay | null = null, simple = false): ViewGraph {
  const elements = elementsInView(doc, view);
  const sizeOf = (el: Element) => nodeSize(metamodel.elementType(el.type)?.category);
  const grid = computeGrid(doc, view, elements, sizeOf);
  const direction = doc.designGoals.flowDirection;
  const nodes = elements.map((el) => {
    const rel = view.positions[el.id] ?? { x: 0, y: 0 };
    const position = absolutePosition(grid, el, rel);
    const colour = elementColour(doc, metamodel, el);
    const isSelected = selected.has(el.id);
    return cache.node(el.id, [el, position.x, position.y, colour, isSelected, direction], () => {
      const type = metamodel.elementType(el.type);
      const size = sizeOf(el);
      return {
        id: el.id,
        type: 'element',
        position,
        ...nodeGeometry(size, direction),
        selected: isSelected,
        ariaLabel: `${type?.label ?? el.type} ${el.name}`,
        data: { element: el, typeLabel: type?.label ?? el.type, category: type?.category ?? '', colour, direction },
      };
    });
  });
  if (overlay) nodes.push(...ghostNodes(doc, view, metamodel, grid, overlay, cache));
  const hot = new Set(selected);
  const edges = relationsInView(doc, view).map((rel: Relation) => {
    const isSelected = selected.has(rel.id);
    const showLabel = isSelected || hot.has(rel.source) || hot.has(rel.target);
    const mark = overlay?.marks.get(rel.id);
    return cache.edge(rel.id, [rel, isSelected, showLabel, mark, simple], () => {
      const type = metamodel.relationType(rel.type);
      return {
        id: rel.id,
        source: rel.source,
        target: rel.target,
        type: 'floating',
        selected: isSelected,
        label: showLabel ? rel.label || type?.label || rel.type : undefined,
        ariaLabel: `${rel.source} ${type?.label ?? rel.type} ${rel.target}`,
        className: `edge--${rel.type}${mark ? ` edge--diff-${mark}` : ''}`,
        // Zoomed out, arrowheads are too small to read, and SVG markers are a large part of each pan frame.
        markerEnd: simple ? undefined : { type: MarkerType.ArrowClosed, width: 16, height: 16 },
        style: { strokeDasharray: relationDash(type?.line), strokeWidth: isSelected ? 2.5 : 1.4 },
        data: { relation: rel },
      };
    });
  });
  return { grid, nodes, edges };
}

/** Removed elements of a comparison, ghosted where they stood in the compared state; they cannot be selected or moved. */
function ghostNodes(doc: RefDocument, view: View, metamodel: Metamodel, grid: Grid, overlay: DiffOverlay, cache: GraphCache): ElementNode[] {
  const direction = doc.designGoals.flowDirection;
  return overlay.removed.filter((r) => r.view === view.id).map(({ element, at }) => {
    const position = absolutePosition(grid, element, at);
    return cache.node(`removed:${element.id}`, [element, position.x, position.y, direction], () => {
      const type = metamodel.elementType(element.type);
      const size = nodeSize(type?.category);
      return {
        id: `removed:${element.id}`,
        type: 'element',
        position,
        ...nodeGeometry(size, direction),
        selectable: false,
        draggable: false,
        connectable: false,
        ariaLabel: `Removed: ${type?.label ?? element.type} ${element.name}`,
        data: { element, typeLabel: type?.label ?? element.type, category: type?.category ?? '', colour: '#c62828', direction, removed: true },
      };
    });
  });
}
