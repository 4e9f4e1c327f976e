import type { Point } from '../model/schema.ts';
import { routeBetween, routeCandidates, skeleton, type CellRef, type GutterRoute, type Side } from './gutter-router.ts';

/** The relations between two cells, drawn as one line through the gutters, with their count. */
export interface Connector {
  id: string;
  /** Cell keys; `from` comes first in reading order. */
  from: string;
  to: string;
  relations: string[];
  /** How many relations run from → to, and to → from. */
  forward: number;
  backward: number;
  points: Point[];
  label: Point;
}

/** Relations between one pair of cells, `a` first in reading order. */
export interface CellPair {
  a: CellRef;
  b: CellRef;
  from: string;
  to: string;
  relations: string[];
  forward: number;
  backward: number;
}

type Rect = { x: number; y: number; w: number; h: number };

/** Where the gutter lines lie, the free area of each cell, and how far apart the tracks of a line carrying n lines are. */
export interface GutterGeometry {
  lineAt: Record<'v' | 'h', number[]>;
  rect: (ref: CellRef) => Rect;
  spacing: (line: string, count: number) => number;
}

/** Groups relations between cells into one pair per two cells; `refOf` gives an element's cell and key. */
export function cellPairs(
  relations: readonly { id: string; source: string; target: string }[],
  refOf: (id: string) => { ref: CellRef; key: string } | undefined,
): CellPair[] {
  const pairs = new Map<string, CellPair>();
  for (const rel of relations) {
    const s = refOf(rel.source);
    const t = refOf(rel.target);
    if (!s || !t || s.key === t.key) continue;
    const forward = s.ref.row < t.ref.row || (s.ref.row === t.ref.row && s.ref.column < t.ref.column);
    const [a, b] = forward ? [s, t] : [t, s];
    const id = `${a.key}>${b.key}`;
    const pair = pairs.get(id) ?? {
      a: a.ref,
      b: b.ref,
      from: a.key,
      to: b.key,
      relations: [],
      forward: 0,
      backward: 0,
    };
    pair.relations.push(rel.id);
    if (forward) pair.forward++;
    else pair.backward++;
    pairs.set(id, pair);
  }
  return [...pairs.values()];
}

/** A routing of pairs through the gutters, with a track for each line on each gutter line it runs along. */
export interface GutterPlan {
  routed: (CellPair & { id: string; route: GutterRoute })[];
  /** Lines per gutter line, keyed "v2" or "h1". */
  count: Map<string, number>;
  /** Each line's track on a gutter line, keyed "v2:<id>". */
  track: Map<string, number>;
}

/** Routes each pair with the fewest bends, then gives lines sharing a stretch of a gutter their own tracks. */
export function planGutters(
  pairs: readonly CellPair[],
  colCentres: readonly number[],
  rowCentres: readonly number[],
): GutterPlan {
  // Bundles with the most relations choose first; each later one pays for every line it would cross.
  const taken: Point[][] = [];
  const routed: GutterPlan['routed'] = [];
  for (const p of [...pairs].sort(
    (x, y) => y.relations.length - x.relations.length || x.from.localeCompare(y.from) || x.to.localeCompare(y.to),
  )) {
    const route = routeBetween(p.a, p.b, colCentres, rowCentres, (r) => {
      const line = probe(r, p, colCentres, rowCentres);
      return CROSSING * taken.filter((t) => crossesPath(line, t)).length;
    });
    taken.push(probe(route, p, colCentres, rowCentres));
    routed.push({ ...p, id: `connector:${p.from}>${p.to}`, route });
  }
  return withTracks(routed, colCentres, rowCentres);
}

/**
 * The plan whose drawing crosses least: from planGutters' routes, each connector that crosses another tries its
 * other routes (at most one bend more) and keeps the one that lowers the drawing's crossings, then its bends,
 * until no change helps. `draw` turns a plan into connectors in the final geometry, so tracks and slots count too.
 */
