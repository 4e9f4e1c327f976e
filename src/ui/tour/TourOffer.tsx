import { useEffect, useLayoutEffect } from 'react';
import { useActions, useWb } from '../workbench-context.ts';
import { startTour } from './start.ts';
import { messages, useLanguage } from '../i18n/messages.ts';
import type { Workbench } from '../../store/workbench.ts';

// Once per page: a remount (React's strict mode, a hot reload) must not offer it twice.
let offered = false;
let offerId: number | null = null;

/**
 * On the first visit (no model stored in this browser yet), offers the guided tour until the person takes it or
 * closes the offer; Help offers it again at any time.
 */
function offer(wb: Workbench): number {
  const m = messages().tour;
  return wb.notify('info', m.offer, { label: m.take, run: () => startTour(wb) }, true);
}

export function TourOffer() {
  const wb = useActions();
  const firstVisit = useWb((s) => s.firstVisit);
  const language = useLanguage();
  // Before the first paint: the offer's bar is then part of the first layout, and the canvas never jumps for it.
  useLayoutEffect(() => {
    if (!firstVisit || offered) return;
    offered = true;
    offerId = offer(wb);
  }, [firstVisit, wb]);
  // An offer still waiting follows a switch of language: it is asked again in the new words.
  useEffect(() => {
    if (offerId === null || !wb.store.getState().notices.some((n) => n.id === offerId)) return;
    wb.dismiss(offerId);
    offerId = offer(wb);
  }, [language, wb]);
  return null;
}
