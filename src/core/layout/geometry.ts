import type { Element, Lane, Point, RefDocument, View } from '../model/schema.ts';
import { estimateWidth } from '../diagram/text.ts';

/** Space around the content of each cell, and the headers that label rows and columns. */
export const CELL_PADDING = 24;
export const ROW_HEADER = 44;
export const COLUMN_HEADER = 40;
const MIN_CELL = { width: 220, height: 120 };

/** A lane of the grid as drawn: its id (null for "unassigned"), label, colour and extent along its axis. */
export interface Band {
  id: string | null;
  name: string;
  colour: string;
  start: number;
  size: number;
}

export interface Grid {
  /** Which macro-structure dimension runs along the rows. */
  rowsAre: 'role' | 'area';
  rows: Band[];
  columns: Band[];
  width: number;
  height: number;
}

export type SizeOf = (el: Element) => { width: number; height: number };

/** The cell key of an element: its row lane and column lane ids (null = unassigned). */
export function cellOf(el: Element, rowsAre: Grid['rowsAre']) {
  return rowsAre === 'role' ? { row: el.role, column: el.area } : { row: el.area, column: el.role };
}

/**
 * The lane grid of a view: roles × areas (or the transpose), each lane as wide or tall as its
 * largest cell. Positions in a view are relative to the element's cell, so lanes always contain their elements.
 */
export function computeGrid(
  doc: RefDocument,
  view: View,
  elements: readonly Element[],
  sizeOf: SizeOf,
  only?: { row: string | null; column: string | null },
): Grid {
  const lanes = lanesOf(doc, elements);
  const { rowsAre } = lanes;
  // One cell on its own: just its row and column, even when nothing is left in it.
  const pick = (list: typeof lanes.rowIds, all: readonly Lane[], id: string | null) => {
    const lane = list.find((l) => l.id === id) ?? all.find((l) => l.id === id);
    return [
      lane
        ? { id: lane.id, name: lane.name, colour: lane.colour }
        : { id: null, name: 'Unassigned', colour: '#9aa0a6' },
    ];
  };
  const rowLanes = rowsAre === 'role' ? doc.macroStructure.roles : doc.macroStructure.areas;
  const columnLanes = rowsAre === 'role' ? doc.macroStructure.areas : doc.macroStructure.roles;
  const rowIds = only ? pick(lanes.rowIds, rowLanes, only.row) : lanes.rowIds;
  const columnIds = only ? pick(lanes.columnIds, columnLanes, only.column) : lanes.columnIds;
  // A lane with elements has room to drop more; an empty one is as long as its name needs to be read.
  const used = (axis: 'row' | 'column', id: string | null) => elements.some((e) => cellOf(e, rowsAre)[axis] === id);
  const widths = new Map<string | null, number>(
    columnIds.map((l) => [
      l.id,
      Math.max(used('column', l.id) ? MIN_CELL.width : 0, laneLabelLength(l.name, DETAIL_READABLE)),
    ]),
  );
  const heights = new Map<string | null, number>(
    rowIds.map((l) => [
      l.id,
      Math.max(used('row', l.id) ? MIN_CELL.height : 0, laneLabelLength(l.name, DETAIL_READABLE)),
    ]),
  );
  for (const el of elements) {
    const { row, column } = cellOf(el, rowsAre);
    const p = view.positions[el.id] ?? { x: 0, y: 0 };
    const size = sizeOf(el);
    widths.set(column, Math.max(widths.get(column) ?? 0, p.x + size.width + 2 * CELL_PADDING));
    heights.set(row, Math.max(heights.get(row) ?? 0, p.y + size.height + 2 * CELL_PADDING));
  }
  const columns = stack(columnIds, widths, ROW_HEADER);
  const rows = stack(rowIds, heights, COLUMN_HEADER);
  const last = (bands: Band[]) => bands.at(-1)!;
  return {
    rowsAre,
    rows,
    columns,
    width: last(columns).start + last(columns).size,
    height: last(rows).start + last(rows).size,
  };
}

/** The zoom at which detail names read at 12 px (15 px names). */
const DETAIL_READABLE = 0.8;