export function leastCrossingPlan(
  pairs: readonly CellPair[],
  colCentres: readonly number[],
  rowCentres: readonly number[],
  paths: (plan: GutterPlan) => Point[][],
): GutterPlan {
  let plan = planGutters(pairs, colCentres, rowCentres);
  let lines = paths(plan);
  let score = scoreOf(lines);
  const [columns, rows] = [colCentres.length - 1, rowCentres.length - 1];
  // Centre lines of the routes as planned now; a kept change replaces its own.
  const probes = plan.routed.map((o) => probe(o.route, o, colCentres, rowCentres));
  for (let round = 0; round < ROUNDS && score.crossings > 0; round++) {
    let changed = false;
    for (let i = 0; i < plan.routed.length; i++) {
      if (!lines.some((line, k) => k !== i && crossesPath(line, lines[i]!))) continue;
      const r = plan.routed[i]!;
      // Drawing is the costly part: only the few routes whose centre lines cross the others least are drawn.
      const others = probes.filter((_, k) => k !== i);
      const shortlist = routeCandidates(r.a, r.b, columns, rows)
        .filter((route) => !sameRoute(route, r.route))
        .map((route) => {
          const line = probe(route, r, colCentres, rowCentres);
          return { route, cost: others.filter((o) => crossesPath(line, o)).length * 10 + route.lines.length };
        })
        .sort((x, y) => x.cost - y.cost)
        .slice(0, SHORTLIST);
      for (const { route } of shortlist) {
        const routed = plan.routed.map((x, k) => (k === i ? { ...x, route } : x));
        const next = withTracks(routed, colCentres, rowCentres);
        const drawn = paths(next);
        const nextScore = scoreOf(drawn);
        if (better(nextScore, score)) {
          [plan, lines, score, changed] = [next, drawn, nextScore, true];
          probes[i] = probe(route, r, colCentres, rowCentres);
        }
      }
    }
    if (!changed) break;
  }
  return plan;
}

const ROUNDS = 2;
const SHORTLIST = 6;

type Score = { crossings: number; bends: number };
const scoreOf = (lines: readonly Point[][]): Score => ({
  crossings: crossingPairs(lines),
  bends: lines.reduce((sum, line) => sum + line.length - 2, 0),
});
const better = (a: Score, b: Score) => a.crossings < b.crossings || (a.crossings === b.crossings && a.bends < b.bends);
const sameRoute = (p: GutterRoute, q: GutterRoute) =>
  p.exit === q.exit &&
  p.enter === q.enter &&
  p.lines.length === q.lines.length &&
  p.lines.every((l, i) => l.axis === q.lines[i]!.axis && l.index === q.lines[i]!.index);

/** Pairs of lines that cross properly, as a reader counts them. */
export function crossingPairs(lines: readonly (readonly Point[])[]): number {
  // Lines whose boxes do not overlap cannot cross: most pairs end there, without walking their segments.
  const boxes = lines.map(boxOf);
  let n = 0;
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++)
      if (boxesMeet(boxes[i]!, boxes[j]!) && segmentsCross(lines[i]!, lines[j]!)) n++;
  return n;
}

