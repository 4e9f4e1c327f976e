import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Element, Point, RefDocument, View } from '../model/schema.ts';
import { drawingOf } from '../diagram/drawing.ts';
import { cellOf } from './geometry.ts';

/**
 * Places only the elements of a view that have no position yet, below the content of their cell,
 * in rows; manual positions stay as they are. Synchronous and cheap.
 */
export function placeUnpositioned(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  fold = true,
): Record<string, Point> {
  const drawing = drawingOf(doc, view, metamodel, fold);
  const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
  const bottom = new Map<string, number>();
  const fresh: Element[] = [];
  const key = (el: Element) => {
    const c = cellOf(el, rowsAre);
    return `${c.row}|${c.column}`;
  };
  for (const el of drawing.folding.nodes) {
    const p = view.positions[el.id];
    if (!p) {
      fresh.push(el);
      continue;
    }
    const size = drawing.size(el);
    bottom.set(key(el), Math.max(bottom.get(key(el)) ?? 0, p.y + size.height + 24));
  }
  const placed: Record<string, Point> = {};
  const cursor = new Map<string, { x: number; y: number; rowHeight: number }>();
  for (const el of fresh) {
    const k = key(el);
    const size = drawing.size(el);
    const c = cursor.get(k) ?? { x: 0, y: bottom.get(k) ?? 0, rowHeight: 0 };
    if (c.x > 0 && c.x + size.width > 3 * 200) {
      c.x = 0;
      c.y += c.rowHeight + 24;
      c.rowHeight = 0;
    }
    placed[el.id] = { x: c.x, y: c.y };
    c.x += size.width + 24;
    c.rowHeight = Math.max(c.rowHeight, size.height);
    cursor.set(k, c);
  }
  return placed;
}

/** Room kept between a new element and the ones already in its cell. */
const GAP = 16;

/**
 * Where a new element goes in its cell: at `wanted` (relative to the cell) when no element of the view is there,
 * else just below the elements in the way, so adding a type twice never stacks one node on another.
 */
export function freeSpot(
  elements: readonly Element[],
  view: View,
  cell: { role: string | null; area: string | null },
  wanted: Point,
  size: { width: number; height: number },
  sizeOf: (el: Element) => { width: number; height: number },
): Point {
  const taken = elements
    .filter((e) => e.role === cell.role && e.area === cell.area && view.positions[e.id])
    .map((e) => ({ at: view.positions[e.id]!, size: sizeOf(e) }));
  const spot = { ...wanted };
  for (let tries = 0; tries < taken.length + 1; tries++) {
    const blocking = taken.filter(
      ({ at, size: s }) =>
        spot.x < at.x + s.width + GAP &&
        at.x < spot.x + size.width + GAP &&
        spot.y < at.y + s.height + GAP &&
        at.y < spot.y + size.height + GAP,
    );
    if (blocking.length === 0) return spot;
    spot.y = Math.max(...blocking.map(({ at, size: s }) => at.y + s.height + GAP));
  }
  return spot;
}
