import type { Point } from '../model/schema.ts';

/** A cell of the lane grid by its row and column index. */
export interface CellRef {
  row: number;
  column: number;
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** A route in grid terms: the side it leaves by, the gutter lines it runs along, and the side it enters by. */
export interface GutterRoute {
  exit: Side;
  /** Gutter lines in order: vertical line i lies left of column i, horizontal line j above row j. */
  lines: { axis: 'v' | 'h'; index: number }[];
  enter: Side;
}

const BEND = 1000;

/**
 * The route between two cells through the gutters of a rows × columns grid with the fewest bends, then the
 * shortest: straight across a shared gutter between neighbours, otherwise along gutter lines, never through a cell.
 * `colLines`/`rowLines` give each gutter line's position (columns + 1 and rows + 1) for the length tie-break;
 * `penalty` adds a cost per route, such as its crossings with routes already taken.
 */
export function routeBetween(
  a: CellRef,
  b: CellRef,
  colLines: readonly number[],
  rowLines: readonly number[],
  penalty: (route: GutterRoute) => number = () => 0,
): GutterRoute {
  const straight = neighbourRoute(a, b);
  if (straight) return straight;
  let best: { route: GutterRoute; cost: number } | null = null;
  for (const route of candidates(a, b, colLines.length - 1, rowLines.length - 1)) {
    const cost = costOf(route, a, b, colLines, rowLines) + penalty(route);
    if (!best || cost < best.cost) best = { route, cost };
  }
  return best!.route;
}

/**
 * Every route between two cells with at most one bend more than the fewest: the straight route between neighbours,
 * otherwise the gutter routes a search for fewer crossings may choose from.
 */
export function routeCandidates(a: CellRef, b: CellRef, columns: number, rows: number): GutterRoute[] {
  const straight = neighbourRoute(a, b);
  if (straight) return [straight];
  const all = [...candidates(a, b, columns, rows)];
  const fewest = Math.min(...all.map((r) => r.lines.length));
  return all.filter((r) => r.lines.length <= fewest + 1);
}

// Neighbours face each other across one gutter: straight across it.
function neighbourRoute(a: CellRef, b: CellRef): GutterRoute | null {
  if (a.row === b.row && Math.abs(a.column - b.column) === 1) {
    const right = b.column > a.column;
    return { exit: right ? 'right' : 'left', lines: [], enter: right ? 'left' : 'right' };
  }
  if (a.column === b.column && Math.abs(a.row - b.row) === 1) {
    const down = b.row > a.row;
    return { exit: down ? 'bottom' : 'top', lines: [], enter: down ? 'top' : 'bottom' };
  }
  return null;
}

/** The gutter line a side of a cell faces. */
export function lineOfSide(cell: CellRef, side: Side): { axis: 'v' | 'h'; index: number } {
  if (side === 'left') return { axis: 'v', index: cell.column };
  if (side === 'right') return { axis: 'v', index: cell.column + 1 };
  if (side === 'top') return { axis: 'h', index: cell.row };
  return { axis: 'h', index: cell.row + 1 };
}

const SIDES: Side[] = ['left', 'right', 'top', 'bottom'];

// Every route runs along gutter lines only, so it can never cross a cell: one line when both sides face it, two as an
// L, or three (out to a line, along a crossing one, into a line parallel to the first).
function* candidates(a: CellRef, b: CellRef, columns: number, rows: number): Generator<GutterRoute> {
  for (const exit of SIDES) {
    for (const enter of SIDES) {
      const la = lineOfSide(a, exit);
      const lb = lineOfSide(b, enter);
      if (la.axis !== lb.axis) yield { exit, lines: [la, lb], enter };
      else if (la.index === lb.index) yield { exit, lines: [la], enter };
      else {
        const count = la.axis === 'v' ? rows : columns;
        for (let k = 0; k <= count; k++)
          yield { exit, lines: [la, { axis: la.axis === 'v' ? 'h' : 'v', index: k }, lb], enter };
      }
    }
  }
}

function costOf(
  route: GutterRoute,
  a: CellRef,
  b: CellRef,
  colLines: readonly number[],
  rowLines: readonly number[],
): number {
  const pts = skeleton(route, a, b, colLines, rowLines);
  let length = 0;
  for (let i = 1; i < pts.length; i++)
    length += Math.abs(pts[i]!.x - pts[i - 1]!.x) + Math.abs(pts[i]!.y - pts[i - 1]!.y);
  // Outer gutters run around the grid: a detour that readers' eyes must follow.
  const outer = route.lines.filter(
    (l) => l.index === 0 || l.index === (l.axis === 'v' ? colLines.length - 1 : rowLines.length - 1),
  ).length;
  return route.lines.length * 2 * BEND + length + outer * 400;
}

/** The route's centre-line points, from the middle of the exit side to the middle of the entry side. */
export function skeleton(
  route: GutterRoute,
  a: CellRef,
  b: CellRef,
  colLines: readonly number[],
  rowLines: readonly number[],
): Point[] {
  const mid = (cell: CellRef, side: Side): Point => {
    const x0 = colLines[cell.column]!;
    const x1 = colLines[cell.column + 1]!;
    const y0 = rowLines[cell.row]!;
    const y1 = rowLines[cell.row + 1]!;
    if (side === 'left') return { x: x0, y: (y0 + y1) / 2 };
    if (side === 'right') return { x: x1, y: (y0 + y1) / 2 };
    if (side === 'top') return { x: (x0 + x1) / 2, y: y0 };
    return { x: (x0 + x1) / 2, y: y1 };
  };
  const at = (line: { axis: 'v' | 'h'; index: number }, next: { axis: 'v' | 'h'; index: number }): Point =>
    line.axis === 'v'
      ? { x: colLines[line.index]!, y: rowLines[next.index]! }
      : { x: colLines[next.index]!, y: rowLines[line.index]! };
  const corners = route.lines.slice(1).map((next, i) => at(route.lines[i]!, next));
  return [mid(a, route.exit), ...corners, mid(b, route.enter)];
}