// Lines sharing a stretch of a gutter line get their own tracks, ordered to cross least.
function withTracks(
  routed: GutterPlan['routed'],
  colCentres: readonly number[],
  rowCentres: readonly number[],
): GutterPlan {
  const count = new Map<string, number>();
  const track = new Map<string, number>();
  const stretches = new Map<string, Stretch[]>();
  for (const r of routed) {
    const points = skeleton(r.route, r.a, r.b, colCentres, rowCentres);
    const lines = r.route.lines;
    lines.forEach((line, i) => {
      const along = (p: Point) => (line.axis === 'v' ? p.y : p.x);
      const across = (p: Point) => (line.axis === 'v' ? p.x : p.y);
      // Which side of the line each end turns to: towards lower (-1) or higher (+1) coordinates across it.
      const sideAt = (end: 'start' | 'end'): number => {
        const first = end === 'start';
        if (first ? i === 0 : i === lines.length - 1)
          return first
            ? r.route.exit === 'right' || r.route.exit === 'bottom'
              ? -1
              : 1
            : r.route.enter === 'left' || r.route.enter === 'top'
              ? 1
              : -1;
        const here = points[first ? i : i + 1]!;
        const beyond = points[first ? i - 1 : i + 2]!;
        return Math.sign(across(beyond) - across(here)) || 1;
      };
      const a = points[i]!;
      const b = points[i + 1]!;
      const ends: StretchEnd[] = [
        { at: along(a), side: sideAt('start') },
        { at: along(b), side: sideAt('end') },
      ];
      const key = `${line.axis}${line.index}`;
      const stretch = { id: r.id, from: Math.min(along(a), along(b)), to: Math.max(along(a), along(b)), ends };
      const list = stretches.get(key);
      if (list) list.push(stretch);
      else stretches.set(key, [stretch]);
    });
  }
  for (const [key, list] of stretches) {
    const order = orderTracks(list);
    const placed: { s: Stretch; t: number }[] = [];
    for (const s of order) {
      // Below every earlier line it overlaps, so the order holds; lines that do not overlap share a track.
      const t = Math.max(-1, ...placed.filter((p) => overlaps(p.s, s)).map((p) => p.t)) + 1;
      placed.push({ s, t });
      track.set(`${key}:${s.id}`, t);
    }
    count.set(key, Math.max(0, ...placed.map((p) => p.t + 1)));
  }
  return { routed, count, track };
}

interface StretchEnd {
  at: number;
  side: number;
}
/** A connector's run along one gutter line, and where and to which side it turns at each end. */
interface Stretch {
  id: string;
  from: number;
  to: number;
  ends: StretchEnd[];
}

const overlaps = (p: Stretch, q: Stretch) => p.from < q.to && q.from < p.to;

/** Crossings between two runs on one line when `low` takes the track nearer the line's low side. */
function crossings(low: Stretch, high: Stretch): number {
  let n = 0;
  for (const e of high.ends) if (e.side < 0 && e.at > low.from && e.at < low.to) n++;
  for (const e of low.ends) if (e.side > 0 && e.at > high.from && e.at < high.to) n++;
  return n;
}

/** The order of runs across a gutter, from its low side: each run goes where it crosses the fewest of those placed. */
function orderTracks(list: readonly Stretch[]): Stretch[] {
  const order: Stretch[] = [];
  for (const s of [...list].sort((p, q) => p.from - q.from || q.to - p.to || p.id.localeCompare(q.id))) {
    // Placed at `at`, s crosses the runs before it as the high one and the runs after it as the low one.
    const below = order.map((q) => (overlaps(q, s) ? crossings(q, s) : 0));
    const above = order.map((q) => (overlaps(q, s) ? crossings(s, q) : 0));
    let cost = above.reduce((sum, c) => sum + c, 0);
    let best = { at: 0, cost };
    for (let at = 1; at <= order.length; at++) {
      cost += below[at - 1]! - above[at - 1]!;
      if (cost < best.cost) best = { at, cost };
    }
    order.splice(best.at, 0, s);
  }
  return order;
}

const CROSSING = 1500;

/** A route's centre line with its ends pulled into the cells, so the stubs out of the cells can cross too. */
function probe(
  route: GutterRoute,
  pair: CellPair,
  colCentres: readonly number[],
  rowCentres: readonly number[],
): Point[] {
  const points = skeleton(route, pair.a, pair.b, colCentres, rowCentres);
  const inward = (p: Point, side: Side, sign: number): Point =>
    side === 'left' || side === 'right'
      ? { x: p.x + (side === 'left' ? 1 : -1) * sign * 30, y: p.y }
      : { x: p.x, y: p.y + (side === 'top' ? 1 : -1) * sign * 30 };
  return [inward(points[0]!, route.exit, 1), ...points, inward(points.at(-1)!, route.enter, 1)];
}

