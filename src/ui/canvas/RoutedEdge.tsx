import { memo } from 'react';
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import type { Point, Relation } from '../../core/model/schema.ts';

type RoutedEdgeType = Edge<{ relation: Relation; points?: Point[] }, 'routed'>;

const RADIUS = 6;

/** An orthogonal path through the points, its corners slightly rounded so crossing lines are told apart from bends. */
export function roundedPath(points: readonly Point[]): string {
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [p, c, n] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(RADIUS, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
    const towards = (a: Point, b: Point, by: number) => {
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      return { x: a.x + ((b.x - a.x) / len) * by, y: a.y + ((b.y - a.y) / len) * by };
    };
    const before = towards(c, p, r);
    const after = towards(c, n, r);
    d += ` L${before.x},${before.y} Q${c.x},${c.y} ${after.x},${after.y}`;
  }
  const last = points.at(-1)!;
  return `${d} L${last.x},${last.y}`;
}

/** The middle of a path's longest segment, where its label goes. */
function labelAt(points: readonly Point[]): Point {
  let best = { length: -1, at: points[0]! };
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (length > best.length) best = { length, at: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  }
  return best.at;
}

/** A relation routed around the nodes between it ends (see core/diagram/orthogonal-router.ts). */
export const RoutedEdge = memo(function RoutedEdge({
  id,
  data,
  markerEnd,
  style,
  label,
  interactionWidth,
}: EdgeProps<RoutedEdgeType>) {
  const points = data?.points;
  if (!points || points.length < 2) return null;
  const at = labelAt(points);
  return (
    <BaseEdge
      id={id}
      path={roundedPath(points)}
      markerEnd={markerEnd}
      style={style}
      label={label}
      labelX={at.x}
      labelY={at.y}
      labelShowBg
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      interactionWidth={interactionWidth ?? 14}
    />
  );
});
