import type { Workbench } from '../../store/workbench.ts';

/** Starts the guided tour; present mode hides the panels the tour shows, so it ends first. */
export function startTour(wb: Workbench) {
  if (wb.store.getState().presenting) wb.togglePresenting();
  wb.openDialog('tour');
}
