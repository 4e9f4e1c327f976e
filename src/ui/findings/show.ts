import type { RefDocument, View } from '../../core/model/schema.ts';
import type { Finding } from '../../core/validation/index.ts';
import type { Workbench } from '../../store/workbench.ts';

const shows = (view: View, id: string) => view.elements === 'all' || view.elements.includes(id);

/** The element a finding is best shown at: its first element, else the source of its first relation. */
function elementOf(finding: Finding, doc: RefDocument): string | undefined {
  if (finding.elements[0]) return finding.elements[0];
  const rel = doc.relations.find((r) => r.id === finding.relations[0]);
  return rel?.source;
}

/** True when clicking the finding can show something on the canvas. */
export function canShow(finding: Finding, doc: RefDocument): boolean {
  return (
    elementOf(finding, doc) !== undefined || (finding.subjects ?? []).some((id) => doc.views.some((v) => v.id === id))
  );
}

/** Selects what a finding is about and brings it to the centre, switching to a view that shows it when the open one does not. */
export function showFinding(wb: Workbench, finding: Finding): void {
  const { history, viewId } = wb.store.getState();
  const doc = history.document;
  const id = elementOf(finding, doc);
  if (id === undefined) {
    const view = doc.views.find((v) => finding.subjects?.includes(v.id));
    if (view) wb.setView(view.id);
    return;
  }
  const focus = () => {
    wb.focusElement(id);
    if (!finding.elements.length && finding.relations[0]) wb.select({ relations: [finding.relations[0]] });
  };
  const open = doc.views.find((v) => v.id === viewId) ?? doc.views[0];
  const other = open && !shows(open, id) ? doc.views.find((v) => shows(v, id)) : undefined;
  if (!other) return focus();
  wb.setView(other.id);
  // Switching views fits the new view on the next frame; focusing a frame later keeps the camera on the element.
  requestAnimationFrame(() => requestAnimationFrame(focus));
}
