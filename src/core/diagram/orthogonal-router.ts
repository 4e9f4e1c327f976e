import type { Point } from '../model/schema.ts';

/** A node on the canvas: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RouteRequest {
  id: string;
  source: string;
  target: string;
}

/** Free lines the router may run along besides those next to nodes: the gutters between lane cells. */
export interface Channels {
  xs: readonly number[];
  ys: readonly number[];
}

const CLEARANCE = 14;
const BEND = 60;
const HIT = 100_000;
const BUCKET = 160;
const NEAREST = 5;

/**
 * Orthogonal routes for relations between boxes: each tries straight, L, Z and U shapes along free channels
 * (beside every node and along the gutters) and keeps the one that passes under no other node with the fewest
 * bends, then the shortest. Then lines that meet a node on the same side are spread along it. Cheap enough to run
 * on every change of a view of a few hundred nodes.
 */
export function routeOrthogonal(
  boxes: ReadonlyMap<string, Box>,
  requests: readonly RouteRequest[],
  channels: Channels = { xs: [], ys: [] },
): Map<string, Point[]> {
  const index = new BoxIndex(boxes);
  const xs = sortedUnique([
    ...channels.xs,
    ...[...boxes.values()].flatMap((b) => [b.x - CLEARANCE, b.x + b.w + CLEARANCE]),
  ]);
  const ys = sortedUnique([
    ...channels.ys,
    ...[...boxes.values()].flatMap((b) => [b.y - CLEARANCE, b.y + b.h + CLEARANCE]),
  ]);
  const routes = new Map<string, Point[]>();
  for (const req of requests) {
    const a = boxes.get(req.source);
    const b = boxes.get(req.target);
    if (!a || !b || req.source === req.target) continue;
    let best: { points: Point[]; cost: number } | null = null;
    for (const points of candidates(a, b, xs, ys)) {
      const cost = index.hits(points, req.source, req.target) * HIT + (points.length - 2) * BEND + length(points);
      if (!best || cost < best.cost) best = { points, cost };
    }
    if (best) routes.set(req.id, best.points);
  }
  spreadEnds(routes, requests, boxes);
  return routes;
}

const cx = (b: Box) => b.x + b.w / 2;
const cy = (b: Box) => b.y + b.h / 2;

function* candidates(a: Box, b: Box, xs: readonly number[], ys: readonly number[]): Generator<Point[]> {
  const overlapY = [Math.max(a.y, b.y), Math.min(a.y + a.h, b.y + b.h)] as const;
  const overlapX = [Math.max(a.x, b.x), Math.min(a.x + a.w, b.x + b.w)] as const;
  const right = cx(b) >= cx(a);
  const down = cy(b) >= cy(a);
  // Straight, where the boxes face each other.
  if (overlapY[1] - overlapY[0] >= 16) {
    const y = (overlapY[0] + overlapY[1]) / 2;
    yield b.x >= a.x + a.w
      ? [
          { x: a.x + a.w, y },
          { x: b.x, y },
        ]
      : [
          { x: a.x, y },
          { x: b.x + b.w, y },
        ];
  }
  if (overlapX[1] - overlapX[0] >= 16) {
    const x = (overlapX[0] + overlapX[1]) / 2;
    yield b.y >= a.y + a.h
      ? [
          { x, y: a.y + a.h },
          { x, y: b.y },
        ]
      : [
          { x, y: a.y },
          { x, y: b.y + b.h },
        ];
  }
  // L shapes: out of a side, into the top or bottom (or a side) of the other.
  const ax = right ? a.x + a.w : a.x;
  const ay = down ? a.y + a.h : a.y;
  const beyondX = (x: number) => (right ? x >= a.x + a.w : x <= a.x);
  const beyondY = (y: number) => (down ? y >= a.y + a.h : y <= a.y);
  if (beyondX(cx(b)) && (down ? cy(a) <= b.y : cy(a) >= b.y + b.h))
    yield [
      { x: ax, y: cy(a) },
      { x: cx(b), y: cy(a) },
      { x: cx(b), y: down ? b.y : b.y + b.h },
    ];
  if (beyondY(cy(b)) && (right ? cx(a) <= b.x : cx(a) >= b.x + b.w))
    yield [
      { x: cx(a), y: ay },
      { x: cx(a), y: cy(b) },
      { x: right ? b.x : b.x + b.w, y: cy(b) },
    ];
  // Z shapes along a vertical or a horizontal channel, and U shapes out and back along one.
  for (const x of nearest(xs, (cx(a) + cx(b)) / 2)) {
    const from = x >= a.x + a.w ? a.x + a.w : x <= a.x ? a.x : null;
    const to = x <= b.x ? b.x : x >= b.x + b.w ? b.x + b.w : null;
    if (from === null || to === null) continue;
    yield [
      { x: from, y: cy(a) },
      { x, y: cy(a) },
      { x, y: cy(b) },
      { x: to, y: cy(b) },
    ];
  }
  for (const y of nearest(ys, (cy(a) + cy(b)) / 2)) {
    const from = y >= a.y + a.h ? a.y + a.h : y <= a.y ? a.y : null;
    const to = y <= b.y ? b.y : y >= b.y + b.h ? b.y + b.h : null;
    if (from === null || to === null) continue;
    yield [
      { x: cx(a), y: from },
      { x: cx(a), y },
      { x: cx(b), y },
      { x: cx(b), y: to },
    ];
  }
  // Detours: out of a side to a channel, along a crossing channel, to a channel beside the other, into its side.
  for (const y of nearest(ys, (cy(a) + cy(b)) / 2)) {
    for (const exitRight of [true, false]) {
      for (const enterLeft of [true, false]) {
        const x1 = exitRight ? a.x + a.w + CLEARANCE : a.x - CLEARANCE;
        const x2 = enterLeft ? b.x - CLEARANCE : b.x + b.w + CLEARANCE;
        yield [
          { x: exitRight ? a.x + a.w : a.x, y: cy(a) },
          { x: x1, y: cy(a) },
          { x: x1, y },
          { x: x2, y },
          { x: x2, y: cy(b) },
          { x: enterLeft ? b.x : b.x + b.w, y: cy(b) },
        ];
      }
    }
  }
  // The same detours turned a quarter: out of the top or bottom to a channel, along a crossing channel (beside a
  // node in the way, say), to a channel above or below the other, into it; for ends stacked with a node between them.
  for (const x of nearest(xs, (cx(a) + cx(b)) / 2)) {
    for (const exitDown of [true, false]) {
      for (const enterTop of [true, false]) {
        const y1 = exitDown ? a.y + a.h + CLEARANCE : a.y - CLEARANCE;
        const y2 = enterTop ? b.y - CLEARANCE : b.y + b.h + CLEARANCE;
        yield [
          { x: cx(a), y: exitDown ? a.y + a.h : a.y },
          { x: cx(a), y: y1 },
          { x, y: y1 },
          { x, y: y2 },
          { x: cx(b), y: y2 },
          { x: cx(b), y: enterTop ? b.y : b.y + b.h },
        ];
      }
    }
  }
}

