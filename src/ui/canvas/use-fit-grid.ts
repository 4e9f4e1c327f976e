import { useEffect, useState, type RefObject } from 'react';
import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { elementsInView } from '../../core/model/queries.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { DETAIL_ZOOM, LARGE_VIEW, zoomedOut } from './level-of-detail.ts';
import { gridOf } from './view-graph.ts';
import { LANE_LABEL } from './LaneHeaders.tsx';

/** Room kept free under the grid for the minimap and zoom controls. */
const CONTROLS_STRIP = 150;
const MARGIN = 16;
const GLIDE_MS = 200;

/** The viewport that shows the whole grid, centred, with room for the lane names above and left of it and the minimap below. */
function fitGrid(grid: { width: number; height: number }, box: { width: number; height: number }): Viewport {
  const room = { width: box.width - 2 * MARGIN - LANE_LABEL, height: box.height - MARGIN - LANE_LABEL - CONTROLS_STRIP };
  const zoom = Math.min(2, Math.max(0.05, Math.min(room.width / grid.width, room.height / grid.height)));
  return { x: LANE_LABEL + (box.width - LANE_LABEL - grid.width * zoom) / 2, y: MARGIN + LANE_LABEL, zoom };
}

/**
 * Fits the whole lane grid, not only the nodes, so every lane label stays on screen: on opening a view and
 * on each fit request. A large view jumps instead of gliding, and when it lands zoomed out it is switched to
 * the map first: zoomed out with its nodes still in React Flow, every one of them would render in full once.
 * Returns whether the map switch is under way, and whether the viewport is still on its way to the fit.
 */
export function useFitGrid(pane: RefObject<HTMLDivElement | null>, viewId: string | undefined): { mapFirst: boolean; fitting: boolean } {
  const wb = useActions();
  const flow = useReactFlow();
  const store = useStoreApi();
  const fitSeq = useWb((s) => s.fitSeq);
  const [mapFirst, setMapFirst] = useState<{ seq: number; viewport: Viewport } | null>(null);
  const [landed, setLanded] = useState(-1);
  // Fits are numbered in order; one that ends after a later one (its timer outlived the glide) changes nothing.
  const land = (seq: number) => setLanded((previous) => Math.max(previous, seq));

  useEffect(() => {
    const { history, metamodel } = wb.store.getState();
    const shown = history.document.views.find((v) => v.id === viewId);
    const box = pane.current?.getBoundingClientRect();
    if (!shown || !box) return;
    const target = fitGrid(gridOf(history.document, shown, metamodel), box);
    const large = elementsInView(history.document, shown).length > LARGE_VIEW;
    const frame = requestAnimationFrame(() => {
      if (large && target.zoom < DETAIL_ZOOM && !zoomedOut(store.getState())) setMapFirst({ seq: fitSeq, viewport: target });
      else {
        const duration = large ? 0 : GLIDE_MS;
        // A glide the user interrupts (a wheel, a drag) never reports its end: the fit counts as landed when it would have.
        void Promise.race([flow.setViewport(target, { duration }), new Promise((done) => setTimeout(done, duration + 50))]).then(() => land(fitSeq));
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [fitSeq, viewId, pane, flow, wb, store]);

  // Runs once the canvas has handed React Flow the map's few nodes (child effects run first).
  useEffect(() => {
    if (!mapFirst) return;
    const frame = requestAnimationFrame(() => {
      void flow.setViewport(mapFirst.viewport, { duration: 0 });
      setMapFirst(null);
      land(mapFirst.seq);
    });
    return () => cancelAnimationFrame(frame);
  }, [mapFirst, flow]);

  return { mapFirst: mapFirst !== null, fitting: landed !== fitSeq };
}
