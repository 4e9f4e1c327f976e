import { useCallback, useState, type DragEvent } from 'react';
import { useReactFlow, type EdgeChange, type Node, type NodeChange, type XYPosition } from '@xyflow/react';
import { addElement, moveElements, type Move } from '../../core/commands/elements.ts';
import { dropTarget } from '../../core/layout/geometry.ts';
import { newElement } from '../../core/model/factory.ts';
import { nodeBox } from '../../core/diagram/node-box.ts';
import type { RefDocument, View } from '../../core/model/schema.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { PALETTE_MIME } from './dnd.ts';
import type { ViewGraph } from './view-graph.ts';
import { CELL_NODE } from './map-graph.ts';
import { messages } from '../i18n/messages.ts';
import { screenLabel } from '../i18n/labels.ts';

/** Selection, dragging across lanes and dropping from the palette on the canvas. */
export function useCanvasHandlers(doc: RefDocument, view: View | undefined, graph: ViewGraph | null) {
  const wb = useActions();
  const flow = useReactFlow();
  const metamodel = useWb((s) => s.metamodel);
  const [dragging, setDragging] = useState<Map<string, XYPosition>>(new Map());

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const moving = changes.filter((c) => c.type === 'position' && c.dragging && c.position);
      if (moving.length) {
        setDragging((prev) => {
          const next = new Map(prev);
          for (const c of moving) if (c.type === 'position' && c.position) next.set(c.id, c.position);
          return next;
        });
      }
      const selects = changes.filter((c) => c.type === 'select' && !c.id.startsWith(CELL_NODE));
      if (selects.length) {
        // A click selects among what is drawn: nothing selected out of sight (another view or cell) stays with it.
        const drawn = new Set(graph?.nodes.map((n) => n.id));
        const current = new Set(wb.store.getState().selection.elements.filter((id) => drawn.has(id)));
        for (const c of selects) toggle(current, c);
        wb.select({ elements: [...current], relations: [...wb.store.getState().selection.relations] });
      }
    },
    [wb, graph],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selects = changes.filter((c) => c.type === 'select');
      if (!selects.length) return;
      const current = new Set(wb.store.getState().selection.relations);
      for (const c of selects) toggle(current, c);
      wb.select({ elements: [...wb.store.getState().selection.elements], relations: [...current] });
    },
    [wb],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: Node[]) => {
      if (!graph || !view) return;
      const moves: Move[] = dragged.map((n) => {
        const target = dropTarget(graph.grid, n.position, { width: n.width ?? 0, height: n.height ?? 0 });
        return { id: n.id, position: target.relative, area: target.area, role: target.role };
      });
      const el = doc.elements.find((e) => e.id === moves[0]?.id);
      const crossed = moves.some((m) => {
        const e = doc.elements.find((x) => x.id === m.id);
        return e && (e.area !== m.area || e.role !== m.role);
      });
      const label =
        moves.length === 1 && el
          ? crossed
            ? screenLabel('canvas', 'moveLabel', el.name, laneNames(doc, moves[0]!))
            : screenLabel('canvas', 'repositionLabel', el.name)
          : undefined;
      wb.perform(moveElements(view.id, moves, label));
      setDragging(new Map());
    },
    [graph, view, doc, wb],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const typeId = event.dataTransfer.getData(PALETTE_MIME);
      if (!typeId || !graph || !view) return;
      event.preventDefault();
      const type = metamodel.elementType(typeId);
      if (!type) return;
      const size = nodeBox(
        { category: type.category, typeLabel: type.label, name: type.label, optional: false },
        null,
        false,
      );
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const topLeft = { x: point.x - size.width / 2, y: point.y - size.height / 2 };
      const target = dropTarget(graph.grid, topLeft, size);
      const el = newElement(doc, type, { area: target.area, role: target.role });
      wb.perform(addElement(el, { viewId: view.id, position: target.relative }));
      wb.select({ elements: [el.id] });
    },
    [graph, view, metamodel, flow, doc, wb],
  );

  return { dragging, onNodesChange, onEdgesChange, onNodeDragStop, onDrop };
}

function toggle(ids: Set<string>, change: NodeChange | EdgeChange) {
  if (change.type !== 'select') return;
  if (change.selected) ids.add(change.id);
  else ids.delete(change.id);
}

function laneNames(doc: RefDocument, move: Move): string {
  const m = messages().canvas;
  const area = doc.macroStructure.areas.find((a) => a.id === move.area)?.name ?? m.noArea;
  const role = doc.macroStructure.roles.find((r) => r.id === move.role)?.name ?? m.noRole;
  return m.lanes(role, area);
}
