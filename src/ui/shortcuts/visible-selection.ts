import { elementsInView, relationsInView } from '../../core/model/queries.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { Workbench } from '../../store/workbench.ts';
import { language, messages } from '../i18n/messages.ts';

/** The part of the selection a destructive command may act on: what the open view shows, and what of it is off screen. */
export interface VisibleSelection {
  readonly elements: readonly string[];
  readonly relations: readonly string[];
  /** Elements of the view that are selected but not drawn inside the canvas right now (scrolled away, another cell). */
  readonly offScreen: readonly string[];
  /** Selected things the open view does not show at all; they are never deleted. */
  readonly hidden: number;
}

/** True when the element is drawn inside the visible canvas: as a node, or as a listed measure of its process. */
function drawnOnScreen(id: string): boolean {
  const pane = document.querySelector('.canvas')?.getBoundingClientRect();
  if (!pane) return false;
  const escaped = CSS.escape(id);
  const drawn = document.querySelector(`.react-flow__node[data-id="${escaped}"], [data-measure-id="${escaped}"]`);
  const box = drawn?.getBoundingClientRect();
  return !!box && box.right > pane.left && box.left < pane.right && box.bottom > pane.top && box.top < pane.bottom;
}

export function visibleSelection(wb: Workbench): VisibleSelection {
  const { selection, history, viewId } = wb.store.getState();
  const doc = history.document;
  const view = doc.views.find((v) => v.id === viewId);
  if (!view) return { elements: [], relations: [], offScreen: [], hidden: 0 };
  const shown = new Set(elementsInView(doc, view).map((e) => e.id));
  const linked = new Set(relationsInView(doc, view).map((r) => r.id));
  const elements = selection.elements.filter((id) => shown.has(id));
  const relations = selection.relations.filter((id) => linked.has(id));
  return {
    elements,
    relations,
    offScreen: elements.filter((id) => !drawnOnScreen(id)),
    hidden: selection.elements.length - elements.length + selection.relations.length - relations.length,
  };
}

const nameOf = (doc: RefDocument, id: string) => doc.elements.find((e) => e.id === id)?.name ?? id;

/** Names up to five elements, then how many more, joined as the interface's language joins a list. */
export function listNames(doc: RefDocument, ids: readonly string[]): string {
  const names = ids.slice(0, 5).map((id) => `“${nameOf(doc, id)}”`);
  const rest = ids.length - names.length;
  const items = rest > 0 ? [...names, messages().shortcuts.went.more(rest)] : names;
  return new Intl.ListFormat(language(), { type: 'conjunction' }).format(items);
}

/** What a delete, a cut or a removal from the view did. */
export type Went = 'deleted' | 'cut' | 'removed';

/**
 * What a delete (or cut, or removal from the view) just did, said when it is more than the one element in sight:
 * several elements, any off screen, or a selection part that was kept because the view does not show it.
 */
export function sayWhatWent(wb: Workbench, doc: RefDocument, went: Went, sel: VisibleSelection) {
  const n = sel.elements.length;
  if (n <= 1 && sel.offScreen.length === 0 && sel.hidden === 0) return;
  const m = messages().shortcuts.went;
  const parts = [m[went](n, listNames(doc, sel.elements))];
  if (sel.offScreen.length) parts.push(m.offScreen(listNames(doc, sel.offScreen)));
  if (sel.hidden) parts.push(m.kept(sel.hidden));
  wb.notify('info', parts.join(' '), { label: m.undo, run: wb.undo });
}
