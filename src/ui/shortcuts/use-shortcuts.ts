import { useEffect } from 'react';
import { deleteSelection, moveElements, nameElements, removeFromView } from '../../core/commands/elements.ts';
import { elementsInView, relationsInView } from '../../core/model/queries.ts';
import { sayWhatWent, visibleSelection } from './visible-selection.ts';
import type { Workbench } from '../../store/workbench.ts';
import { messages } from '../i18n/messages.ts';
import type * as ClipboardModule from '../../core/commands/clipboard.ts';
import { saveModelLater } from '../shell/file-actions-lazy.ts';
import { useActions } from '../workbench-context.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

const NUDGE = 8;

type Clipboard = typeof ClipboardModule;
// Copy and paste code loads just after the first screen; a copy event must be answered at once, so it is kept here.
let clipboard: Clipboard | null = null;

const NOT_TYPING = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** True when keys go into a text field: there the field's own editing keys win over the workbench's. */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === 'INPUT') return !NOT_TYPING.has((el as HTMLInputElement).type);
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/** Keys pressed inside a dialog belong to the dialog, not to the canvas behind it. */
const inDialog = (target: EventTarget | null) => !!(target as HTMLElement | null)?.closest?.('[role="dialog"]');

/** Keyboard shortcuts of the workbench (the list is in ShortcutHelp). They never fire while the user types in a field. */
export function useShortcuts({ openHelp, openSearch }: { openHelp: () => void; openSearch: () => void }) {
  const wb = useActions();
  useEffect(() => {
    if (!clipboard) void import('../../core/commands/clipboard.ts').then((m) => (clipboard = m));
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const run = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      if (mod && key === 'z' && !e.shiftKey) return run(wb.undo);
      if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) return run(wb.redo);
      if (inDialog(e.target)) return;
      // Presenting, the keys drive the talk like a slide deck.
      if (wb.store.getState().presenting && !mod) {
        if (e.key === 'Escape') return run(wb.togglePresenting);
        if (['ArrowRight', 'PageDown', ' '].includes(e.key)) return run(() => wb.presentStep(1));
        if (['ArrowLeft', 'PageUp'].includes(e.key)) return run(() => wb.presentStep(-1));
      }
      if (mod && key === 'f') return run(openSearch);
      if (mod && key === 's') return run(() => void saveModelLater(wb));
      if (mod && key === 'a') return run(() => selectAll(wb));
      if (mod && key === 'd') return run(() => duplicate(wb));
      if (e.key === 'Delete' || e.key === 'Backspace') return run(() => remove(wb, e.shiftKey));
      if (e.key === 'Escape') return wb.select({});
      if (e.key === 'F2') return run(() => rename(wb));
      if (key === 'c' && !mod && !e.altKey) return run(() => connectTo(wb));
      if (e.key === '?') return run(openHelp);
      const arrow = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
      if (arrow && !mod)
        return run(() => nudge(wb, arrow[0]! * NUDGE * (e.shiftKey ? 4 : 1), arrow[1]! * NUDGE * (e.shiftKey ? 4 : 1)));
    };
    const onCopy = (e: ClipboardEvent) => {
      if (typingIn(e.target) || inDialog(e.target) || !clipboard) return;
      const fragment = currentFragment(wb, clipboard);
      if (!fragment) return;
      e.preventDefault();
      e.clipboardData?.setData('text/plain', JSON.stringify(fragment));
      if (e.type === 'cut') {
        const doc = wb.store.getState().history.document;
        const sel = visibleSelection(wb);
        wb.perform(deleteSelection(sel.elements, [], { id: 'elements.cut', params: nameElements(doc, sel.elements) }));
        sayWhatWent(wb, doc, 'cut', sel);
      }
    };
    const onPaste = (e: ClipboardEvent) => {
      if (typingIn(e.target) || inDialog(e.target) || !clipboard) return;
      const fragment = clipboard.readFragment(e.clipboardData?.getData('text/plain') ?? '');
      if (!fragment) return;
      e.preventDefault();
      const { history, viewId, metamodel } = wb.store.getState();
      const { edit, ids, leftOut } = clipboard.pasteFragment(history.document, fragment, viewId, metamodel);
      wb.perform(edit);
      wb.select({ elements: ids });
      // What the paste left out is said, never dropped silently.
      if (leftOut.length)
        wb.notify(
          'warning',
          messages().shortcuts.went.pasted(ids.length, leftOut.map((l) => refusalMessage(l, metamodel)).join(' ')),
        );
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [wb, openHelp, openSearch]);
}