/** Whether two orthogonal polylines cross properly (not just touch or run along each other). */
function crossesPath(a: readonly Point[], b: readonly Point[]): boolean {
  return boxesMeet(boxOf(a), boxOf(b)) && segmentsCross(a, b);
}

type Box = { x0: number; y0: number; x1: number; y1: number };

function boxOf(line: readonly Point[]): Box {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const p of line) {
    box.x0 = Math.min(box.x0, p.x);
    box.y0 = Math.min(box.y0, p.y);
    box.x1 = Math.max(box.x1, p.x);
    box.y1 = Math.max(box.y1, p.y);
  }
  return box;
}

// A proper crossing lies strictly inside both lines' boxes.
const boxesMeet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function segmentsCross(a: readonly Point[], b: readonly Point[]): boolean {
  for (let i = 1; i < a.length; i++) {
    const p = a[i - 1]!;
    const q = a[i]!;
    const pv = p.x === q.x;
    for (let j = 1; j < b.length; j++) {
      const r = b[j - 1]!;
      const s = b[j]!;
      if (pv === (r.x === s.x)) continue;
      const v0 = pv ? p : r;
      const v1 = pv ? q : s;
      const h0 = pv ? r : p;
      const h1 = pv ? s : q;
      if (
        v0.x > Math.min(h0.x, h1.x) &&
        v0.x < Math.max(h0.x, h1.x) &&
        h0.y > Math.min(v0.y, v1.y) &&
        h0.y < Math.max(v0.y, v1.y)
      )
        return true;
    }
  }
  return false;
}

/** The connectors of a plan drawn in a geometry: points from cell to cell along the tracks, and a free spot for each count. */
export function drawConnectors(
  plan: GutterPlan,
  geometry: GutterGeometry,
  /** What a count must not cover: the boxes and count rows in the cells. */
  obstacles: readonly LabelBox[] = [],
): Connector[] {
  const paths = connectorPaths(plan, geometry);
  const labels = labelPoints(
    paths,
    plan.routed.map((c) => c.relations.length),
    obstacles,
  );
  return plan.routed.map((c, i) => {
    const points = paths[i]!;
    const label = labels[i]!;
    return {
      id: c.id,
      from: c.from,
      to: c.to,
      relations: c.relations,
      forward: c.forward,
      backward: c.backward,
      points,
      label,
    };
  });
}

/** The lines of a plan's connectors in a geometry, in the order of `plan.routed`. */
export function connectorPaths(plan: GutterPlan, geometry: GutterGeometry): Point[][] {
  const at = (line: { axis: 'v' | 'h'; index: number }, id: string) => {
    const key = `${line.axis}${line.index}`;
    const n = plan.count.get(key) ?? 1;
    return (
      geometry.lineAt[line.axis][line.index]! +
      ((plan.track.get(`${key}:${id}`) ?? 0) - (n - 1) / 2) * geometry.spacing(key, n)
    );
  };
  // Each connector's position on each gutter line it runs along, worked out once.
  const tracks = plan.routed.map((c) => c.route.lines.map((line) => at(line, c.id)));
  const slots = sideSlots(plan.routed, geometry.rect, tracks);
  return plan.routed.map((c, k) => polyline(c.route, slots.a[k]!, slots.b[k]!, (i) => tracks[k]![i]!));
}

/**
 * Where each connector meets its cells: the connectors on one side share it evenly, ordered by where they head,
 * so they fan out without crossing. A connector between neighbours is straight, so both its ends share one place.
 */
