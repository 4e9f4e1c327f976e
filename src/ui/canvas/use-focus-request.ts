import { useEffect, useRef } from 'react';
import { useReactFlow, type Node } from '@xyflow/react';
import { cellOf } from '../../core/layout/geometry.ts';
import type { Drawing } from '../../core/diagram/drawing.ts';
import type { RefDocument, View } from '../../core/model/schema.ts';
import type { Level } from '../../store/workbench.ts';
import { useActions, useWb } from '../workbench-context.ts';

/** A focus request shows its element: in its cell when the map or another cell is open, in its process when folded. */
export function useFocusRequest(
  doc: RefDocument,
  view: View | undefined,
  drawing: Drawing | null,
  level: Level | null,
  nodes: Node[] | null,
  fitting: boolean,
) {
  const wb = useActions();
  const flow = useReactFlow();
  const focus = useWb((s) => s.focus);
  const unfolded = useWb((s) => s.unfolded);
  const handled = useRef(0);
  useEffect(() => {
    // A level just opened for the focus is fitted first; the focus then moves the camera on from there.
    if (!focus || focus.seq === handled.current || !view || !drawing || !level || fitting) return;
    const host = drawing.folding.hosts.get(focus.id)?.[0];
    const target = host ?? focus.id;
    const el = doc.elements.find((e) => e.id === target);
    if (!el) return;
    if (host && !unfolded.has(host)) wb.toggleUnfolded(host);
    const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
    const c = cellOf(el, rowsAre);
    if (level.kind === 'map' || (level.kind === 'cell' && (level.row !== c.row || level.column !== c.column))) {
      wb.setLevel({ kind: 'cell', row: c.row, column: c.column });
      return;
    }
    const node = nodes?.find((n) => n.id === target);
    if (!node) return;
    handled.current = focus.seq;
    void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, {
      zoom: Math.max(flow.getZoom(), 1.1),
      duration: 350,
    });
  }, [focus, nodes, level, view, drawing, doc, unfolded, wb, flow, fitting]);
}