function nearest(values: readonly number[], to: number): number[] {
  return [...values].sort((p, q) => Math.abs(p - to) - Math.abs(q - to) || p - q).slice(0, NEAREST);
}

function sortedUnique(values: number[]): number[] {
  return [...new Set(values.map((v) => Math.round(v)))].sort((a, b) => a - b);
}

function length(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++)
    sum += Math.abs(points[i]!.x - points[i - 1]!.x) + Math.abs(points[i]!.y - points[i - 1]!.y);
  return sum;
}

/** Boxes in buckets, for counting the nodes a route passes under. */
class BoxIndex {
  private buckets = new Map<string, string[]>();
  constructor(private boxes: ReadonlyMap<string, Box>) {
    for (const [id, b] of boxes) {
      for (let i = Math.floor(b.x / BUCKET); i <= Math.floor((b.x + b.w) / BUCKET); i++) {
        for (let j = Math.floor(b.y / BUCKET); j <= Math.floor((b.y + b.h) / BUCKET); j++) {
          const key = `${i},${j}`;
          const list = this.buckets.get(key);
          if (list) list.push(id);
          else this.buckets.set(key, [id]);
        }
      }
    }
  }

  /** How many boxes other than the two ends the route's segments cross (its own ends count when entered). */
  hits(points: readonly Point[], source: string, target: string): number {
    const hit = new Set<string>();
    let selfHits = 0;
    for (let s = 1; s < points.length; s++) {
      const p = points[s - 1]!;
      const q = points[s]!;
      const [x0, x1] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
      const [y0, y1] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
      for (let i = Math.floor(x0 / BUCKET); i <= Math.floor(x1 / BUCKET); i++) {
        for (let j = Math.floor(y0 / BUCKET); j <= Math.floor(y1 / BUCKET); j++) {
          for (const id of this.buckets.get(`${i},${j}`) ?? []) {
            const b = this.boxes.get(id)!;
            if (!(x1 > b.x + 1 && x0 < b.x + b.w - 1 && y1 > b.y + 1 && y0 < b.y + b.h - 1)) continue;
            if (id === source || id === target) selfHits += s === 1 || s === points.length - 1 ? 0 : 1;
            else hit.add(id);
          }
        }
      }
    }
    return hit.size + selfHits;
  }
}

// Lines that leave or enter a node on the same side share it evenly instead of meeting in one point.
function spreadEnds(routes: Map<string, Point[]>, requests: readonly RouteRequest[], boxes: ReadonlyMap<string, Box>) {
  const ends = new Map<string, { id: string; first: boolean; along: number }[]>();
  for (const req of requests) {
    const points = routes.get(req.id);
    if (!points || points.length < 3) continue;
    for (const first of [true, false]) {
      const node = first ? req.source : req.target;
      const box = boxes.get(node)!;
      const end = first ? points[0]! : points.at(-1)!;
      const next = first ? points[1]! : points.at(-2)!;
      const vertical = end.x === next.x;
      const side = vertical ? (end.y <= box.y + 0.5 ? 'top' : 'bottom') : end.x <= box.x + 0.5 ? 'left' : 'right';
      const key = `${node}:${side}`;
      const turn = first ? points[2]! : points.at(-3)!;
      ends.set(key, [...(ends.get(key) ?? []), { id: req.id, first, along: vertical ? turn.x : turn.y }]);
    }
  }
  for (const [key, list] of ends) {
    if (list.length < 2) continue;
    const box = boxes.get(key.slice(0, key.lastIndexOf(':')))!;
    const side = key.slice(key.lastIndexOf(':') + 1);
    const horizontalSide = side === 'top' || side === 'bottom';
    list.sort((p, q) => p.along - q.along || p.id.localeCompare(q.id));
    list.forEach((item, i) => {
      const points = routes.get(item.id)!;
      const t = (i + 1) / (list.length + 1);
      const at = horizontalSide ? box.x + box.w * t : box.y + box.h * t;
      const [e, n] = item.first ? [0, 1] : [points.length - 1, points.length - 2];
      if (horizontalSide) {
        points[e] = { ...points[e]!, x: at };
        points[n] = { ...points[n]!, x: at };
      } else {
        points[e] = { ...points[e]!, y: at };
        points[n] = { ...points[n]!, y: at };
      }
    });
  }
}
