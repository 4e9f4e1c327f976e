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

/**
 * The routes tried between two boxes: each shape as it runs from a side of `a`, then the same shape turned a
 * quarter (from the top or bottom), found by routing between the boxes with their axes swapped and swapping back.
 */
function* candidates(a: Box, b: Box, xs: readonly number[], ys: readonly number[]): Generator<Point[]> {
  for (const shape of [straight, ell, zShape, detour]) {
    yield* shape(a, b, xs, ys);
    for (const points of shape(turn(a), turn(b), ys, xs)) yield points.map(turnPoint);
  }
}

/** A box or point with its axes swapped: a route found for the swapped boxes, swapped back, is the route turned a quarter. */
const turn = (b: Box): Box => ({ x: b.y, y: b.x, w: b.h, h: b.w });
const turnPoint = (p: Point): Point => ({ x: p.y, y: p.x });

type Shape = (a: Box, b: Box, xs: readonly number[], ys: readonly number[]) => Generator<Point[]>;

/** Straight across, where the boxes face each other side to side. */
const straight: Shape = function* (a, b) {
  const overlap = [Math.max(a.y, b.y), Math.min(a.y + a.h, b.y + b.h)] as const;
  if (overlap[1] - overlap[0] < 16) return;
  const y = (overlap[0] + overlap[1]) / 2;
  yield b.x >= a.x + a.w
    ? [
        { x: a.x + a.w, y },
        { x: b.x, y },
      ]
    : [
        { x: a.x, y },
        { x: b.x + b.w, y },
      ];
};

/** An L: out of the side of `a` facing `b`, into the top or bottom of `b`. */
const ell: Shape = function* (a, b) {
  const right = cx(b) >= cx(a);
  const down = cy(b) >= cy(a);
  const beyond = right ? cx(b) >= a.x + a.w : cx(b) <= a.x;
  if (!beyond || !(down ? cy(a) <= b.y : cy(a) >= b.y + b.h)) return;
  yield [
    { x: right ? a.x + a.w : a.x, y: cy(a) },
    { x: cx(b), y: cy(a) },
    { x: cx(b), y: down ? b.y : b.y + b.h },
  ];
};

/** Out of a side of `a` along a vertical channel into a side of `b`: a Z, or a U when both sides face the same way. */
const zShape: Shape = function* (a, b, xs) {
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
};

/** A detour: out of a side of `a` to a channel beside it, along a crossing channel, to a channel beside `b`, into its side. */
const detour: Shape = function* (a, b, _xs, ys) {
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
};

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
