import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Element, Point, RefDocument, View } from '../model/schema.ts';
import { elementsInView, relationsInView } from '../model/queries.ts';
import { cellOf, nodeSize } from './geometry.ts';

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
}

const DIRECTION = { LR: 'RIGHT', TB: 'DOWN', RL: 'LEFT', BT: 'UP' } as const;

/**
 * The ELK graph of a view: one compound node per lane cell, laid out separately (layered, in the
 * design goals' flow direction), so the layout respects the macro structure. Edges across cells
 * are left to the canvas.
 */
export function elkGraphOf(doc: RefDocument, view: View, metamodel: Metamodel, options: LayoutOptions = {}): ElkGraph {
  const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
  const cells = new Map<string, ElkGraph>();
  const cellIdOf = new Map<string, string>();
  const elements = elementsInView(doc, view);
  const relations = relationsInView(doc, view);
  for (const el of elements) {
    const { row, column } = cellOf(el, rowsAre);
    cellIdOf.set(el.id, `cell:${row ?? '-'}|${column ?? '-'}`);
  }
  const satellites = satellitesOf(elements, relations, cellIdOf, metamodel);
  const carried = new Set([...satellites.values()].flat().map((e) => e.id));
  for (const el of elements) {
    if (carried.has(el.id)) continue;
    const key = cellIdOf.get(el.id)!;
    let cell = cells.get(key);
    if (!cell) {
      cell = { id: key, layoutOptions: cellOptions(doc, options), children: [], edges: [] };
      cells.set(key, cell);
    }
    const size = nodeSize(metamodel.elementType(el.type)?.category);
    cell.children!.push({ id: el.id, ...withSatellites(size, satellites.get(el.id) ?? [], metamodel) });
  }
  for (const rel of relations) {
    const cell = cellIdOf.get(rel.source);
    if (cell && cell === cellIdOf.get(rel.target) && rel.source !== rel.target && !carried.has(rel.source) && !carried.has(rel.target)) {
      cells.get(cell)!.edges!.push({ id: rel.id, sources: [rel.source], targets: [rel.target] });
    }
  }
  return { id: 'root', layoutOptions: { 'elk.algorithm': 'box' }, children: [...cells.values()] };
}

const SATELLITE_GAP = 10;
const SATELLITES_PER_ROW = 2;

/**
 * Quality measures that measure exactly one process of their own cell travel with it, in rows
 * under it (ARIS calls them satellites): a process and its metrics read as one block.
 */
function satellitesOf(elements: readonly Element[], relations: ReturnType<typeof relationsInView>, cellIdOf: Map<string, string>, metamodel: Metamodel) {
  const byProcess = new Map<string, Element[]>();
  const degree = new Map<string, number>();
  for (const r of relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const byId = new Map(elements.map((e) => [e.id, e]));
  for (const r of relations) {
    const measure = byId.get(r.source);
    if (r.type !== 'measures' || !measure || degree.get(measure.id) !== 1) continue;
    if (metamodel.categoryOf(measure.type)?.id !== 'quality-measure' || cellIdOf.get(measure.id) !== cellIdOf.get(r.target)) continue;
    byProcess.set(r.target, [...(byProcess.get(r.target) ?? []), measure]);
  }
  return byProcess;
}

function withSatellites(size: { width: number; height: number }, satellites: readonly Element[], metamodel: Metamodel) {
  if (satellites.length === 0) return size;
  const s = nodeSize(metamodel.elementType(satellites[0]!.type)?.category);
  const perRow = Math.min(SATELLITES_PER_ROW, satellites.length);
  const rows = Math.ceil(satellites.length / SATELLITES_PER_ROW);
  return {
    width: Math.max(size.width, perRow * s.width + (perRow - 1) * SATELLITE_GAP),
    height: size.height + rows * (s.height + SATELLITE_GAP),
  };
}

/** Positions of a block's satellites, under their process, relative to the block's top-left corner. */
function satellitePositions(block: Point, processHeight: number, satellites: readonly Element[], metamodel: Metamodel): Record<string, Point> {
  const out: Record<string, Point> = {};
  satellites.forEach((el, i) => {
    const s = nodeSize(metamodel.elementType(el.type)?.category);
    const row = Math.floor(i / SATELLITES_PER_ROW);
    const column = i % SATELLITES_PER_ROW;
    out[el.id] = { x: block.x + column * (s.width + SATELLITE_GAP), y: block.y + processHeight + SATELLITE_GAP + row * (s.height + SATELLITE_GAP) };
  });
  return out;
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

/** Cell-relative positions from a laid-out ELK graph, satellites placed under their process. */
export function positionsFromElk(result: ElkGraph, doc: RefDocument, view: View, metamodel: Metamodel): Record<string, Point> {
  const elements = elementsInView(doc, view);
  const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
  const cellIdOf = new Map(elements.map((el) => { const c = cellOf(el, rowsAre); return [el.id, `cell:${c.row ?? '-'}|${c.column ?? '-'}`]; }));
  const satellites = satellitesOf(elements, relationsInView(doc, view), cellIdOf, metamodel);
  const byId = new Map(elements.map((e) => [e.id, e]));
  const positions: Record<string, Point> = {};
  for (const cell of result.children ?? []) {
    for (const node of cell.children ?? []) {
      const at = { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) };
      positions[node.id] = at;
      const carried = satellites.get(node.id);
      const el = byId.get(node.id);
      if (carried && el) Object.assign(positions, satellitePositions(at, nodeSize(metamodel.elementType(el.type)?.category).height, carried, metamodel));
    }
  }
  return positions;
}

/** Lays out a whole view with ELK; returns cell-relative positions for every element it shows. */
export async function layoutView(doc: RefDocument, view: View, metamodel: Metamodel, elk: ElkEngine, options: LayoutOptions = {}) {
  return positionsFromElk(await elk.layout(elkGraphOf(doc, view, metamodel, options)), doc, view, metamodel);
}

/**
 * Places only the elements of a view that have no position yet, below the content of their cell,
 * in rows; manual positions stay as they are. Synchronous and cheap.
 */
export function placeUnpositioned(doc: RefDocument, view: View, metamodel: Metamodel): Record<string, Point> {
  const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
  const bottom = new Map<string, number>();
  const fresh: Element[] = [];
  const key = (el: Element) => { const c = cellOf(el, rowsAre); return `${c.row}|${c.column}`; };
  for (const el of elementsInView(doc, view)) {
    const p = view.positions[el.id];
    if (!p) { fresh.push(el); continue; }
    const size = nodeSize(metamodel.elementType(el.type)?.category);
    bottom.set(key(el), Math.max(bottom.get(key(el)) ?? 0, p.y + size.height + 24));
  }
  const placed: Record<string, Point> = {};
  const cursor = new Map<string, { x: number; y: number; rowHeight: number }>();
  for (const el of fresh) {
    const k = key(el);
    const size = nodeSize(metamodel.elementType(el.type)?.category);
    const c = cursor.get(k) ?? { x: 0, y: bottom.get(k) ?? 0, rowHeight: 0 };
    if (c.x > 0 && c.x + size.width > 3 * 200) { c.x = 0; c.y += c.rowHeight + 24; c.rowHeight = 0; }
    placed[el.id] = { x: c.x, y: c.y };
    c.x += size.width + 24;
    c.rowHeight = Math.max(c.rowHeight, size.height);
    cursor.set(k, c);
  }
  return placed;
}
