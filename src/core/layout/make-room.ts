import type { Point } from '../model/schema.ts';

/** A node in its cell: position relative to the cell, and the size it is drawn at now. */
export interface Placed {
  id: string;
  cell: string;
  at: Point;
  size: { width: number; height: number };
}

/** Room kept between two nodes that had to be moved apart. */
const GAP = 16;

/**
 * Positions where no two nodes of a cell overlap: a node that overlaps one before it (left to right, then top to
 * bottom) moves right or down, whichever is shorter, until it is clear. Positions laid out for other sizes (the
 * names in another language, a longer name) stay where they are unless a node grew into another. Deterministic.
 */
export function makeRoom(nodes: readonly Placed[]): Map<string, Point> {
  const moved = new Map<string, Point>();
  const byCell = new Map<string, Placed[]>();
  for (const n of nodes) byCell.set(n.cell, [...(byCell.get(n.cell) ?? []), n]);
  for (const cell of byCell.values()) {
    const order = [...cell].sort((a, b) => a.at.x - b.at.x || a.at.y - b.at.y || a.id.localeCompare(b.id));
    const done: { x: number; y: number; w: number; h: number }[] = [];
    for (const n of order) {
      const box = { x: n.at.x, y: n.at.y, w: n.size.width, h: n.size.height };
      // Each move is forward and clears one node, so a node moves at most once per node before it.
      for (let tries = 0; tries <= done.length; tries++) {
        const hit = done.find(
          (d) => box.x < d.x + d.w && d.x < box.x + box.w && box.y < d.y + d.h && d.y < box.y + box.h,
        );
        if (!hit) break;
        const right = hit.x + hit.w + GAP - box.x;
        const down = hit.y + hit.h + GAP - box.y;
        if (down <= right) box.y += down;
        else box.x += right;
      }
      done.push(box);
      if (box.x !== n.at.x || box.y !== n.at.y) moved.set(n.id, { x: box.x, y: box.y });
    }
  }
  return moved;
}
