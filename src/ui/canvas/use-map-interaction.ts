import { useEffect, useMemo, useRef, type MouseEvent, type PointerEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Point } from '../../core/model/schema.ts';
import { useActions } from '../workbench-context.ts';
import { elementAt, elementsWithin } from './map-scene.ts';
import type { ElementNode } from './view-graph.ts';

const OVER_ELEMENT = 'react-flow__pane--over-element';

const onPane = (event: { target: EventTarget }) => event.target instanceof HTMLElement && event.target.classList.contains('react-flow__pane');

/**
 * Picking on the map layer, where elements are painted rather than rendered: hover names an element, click selects (Shift, Ctrl or
 * Cmd adds), Shift+drag selects a box, double-click zooms into an element (the first click has made it a node
 * by then, so the canvas's node double-click does the same). `nodes` is null outside map mode.
 */
export function useMapInteraction(nodes: readonly ElementNode[] | null) {
  const wb = useActions();
  const flow = useReactFlow();
  const boxStart = useRef<Point | null>(null);
  const hoveredPane = useRef<Element | null>(null);

  // Leaving the map, the pane forgets the pointer cursor and the name it showed there.
  const mapShown = nodes !== null;
  useEffect(() => {
    if (mapShown) return;
    hoveredPane.current?.classList.remove(OVER_ELEMENT);
    hoveredPane.current?.removeAttribute('title');
  }, [mapShown]);

  return useMemo(() => {
    if (!nodes) return { wrapper: {}, flow: {} };
    const toFlow = (e: { clientX: number; clientY: number }) => flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    // React Flow clears the selection right after a pane click; ours is applied once it has.
    const selectAfterReactFlow = (elements: string[], relations: string[]) => queueMicrotask(() => wb.select({ elements, relations }));
    return {
      wrapper: {
        onPointerDownCapture: (e: PointerEvent) => {
          boxStart.current = e.shiftKey && onPane(e) ? toFlow(e) : null;
        },
        onDoubleClick: (e: MouseEvent) => {
          const hit = onPane(e) ? elementAt(nodes, toFlow(e)) : undefined;
          if (!hit) return;
          wb.focusElement(hit.id);
        },
      },
      flow: {
        onPaneClick: (e: MouseEvent) => {
          const hit = elementAt(nodes, toFlow(e));
          if (!hit) return;
          const { elements, relations } = wb.store.getState().selection;
          if (!(e.shiftKey || e.ctrlKey || e.metaKey)) return selectAfterReactFlow([hit.id], []);
          const next = elements.includes(hit.id) ? elements.filter((id) => id !== hit.id) : [...elements, hit.id];
          selectAfterReactFlow(next, [...relations]);
        },
        // Blocks carry no text: hovering one names it, as a node's tooltip does.
        onPaneMouseMove: (e: MouseEvent) => {
          if (e.buttons) return; // a pan or a box under way: nothing to name
          const hit = elementAt(nodes, toFlow(e));
          const title = hit ? `${hit.data.typeLabel}: ${hit.data.element.name}` : '';
          hoveredPane.current = e.currentTarget;
          if (e.currentTarget.getAttribute('title') === title) return;
          e.currentTarget.classList.toggle(OVER_ELEMENT, hit !== undefined);
          e.currentTarget.setAttribute('title', title);
        },
        onSelectionEnd: (e: MouseEvent) => {
          if (!boxStart.current) return;
          selectAfterReactFlow(elementsWithin(nodes, boxStart.current, toFlow(e)).map((n) => n.id), []);
          boxStart.current = null;
        },
      },
    };
  }, [nodes, flow, wb]);
}
