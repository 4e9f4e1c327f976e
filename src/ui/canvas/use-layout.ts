import { useCallback, useRef, useState } from 'react';
import { setPositions } from '../../core/commands/elements.ts';
import { placeUnpositioned } from '../../core/layout/place.ts';
import { elementsInView } from '../../core/model/queries.ts';
import { startElk, type ElkSession } from '../../workers/elk-engine.ts';
import { useActions } from '../workbench-context.ts';
import { LARGE_VIEW } from './level-of-detail.ts';
import { language, messages } from '../i18n/messages.ts';
import { localizeDocument } from '../../core/i18n/localize.ts';
import { screenLabel } from '../i18n/labels.ts';

export interface LayoutRun {
  startedAt: number;
}

/** Auto layout in a web worker, with progress, cancel, and the result as one undo step. */
export function useLayout() {
  const wb = useActions();
  const [run, setRun] = useState<LayoutRun | null>(null);
  const session = useRef<ElkSession | null>(null);
  // Each run takes a number; a run that is no longer the latest (cancelled or superseded) changes nothing.
  const generation = useRef(0);

  const cancel = useCallback(() => {
    generation.current++;
    session.current?.terminate();
    session.current = null;
    setRun(null);
  }, []);

  /**
   * 'all' lays out the whole view with ELK; 'new' only places elements without a position.
   * 'auto' is the workbench placing unpositioned elements by itself (ELK when nothing is placed yet): no undo step.
   */
  const layout = useCallback(
    async (mode: 'all' | 'new' | 'auto') => {
      const { history, viewId, metamodel, openSeq } = wb.store.getState();
      // Nodes are sized from the names the canvas shows: in German they are longer than the model's English.
      const doc = localizeDocument(history.document, language()).doc;
      const view = doc.views.find((v) => v.id === viewId);
      if (!view) return;
      const nothingPlaced = Object.keys(view.positions).length === 0;
      if (mode === 'new' || (mode === 'auto' && !nothingPlaced)) {
        const placed = placeUnpositioned(doc, view, metamodel);
        const edit = setPositions(view.id, placed, screenLabel('canvas', 'layoutNewLabel'));
        if (mode === 'auto') wb.amend(edit);
        else if (Object.keys(placed).length) wb.perform(edit);
        else wb.notify('info', messages().canvas.allPlaced);
        return;
      }
      const gen = ++generation.current;
      const startedAt = performance.now();
      setRun({ startedAt });
      try {
        // The layout code loads with the first layout, not with the first screen (the process map needs none).
        const [elk, { layoutView }] = await Promise.all([startElk(), import('../../core/layout/layout.ts')]);
        if (gen !== generation.current) return;
        session.current = elk;
        // Large views are laid out with the fast preset.
        const fast = elementsInView(doc, view).length > LARGE_VIEW;
        const laying = performance.now();
        const positions = await layoutView(doc, view, metamodel, elk.engine, { fast });
        // The worker's share and the whole wait, as User Timing entries: `npm run bench -- diagram` reads them.
        performance.measure('refmod:layout-worker', { start: laying });
        performance.measure('refmod:layout', { start: startedAt });
        if (gen !== generation.current || wb.store.getState().openSeq !== openSeq) return;
        const edit = setPositions(view.id, positions, screenLabel('canvas', 'autoLayout'));
        if (mode === 'auto') wb.amend(edit);
        else wb.perform(edit);
        wb.requestFit();
      } catch (error) {
        if (gen === generation.current)
          wb.notify('error', messages().canvas.layoutFailed(error instanceof Error ? error.message : String(error)));
      } finally {
        if (gen === generation.current) {
          session.current = null;
          setRun(null);
        }
      }
    },
    [wb],
  );

  return { run, layout, cancel };
}
