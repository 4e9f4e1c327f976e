import type { Workbench } from '../../store/workbench.ts';

/** Brings an element into view on the canvas, switching to a view that shows it when the open one does not. */
export function showElement(wb: Workbench, id: string) {
  const { history, viewId } = wb.store.getState();
  const shows = (v: (typeof history.document.views)[number]) => v.elements === 'all' || v.elements.includes(id);
  const current = history.document.views.find((v) => v.id === viewId);
  if (current && !shows(current)) {
    const other = history.document.views.find(shows);
    if (other) wb.setView(other.id);
  }
  wb.focusElement(id);
}
