import { memo } from 'react';
import { BaseEdge, getStraightPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function rectOf(node: InternalNode): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, w: node.measured.width ?? node.width ?? 0, h: node.measured.height ?? node.height ?? 0 };
}

/** Where the line from the centre of `a` towards the centre of `b` leaves `a`'s border. */
export function borderPoint(a: Rect, b: Rect): { x: number; y: number } {
  const ax = a.x + a.w / 2;
  const ay = a.y + a.h / 2;
  const dx = b.x + b.w / 2 - ax;
  const dy = b.y + b.h / 2 - ay;
  if (dx === 0 && dy === 0) return { x: ax, y: ay };
  const scale = 1 / Math.max(Math.abs(dx) / (a.w / 2 || 1), Math.abs(dy) / (a.h / 2 || 1));
  return { x: ax + dx * scale, y: ay + dy * scale };
}

/** A relation drawn as a straight line between the nearest borders of its nodes, wherever they sit in the lanes. */
export const FloatingEdge = memo(function FloatingEdge({ id, source, target, markerEnd, style, label, interactionWidth }: EdgeProps) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const a = rectOf(from);
  const b = rectOf(to);
  const start = borderPoint(a, b);
  const end = borderPoint(b, a);
  const [path, labelX, labelY] = getStraightPath({ sourceX: start.x, sourceY: start.y, targetX: end.x, targetY: end.y });
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelShowBg
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      interactionWidth={interactionWidth ?? 14}
    />
  );
});
