import type { Point } from '../model/schema.ts';

export type Alignment = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Aligns boxes on one edge or centre line of their common bounds; returns new top-left points. */
export function align(boxes: readonly Box[], how: Alignment): Record<string, Point> {
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const out: Record<string, Point> = {};
  for (const b of boxes) {
    const x =
      how === 'left'
        ? left
        : how === 'right'
          ? right - b.width
          : how === 'centre'
            ? (left + right) / 2 - b.width / 2
            : b.x;
    const y =
      how === 'top'
        ? top
        : how === 'bottom'
          ? bottom - b.height
          : how === 'middle'
            ? (top + bottom) / 2 - b.height / 2
            : b.y;
    out[b.id] = { x, y };
  }
  return out;
}

/** Spreads boxes so the gaps between them are equal, keeping the outermost two in place. */
export function distribute(boxes: readonly Box[], axis: 'horizontal' | 'vertical'): Record<string, Point> {
  const h = axis === 'horizontal';
  const sorted = [...boxes].sort((a, b) => (h ? a.x - b.x : a.y - b.y));
  const out: Record<string, Point> = Object.fromEntries(boxes.map((b) => [b.id, { x: b.x, y: b.y }]));
  if (sorted.length < 3) return out;
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const span = h ? last.x + last.width - first.x : last.y + last.height - first.y;
  const occupied = sorted.reduce((sum, b) => sum + (h ? b.width : b.height), 0);
  const gap = (span - occupied) / (sorted.length - 1);
  let at = h ? first.x : first.y;
  for (const b of sorted) {
    out[b.id] = h ? { x: at, y: b.y } : { x: b.x, y: at };
    at += (h ? b.width : b.height) + gap;
  }
  return out;
}