/** How long a lane must be, in canvas units, for its name in the headers (12 px bold capitals) to fit at a zoom. */
export function laneLabelLength(name: string, zoom: number): number {
  return Math.max(80, (estimateWidth(name.toUpperCase(), { size: 12, weight: 700 }) + name.length * 0.5 + 16) / zoom);
}

/** The row and column lanes of a grid over some elements, with an "Unassigned" lane where one is needed. */
export function lanesOf(doc: RefDocument, elements: readonly Element[]) {
  const rowsAre: Grid['rowsAre'] = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
  const rowLanes = rowsAre === 'role' ? doc.macroStructure.roles : doc.macroStructure.areas;
  const columnLanes = rowsAre === 'role' ? doc.macroStructure.areas : doc.macroStructure.roles;
  const rowIds = withUnassigned(
    rowLanes,
    elements.some((e) => cellOf(e, rowsAre).row === null),
  );
  const columnIds = withUnassigned(
    columnLanes,
    elements.some((e) => cellOf(e, rowsAre).column === null),
  );
  return { rowsAre, rowIds, columnIds };
}

function withUnassigned(
  lanes: readonly Lane[],
  needed: boolean,
): { id: string | null; name: string; colour: string }[] {
  const list: { id: string | null; name: string; colour: string }[] = lanes.map((l) => ({
    id: l.id,
    name: l.name,
    colour: l.colour,
  }));
  if (needed || list.length === 0) list.push({ id: null, name: 'Unassigned', colour: '#9aa0a6' });
  return list;
}

function stack(
  lanes: { id: string | null; name: string; colour: string }[],
  sizes: Map<string | null, number>,
  offset: number,
): Band[] {
  let start = offset;
  return lanes.map((lane) => {
    const band = { ...lane, start, size: sizes.get(lane.id) ?? 0 };
    start += band.size;
    return band;
  });
}

/** The absolute canvas position of an element whose view position is relative to its cell. */
export function absolutePosition(grid: Grid, el: Element, relative: Point): Point {
  const { row, column } = cellOf(el, grid.rowsAre);
  const r = grid.rows.find((b) => b.id === row) ?? grid.rows[0]!;
  const c = grid.columns.find((b) => b.id === column) ?? grid.columns[0]!;
  return { x: c.start + CELL_PADDING + relative.x, y: r.start + CELL_PADDING + relative.y };
}

/**
 * Where a node dropped at an absolute point lands: the lanes under its centre and its position
 * relative to that cell. Points outside the grid fall into the nearest lane.
 */
export function dropTarget(grid: Grid, topLeft: Point, size: { width: number; height: number }) {
  const centre = { x: topLeft.x + size.width / 2, y: topLeft.y + size.height / 2 };
  const column = nearest(grid.columns, centre.x);
  const row = nearest(grid.rows, centre.y);
  const relative = {
    x: Math.max(0, Math.round(topLeft.x - column.start - CELL_PADDING)),
    y: Math.max(0, Math.round(topLeft.y - row.start - CELL_PADDING)),
  };
  const lanes = grid.rowsAre === 'role' ? { role: row.id, area: column.id } : { role: column.id, area: row.id };
  return { ...lanes, relative };
}

function nearest(bands: Band[], at: number): Band {
  return (
    bands.find((b) => at >= b.start && at < b.start + b.size) ?? (at < bands[0]!.start ? bands[0]! : bands.at(-1)!)
  );
}

/** A box on the canvas: top-left corner and size. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where the line from the centre of `a` towards the centre of `b` leaves `a`'s border. */
export function borderPoint(a: Rect, b: Rect): Point {
  const ax = a.x + a.w / 2;
  const ay = a.y + a.h / 2;
  const dx = b.x + b.w / 2 - ax;
  const dy = b.y + b.h / 2 - ay;
  if (dx === 0 && dy === 0) return { x: ax, y: ay };
  const scale = 1 / Math.max(Math.abs(dx) / (a.w / 2 || 1), Math.abs(dy) / (a.h / 2 || 1));
  return { x: ax + dx * scale, y: ay + dy * scale };
}