function sideSlots(
  routed: { id: string; route: GutterRoute; a: CellRef; b: CellRef }[],
  rect: (ref: CellRef) => Rect,
  tracks: readonly (readonly number[])[],
): Record<'a' | 'b', Point[]> {
  type End = { k: number; end: 'a' | 'b'; key: string; towards: number };
  // Slots by connector and end (the planner asks for them for every candidate plan, so no keyed lookups).
  const bySide = new Map<string, { ref: CellRef; side: Side; list: End[] }>();
  const along = (side: Side) => side === 'left' || side === 'right';
  routed.forEach((c, k) => {
    for (const end of ['a', 'b'] as const) {
      const ref = c[end];
      const side = end === 'a' ? c.route.exit : c.route.enter;
      const other = end === 'a' ? c.b : c.a;
      // Heading: the position of the turn after the gutter, or the other cell's centre.
      const lines = c.route.lines.length;
      const next = end === 'a' ? 1 : lines - 2;
      const r = rect(other);
      let towards = along(side) ? r.y + r.h / 2 : r.x + r.w / 2;
      if (lines >= 2) towards = tracks[k]![next]!;
      const sideKey = `${ref.row},${ref.column},${side}`;
      let group = bySide.get(sideKey);
      if (!group) bySide.set(sideKey, (group = { ref, side, list: [] }));
      group.list.push({ k, end, key: `${c.id}:${end}`, towards });
    }
  });
  const out: Record<'a' | 'b', Point[]> = { a: [], b: [] };
  for (const { ref, side, list } of bySide.values()) {
    const r = rect(ref);
    list.sort((p, q) => p.towards - q.towards || p.key.localeCompare(q.key));
    list.forEach((item, i) => {
      const t = (i + 1) / (list.length + 1);
      out[item.end][item.k] = along(side)
        ? { x: side === 'left' ? r.x : r.x + r.w, y: r.y + r.h * (0.15 + 0.7 * t) }
        : { x: r.x + r.w * (0.15 + 0.7 * t), y: side === 'top' ? r.y : r.y + r.h };
    });
  }
  // Neighbours: both ends at the middle of the two slots, so the line is straight.
  routed.forEach((c, k) => {
    if (c.route.lines.length) return;
    const a = out.a[k]!;
    const b = out.b[k]!;
    if (along(c.route.exit)) {
      const y = (a.y + b.y) / 2;
      out.a[k] = { x: a.x, y };
      out.b[k] = { x: b.x, y };
    } else {
      const x = (a.x + b.x) / 2;
      out.a[k] = { x, y: a.y };
      out.b[k] = { x, y: b.y };
    }
  });
  return out;
}

// From the exit slot into the first gutter track, along the tracks, and out of the last one into the entry slot.
function polyline(route: GutterRoute, start: Point, end: Point, track: (i: number) => number): Point[] {
  const points: Point[] = [start];
  const lines = route.lines;
  lines.forEach((line, i) => {
    const pos = track(i);
    const from = points.at(-1)!;
    points.push(line.axis === 'v' ? { x: pos, y: from.y } : { x: from.x, y: pos });
    const next = lines[i + 1];
    if (next) {
      const nextPos = track(i + 1);
      points.push(line.axis === 'v' ? { x: pos, y: nextPos } : { x: nextPos, y: pos });
    } else points.push(line.axis === 'v' ? { x: pos, y: end.y } : { x: end.x, y: pos });
  });
  points.push(end);
  return simplify(points);
}

function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out.at(-2);
    if (last && before && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y)))
      out.pop();
    out.push(p);
  }
  return out;
}

/**
 * The drawn size of a connector's count: 14 px bold digits, 5 px padding and a 1.5 px border (see canvas.css);
 * narrow enough for two digits to sit in the narrowest gutter without reaching into a cell's boxes.
 */
export function countLabelSize(count: number): { width: number; height: number } {
  return { width: Math.max(24, String(count).length * 9) + 10 + 3, height: 23 };
}

type LabelBox = { x: number; y: number; width: number; height: number };
/** Space kept between two counts. */
const LABEL_GAP = 2;
/** Spots tried along a segment, this far apart. */
const LABEL_STEP = 4;

const clashes = (a: LabelBox, b: LabelBox, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** How far a connector's arrowhead reaches back from its end, and half its width (see ConnectorEdge's markers). */
const ARROW = { length: 11, half: 6 };

