import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Point, RefDocument, View } from '../model/schema.ts';
import { drawingOf } from '../diagram/drawing.ts';
import { cellOf } from './geometry.ts';

/** The part of elkjs the layout needs; the browser passes a worker-backed ELK, Node the bundled one. */
export interface ElkEngine {
  layout(graph: ElkGraph): Promise<ElkGraph>;
}
export interface ElkGraph {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkGraph[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
}

export interface LayoutOptions {
  /** Thoroughness 1 instead of 7: about twice as fast, for large views. */
  fast?: boolean;
  /** Lay out the folded drawing (the default) or every element. */
  fold?: boolean;
}

const DIRECTION = { LR: 'RIGHT', TB: 'DOWN', RL: 'LEFT', BT: 'UP' } as const;

/**
 * The ELK graph of a view: one compound node per lane cell, laid out separately (layered, in the
 * design goals' flow direction), so the layout respects the macro structure. Only the nodes drawn are laid out
 * (satellites folded into their processes take no place), each at the size its text needs.
 */
export function elkGraphOf(doc: RefDocument, view: View, metamodel: Metamodel, options: LayoutOptions = {}): ElkGraph {
  const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
  const drawing = drawingOf(doc, view, metamodel, options.fold ?? true);
  const cells = new Map<string, ElkGraph>();
  const cellIdOf = new Map<string, string>();
  for (const el of drawing.folding.nodes) {
    const { row, column } = cellOf(el, rowsAre);
    const key = `cell:${row ?? '-'}|${column ?? '-'}`;
    cellIdOf.set(el.id, key);
    let cell = cells.get(key);
    if (!cell) {
      cell = { id: key, layoutOptions: cellOptions(doc, options), children: [], edges: [] };
      cells.set(key, cell);
    }
    const { width, height } = drawing.size(el);
    cell.children!.push({ id: el.id, width, height });
  }
  for (const rel of drawing.folding.relations) {
    const cell = cellIdOf.get(rel.source);
    if (cell && cell === cellIdOf.get(rel.target) && rel.source !== rel.target) {
      cells.get(cell)!.edges!.push({ id: rel.id, sources: [rel.source], targets: [rel.target] });
    }
  }
  return { id: 'root', layoutOptions: { 'elk.algorithm': 'box' }, children: [...cells.values()] };
}

function cellOptions(doc: RefDocument, options: LayoutOptions): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': DIRECTION[doc.designGoals.flowDirection],
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    'elk.spacing.nodeNode': '24',
    'elk.layered.spacing.nodeNodeBetweenLayers': '48',
    'elk.spacing.componentComponent': '28',
    'elk.aspectRatio': '2.2',
    'elk.layered.thoroughness': options.fast ? '1' : '7',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  };
}

/** Cell-relative positions from a laid-out ELK graph. */
export function positionsFromElk(result: ElkGraph): Record<string, Point> {
  const positions: Record<string, Point> = {};
  for (const cell of result.children ?? []) {
    for (const node of cell.children ?? [])
      positions[node.id] = { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) };
  }
  return positions;
}

/** Lays out a whole view with ELK; returns cell-relative positions for every element it shows. */
export async function layoutView(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  elk: ElkEngine,
  options: LayoutOptions = {},
) {
  return positionsFromElk(await elk.layout(elkGraphOf(doc, view, metamodel, options)));
}