function currentView(wb: Workbench) {
  const { history, viewId } = wb.store.getState();
  return history.document.views.find((v) => v.id === viewId);
}

function currentFragment(wb: Workbench, clip: Clipboard) {
  const { history } = wb.store.getState();
  const view = currentView(wb);
  const { elements } = visibleSelection(wb);
  if (!view || elements.length === 0) return null;
  return clip.copyFragment(history.document, elements, view.positions);
}

function selectAll(wb: Workbench) {
  const view = currentView(wb);
  const doc = wb.store.getState().history.document;
  if (view)
    wb.select({
      elements: elementsInView(doc, view).map((e) => e.id),
      relations: relationsInView(doc, view).map((r) => r.id),
    });
}

function duplicate(wb: Workbench) {
  if (!clipboard) return;
  const fragment = currentFragment(wb, clipboard);
  if (!fragment) return;
  const { history, viewId, metamodel } = wb.store.getState();
  const { edit, ids } = clipboard.pasteFragment(history.document, fragment, viewId, metamodel);
  const { label } = edit;
  wb.perform(
    'id' in label && label.id === 'elements.paste'
      ? { ...edit, label: { id: 'elements.duplicate', params: label.params } }
      : edit,
  );
  wb.select({ elements: ids });
}

/**
 * Delete removes from a perspective view; in the full view, or with Shift, it deletes from the model. It acts only on
 * what the open view shows, and says what went when that is more than the one element in sight.
 */
function remove(wb: Workbench, fromModel: boolean) {
  const doc = wb.store.getState().history.document;
  const view = currentView(wb);
  const sel = visibleSelection(wb);
  const { elements, relations } = sel;
  if (!elements.length && !relations.length) {
    if (sel.hidden) wb.notify('info', messages().shortcuts.went.nothingSelected);
    return;
  }
  if (!fromModel && view && view.elements !== 'all' && elements.length && !relations.length) {
    wb.perform(removeFromView(view.id, elements));
    wb.select({});
    if (elements.length > 1 || sel.offScreen.length || sel.hidden) sayWhatWent(wb, doc, 'removed', sel);
    else wb.notify('info', messages().shortcuts.went.removedOnly);
    return;
  }
  const label = relations.length
    ? undefined
    : ({ id: 'elements.delete', params: nameElements(doc, elements) } as const);
  wb.perform(deleteSelection(elements, relations, label));
  sayWhatWent(wb, doc, 'deleted', sel);
}

/** Opens "Connect to…" for the one selected element of the view: a relation made from the keyboard. */
function connectTo(wb: Workbench) {
  const { elements } = visibleSelection(wb);
  if (elements.length === 1) wb.openDialog('connect-to', elements[0]);
  else wb.notify('info', messages().shortcuts.went.selectFirst);
}

function rename(wb: Workbench) {
  const { elements } = wb.store.getState().selection;
  if (elements.length === 1) wb.startRename(elements[0]!);
}

function nudge(wb: Workbench, dx: number, dy: number) {
  const view = currentView(wb);
  const { elements } = visibleSelection(wb);
  if (!view || !elements.length) return;
  const moves = elements.map((id) => {
    const p = view.positions[id] ?? { x: 0, y: 0 };
    return { id, position: { x: Math.max(0, p.x + dx), y: Math.max(0, p.y + dy) } };
  });
  const names = nameElements(wb.store.getState().history.document, elements);
  wb.perform(moveElements(view.id, moves, { id: 'elements.nudge', params: names }));
}