const segmentBox = (a: Point, b: Point, half: number): LabelBox => ({
  x: Math.min(a.x, b.x) - half,
  y: Math.min(a.y, b.y) - half,
  width: Math.abs(a.x - b.x) + 2 * half,
  height: Math.abs(a.y - b.y) + 2 * half,
});

// The arrowhead areas at both ends of a line: the last few pixels of its first and last segments.
function arrowBoxes(points: readonly Point[]): LabelBox[] {
  const toward = (end: Point, next: Point) => {
    const length = Math.abs(next.x - end.x) + Math.abs(next.y - end.y) || 1;
    const k = Math.min(1, ARROW.length / length);
    return segmentBox(end, { x: end.x + (next.x - end.x) * k, y: end.y + (next.y - end.y) * k }, ARROW.half);
  };
  return points.length < 2 ? [] : [toward(points[0]!, points[1]!), toward(points.at(-1)!, points.at(-2)!)];
}

/**
 * Where each connector's count is written: on one of its segments, as near the middle of the longest as can be
 * without covering a count already placed or a box, and clear of the segment's ends (arrowheads, bends); where
 * it can, off every other connector's line and every arrowhead, and beside a line too short to carry it. The
 * connectors with the fewest spots are placed first, so many counts in thin gutters spread along their lines.
 */
function labelPoints(paths: readonly Point[][], counts: readonly number[], obstacles: readonly LabelBox[]): Point[] {
  const spotsOf = (points: Point[], size: { width: number; height: number }) => {
    const spots: { at: Point; cost: number }[] = [];
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
      const steps = Math.max(1, Math.floor(length / LABEL_STEP));
      for (let s = 0; s <= steps; s++) {
        const t = s / steps;
        const clear = Math.min(t, 1 - t) * length;
        if (clear < 14 && length > 0) continue;
        spots.push({
          at: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t },
          cost: -length + Math.abs(t - 0.5) * 200,
        });
      }
      // Beside the middle of a segment too short to hold a count clear of its ends (a line between neighbours).
      if (length >= 28) continue;
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const across =
        a.x === b.x ? { x: size.width / 2 + ARROW.half + 1, y: 0 } : { x: 0, y: size.height / 2 + ARROW.half + 1 };
      for (const side of [1, -1])
        spots.push({ at: { x: mid.x + side * across.x, y: mid.y + side * across.y }, cost: 100 - length });
    }
    return spots.sort((p, q) => p.cost - q.cost);
  };
  const sizes = counts.map(countLabelSize);
  const spots = paths.map((points, k) => spotsOf(points, sizes[k]!));
  const lines = paths.map((points) => points.slice(1).map((p, i) => segmentBox(points[i]!, p, 1.5)));
  const arrows = paths.flatMap(arrowBoxes);
  const order = paths.map((_, k) => k).sort((p, q) => spots[p]!.length - spots[q]!.length || p - q);
  const taken: LabelBox[] = [];
  const out: Point[] = [];
  for (const k of order) {
    const size = sizes[k]!;
    const boxAt = (p: Point) => ({ x: p.x - size.width / 2, y: p.y - size.height / 2, ...size });
    const free = (p: Point) => {
      const box = boxAt(p);
      return !taken.some((t) => clashes(box, t, LABEL_GAP)) && !obstacles.some((o) => clashes(box, o, 0));
    };
    const clean = (p: Point) => {
      const box = boxAt(p);
      return (
        !arrows.some((a) => clashes(box, a, 0)) &&
        lines.every((segments, other) => other === k || !segments.some((line) => clashes(box, line, 0)))
      );
    };
    const points = paths[k]!;
    const mid = { x: (points[0]!.x + points.at(-1)!.x) / 2, y: (points[0]!.y + points.at(-1)!.y) / 2 };
    const at = (
      spots[k]!.find((s) => free(s.at) && clean(s.at)) ??
      spots[k]!.find((s) => free(s.at)) ??
      spots[k]![0] ?? { at: mid }
    ).at;
    taken.push(boxAt(at));
    out[k] = at;
  }
  return out;
}
