import type * as Y from 'yjs';
import type { Step } from '../core/commands/history.ts';
import type { Label } from '../core/commands/label.ts';
import type { RefDocument } from '../core/model/schema.ts';
import { setIdCreator } from '../core/model/ids.ts';
import type { Workbench } from '../store/workbench.ts';
import { bindModel, type UndoLabels } from './binding.ts';
import { isCommentEdit } from './comments.ts';
import { othersIn, publish, type AwarenessLike } from './presence.ts';
import { liveState } from './live-state.ts';
import { messages } from '../ui/i18n/messages.ts';

const labelled = (label: Label): Step => ({ label, patches: [], inversePatches: [] });

/**
 * Connects the workbench to a room: its commands go to the room under their labels, the room's changes come
 * back through the binding (checked by core), undo and redo become this person's own, and presence follows
 * the view and selection. Returns how to disconnect.
 */
export function bridgeWorkbench(
  wb: Workbench,
  ydoc: Y.Doc,
  awareness: AwarenessLike,
  me: { name: string; colour: string; review: boolean },
  onOtherModel: () => void,
): () => void {
  const store = wb.store;
  let shown = store.getState().history.document;
  let lastStep = store.getState().history.past.at(-1);
  const openSeq = store.getState().openSeq;

  const showHistory = (document: RefDocument, labels: UndoLabels) => {
    shown = document;
    const past = labels.undo.map(labelled);
    lastStep = past.at(-1);
    store.setState((s) => ({
      history: { document, past, future: labels.redo.map(labelled) },
      selection: stillThere(document, s.selection),
    }));
  };

  // Ids made here from now on carry this tab's tag: two people adding the same name offline keep both elements.
  setIdCreator(ydoc.clientID.toString(36));
  const binding = bindModel(ydoc, {
    metamodel: store.getState().metamodel,
    person: me.name,
    document: () => shown,
    show: showHistory,
    notify: (message) => void wb.notify('info', message),
  });
  showHistory(shown, binding.labels());
  wb.goLive({
    refusal: (edit) => (me.review && !isCommentEdit(edit) ? messages().collabRoom.reviewer : null),
    undo: () => binding.undo(),
    redo: () => binding.redo(),
  });

  const presence = () => {
    const s = store.getState();
    const view = s.history.document.views.find((v) => v.id === s.viewId);
    return { viewId: s.viewId, viewName: view?.name ?? '', selection: s.selection.elements };
  };
  publish(awareness, { name: me.name, colour: me.colour, review: me.review, cursor: null, ...presence() });
  let published = presence();

  const unsubscribe = store.subscribe(() => {
    const s = store.getState();
    if (s.openSeq !== openSeq) return onOtherModel();
    // In a room every tab edits: the room, not the tab lock, keeps two tabs of one model from overwriting each other.
    if (s.readOnly) store.setState({ readOnly: false });
    const doc = s.history.document;
    if (doc !== shown) {
      const step = s.history.past.at(-1);
      const label = step && step !== lastStep ? step.label : undefined;
      const before = shown;
      shown = doc;
      // A reviewer's automatic changes (placing unpositioned elements) stay in this tab: the server takes only comments.
      if (!me.review || label !== undefined) binding.share(before, doc, label);
      if (label !== undefined) showHistory(doc, binding.labels());
    }
    const now = presence();
    if (
      now.viewId !== published.viewId ||
      now.selection !== published.selection ||
      now.viewName !== published.viewName
    ) {
      published = now;
      publish(awareness, now);
    }
  });

  const onAwareness = () => liveState.setState({ others: othersIn(awareness) });
  awareness.on('change', onAwareness);
  onAwareness();

  return () => {
    unsubscribe();
    awareness.off('change', onAwareness);
    wb.goLive(null);
    binding.destroy();
    setIdCreator(null);
  };
}

function stillThere<T extends { elements: readonly string[]; relations: readonly string[] }>(
  doc: RefDocument,
  sel: T,
): T {
  if (!sel.elements.length && !sel.relations.length) return sel;
  const els = new Set(doc.elements.map((e) => e.id));
  const rels = new Set(doc.relations.map((r) => r.id));
  const elements = sel.elements.filter((id) => els.has(id));
  const relations = sel.relations.filter((id) => rels.has(id));
  return elements.length === sel.elements.length && relations.length === sel.relations.length
    ? sel
    : { ...sel, elements, relations };
}
