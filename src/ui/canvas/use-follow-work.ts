import { useEffect, useRef, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { cellKey } from '../../core/diagram/process-map.ts';
import { cellOf } from '../../core/layout/geometry.ts';
import { elementsInView } from '../../core/model/queries.ts';
import type { RefDocument, View } from '../../core/model/schema.ts';
import { CELL_NODE } from './map-graph.ts';
import { useActions } from '../workbench-context.ts';

/** Room kept between what is brought into view and the pane's edges (the lane headers are frozen there). */
const MARGIN = 48;
/** How long a newly added thing is looked for on the canvas (a layout may place it first). */
const PATIENCE_MS = 15_000;

/**
 * The canvas follows the work: an element, area or role just added to the open view is scrolled into sight when it
 * landed off screen (the zoom stays); on the process map an element without a box of its own shows its cell.
 */
export function useFollowWork(doc: RefDocument, view: View | undefined, pane: RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow();
  const wb = useActions();
  const seen = useRef<{ viewId: string; openSeq: number; ids: Set<string>; lanes: Set<string> } | null>(null);
  const wanted = useRef<{ selectors: string[]; until: number } | null>(null);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  useEffect(() => {
    if (!view) return;
    const ids = new Set(elementsInView(doc, view).map((e) => e.id));
    const areas = doc.macroStructure.areas.map((a) => `a:${a.id}`);
    const lanes = new Set([...areas, ...doc.macroStructure.roles.map((r) => `r:${r.id}`)]);
    const before = seen.current;
    const { openSeq } = wb.store.getState();
    seen.current = { viewId: view.id, openSeq, ids, lanes };
    // Another model opened is not work to follow, even when its view has the same id.
    if (!before || before.viewId !== view.id || before.openSeq !== openSeq) return;
    const added = [...ids].filter((id) => !before.ids.has(id));
    const newLanes = [...lanes].filter((l) => !before.lanes.has(l));
    // An element added with a focus request is centred by the canvas' focus; following it too would fight that.
    const focused = wb.store.getState().focus?.id;
    if (focused && added.includes(focused)) return;
    if (!added.length && !newLanes.length) return;
    const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
    const byId = new Map(doc.elements.map((e) => [e.id, e]));
    const selectors = [
      ...added.flatMap((id) => {
        const el = byId.get(id);
        const c = el ? cellOf(el, rowsAre) : null;
        const cell = c ? `, .react-flow__node[data-id="${CSS.escape(CELL_NODE + cellKey(c.row, c.column))}"]` : '';
        return [`.react-flow__node[data-id="${CSS.escape(id)}"]${cell}`];
      }),
      ...newLanes.map((l) => {
        const id = l.slice(2);
        const lane = l.startsWith('a:')
          ? doc.macroStructure.areas.find((a) => a.id === id)
          : doc.macroStructure.roles.find((r) => r.id === id);
        return `.lane-grid__column[data-name="${CSS.escape(lane?.name ?? '')}"], .lane-grid__row[data-name="${CSS.escape(lane?.name ?? '')}"]`;
      }),
    ];
    // Later edits (a layout placing the new element) must not cancel the look-out, so it outlives this effect.
    wanted.current = { selectors, until: performance.now() + PATIENCE_MS };
    if (frame.current) return;
    const look = () => {
      frame.current = 0;
      const want = wanted.current;
      const box = pane.current;
      if (!want || performance.now() > want.until) return;
      const target = box && want.selectors.map((s) => box.querySelector(s)).find((el) => el);
      if (!box || !target || box.getAttribute('aria-busy') === 'true') {
        frame.current = requestAnimationFrame(look);
        return;
      }
      wanted.current = null;
      reveal(box.getBoundingClientRect(), target.getBoundingClientRect());
    };
    const reveal = (p: DOMRect, t: DOMRect) => {
      const shift = (start: number, size: number, from: number, to: number) => {
        if (size > to - from - 2 * MARGIN || start < from + MARGIN) return from + MARGIN - start;
        if (start + size > to - MARGIN) return to - MARGIN - (start + size);
        return 0;
      };
      const dx = shift(t.left, t.width, p.left, p.right);
      const dy = shift(t.top, t.height, p.top, p.bottom);
      if (!dx && !dy) return;
      const { x, y, zoom } = flow.getViewport();
      void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 250 });
    };
    frame.current = requestAnimationFrame(look);
  }, [doc, view, pane, flow, wb]);
}
