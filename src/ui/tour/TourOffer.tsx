import { useLayoutEffect } from 'react';
import { useActions, useWb } from '../workbench-context.ts';
import { startTour } from './start.ts';
import { messages } from '../i18n/messages.ts';

// Once per page: a remount (React's strict mode, a hot reload) must not offer it twice.
let offered = false;

/**
 * On the first visit (no model stored in this browser yet), offers the guided tour until the person takes it or
 * closes the offer; Help offers it again at any time.
 */
export function TourOffer() {
  const wb = useActions();
  const firstVisit = useWb((s) => s.firstVisit);
  // Before the first paint: the offer's bar is then part of the first layout, and the canvas never jumps for it.
  useLayoutEffect(() => {
    if (!firstVisit || offered) return;
    offered = true;
    const m = messages().tour;
    wb.notify(
      'info',
      m.offer,
      {
        label: m.take,
        run: () => startTour(wb),
      },
      true,
    );
  }, [firstVisit, wb]);
  return null;
}
