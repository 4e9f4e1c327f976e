import type { Edge } from '@xyflow/react';
import { borderPoint, type Rect } from '../../core/layout/geometry.ts';
import type { Point, Relation } from '../../core/model/schema.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import { relationColour, relationDash } from './relation-style.ts';
import type { ElementNode } from './view-graph.ts';

/** A line style; `width` is in screen pixels, so lines stay visible however far the view is zoomed out. */
export interface Stroke {
  colour: string;
  dash: string | undefined;
  width: number;
}

/** The overview drawing of a view, grouped by style so a frame is a handful of fill and stroke calls. */
export interface MapScene {
  fills: { colour: string; alpha: number; rects: Rect[] }[];
  outlines: { stroke: Stroke; rects: Rect[] }[];
  lines: { stroke: Stroke; segments: [Point, Point][] }[];
}

const SELECTED = '#1d2733';
const STRIP = 6;
const MARK_COLOURS = { added: '#2e7d32', changed: '#d08a00', removed: '#c62828' } as const;

class Groups<T> {
  private map = new Map<string, T>();
  constructor(private readonly make: (key: string) => T) {}
  get(key: string): T {
    let group = this.map.get(key);
    if (!group) this.map.set(key, (group = this.make(key)));
    return group;
  }
  values(): T[] {
    return [...this.map.values()];
  }
}

export function rectOfNode(n: ElementNode): Rect {
  return { x: n.position.x, y: n.position.y, w: n.width ?? 0, h: n.height ?? 0 };
}

/**
 * Nodes as the simplified blocks the zoomed-out canvas shows (a tint with the accent strip on the left),
 * relations as straight lines between their borders; selected and compared elements are outlined, and the
 * relations of a selected element stand out, so the overview shows what it connects to.
 */
export function mapScene(nodes: readonly ElementNode[], edges: readonly Edge[], metamodel: Metamodel, marks: ReadonlyMap<string, string> | undefined): MapScene {
  const rects = new Map<string, Rect>();
  const fills = new Groups((key) => ({ colour: key.split('|')[0]!, alpha: Number(key.split('|')[1]), rects: [] as Rect[] }));
  const outlines = new Groups((key) => ({ stroke: JSON.parse(key) as Stroke, rects: [] as Rect[] }));
  const outline = (stroke: Stroke, rect: Rect) => outlines.get(JSON.stringify(stroke)).rects.push(rect);
  for (const n of nodes) {
    const rect = rectOfNode(n);
    rects.set(n.id, rect);
    const { colour, element, removed } = n.data;
    fills.get('#ffffff|1').rects.push(rect);
    fills.get(`${colour}|${element.optional ? 0.22 : 0.55}`).rects.push(rect);
    fills.get(`${colour}|1`).rects.push({ ...rect, w: Math.min(STRIP, rect.w) });
    const mark = removed ? 'removed' : (marks?.get(element.id) as keyof typeof MARK_COLOURS | undefined);
    if (mark) outline({ colour: MARK_COLOURS[mark], dash: mark === 'removed' ? '4 3' : undefined, width: 2.5 }, rect);
    else if (n.selected) outline({ colour: SELECTED, dash: undefined, width: 2.5 }, rect);
    else if (element.optional) outline({ colour, dash: '3 2', width: 1 }, rect);
  }
  const lines = new Groups((key) => ({ stroke: JSON.parse(key) as Stroke, segments: [] as [Point, Point][] }));
  const selected = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
  for (const e of edges) {
    const a = rects.get(e.source);
    const b = rects.get(e.target);
    if (!a || !b || a === b) continue;
    const relation = (e.data as { relation: Relation }).relation;
    const mark = marks?.get(e.id) as keyof typeof MARK_COLOURS | undefined;
    const stroke: Stroke = mark
      ? { colour: MARK_COLOURS[mark], dash: undefined, width: 2 }
      : e.selected
        ? { colour: SELECTED, dash: undefined, width: 2 }
        : selected.has(e.source) || selected.has(e.target)
          ? { colour: SELECTED, dash: relationDash(metamodel.relationType(relation.type)?.line), width: 1.5 }
          : { colour: relationColour(relation.type), dash: relationDash(metamodel.relationType(relation.type)?.line), width: 1 };
    lines.get(JSON.stringify(stroke)).segments.push([borderPoint(a, b), borderPoint(b, a)]);
  }
  // Plain lines first, so highlighted ones are drawn over them.
  const byWidth = (x: { stroke: Stroke }, y: { stroke: Stroke }) => x.stroke.width - y.stroke.width;
  return { fills: fills.values(), outlines: outlines.values().sort(byWidth), lines: lines.values().sort(byWidth) };
}

/** The element whose block is under a point of the flow, the topmost first; removed ghosts cannot be picked. */
export function elementAt(nodes: readonly ElementNode[], point: Point): ElementNode | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.data.removed) continue;
    const r = rectOfNode(n);
    if (point.x >= r.x && point.x <= r.x + r.w && point.y >= r.y && point.y <= r.y + r.h) return n;
  }
  return undefined;
}

/** The elements whose blocks lie wholly inside a box spanned by two points of the flow. */
export function elementsWithin(nodes: readonly ElementNode[], a: Point, b: Point): ElementNode[] {
  const left = Math.min(a.x, b.x);
  const right = Math.max(a.x, b.x);
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);
  return nodes.filter((n) => {
    if (n.data.removed) return false;
    const r = rectOfNode(n);
    return r.x >= left && r.x + r.w <= right && r.y >= top && r.y + r.h <= bottom;
  });
}
