import type { Metamodel } from '../core/metamodel/metamodel.ts';
import { metamodelFor } from '../core/metamodel/registry.ts';
import { onDataLanguage } from '../core/i18n/data.ts';
import type { Element, Point, RefDocument } from '../core/model/schema.ts';
import { perform, redo, startHistory, undo, type Edit, type History } from '../core/commands/history.ts';
import { checkEdit } from '../core/commands/command.ts';
import { refusalMessage, sayRefusal } from '../core/i18n/say.ts';
import type { Finding, ValidationReport } from '../core/validation/index.ts';
import { createStore, useStore } from './create-store.ts';
import { presentationOf, type Slide } from '../core/diagram/present.ts';
import { validateLive } from './live-validation.ts';

export interface Selection {
  readonly elements: readonly string[];
  readonly relations: readonly string[];
}

export interface Notice {
  id: number;
  tone: 'error' | 'warning' | 'info' | 'success';
  message: string;
  /** Shown as a button beside the message. */
  action?: { label: string; run: () => void };
  /** An offer that waits for the person (the tour): it does not fade, only a click closes it. */
  waits?: boolean;
}

/**
 * How much of the open view the canvas shows: the process map (the framework of cells with their processes),
 * one cell in detail, or the whole view in detail. Null until the canvas has picked the readable level on opening.
 */
export type Level = { kind: 'map' } | { kind: 'cell'; row: string | null; column: string | null } | { kind: 'detail' };

export type SidePanel = 'inspector' | 'method' | 'findings' | 'evaluation' | 'export' | 'versions' | 'learn';

/** The dialogs a feature can open over the workbench; Workspace renders the one that is open. */
export type DialogId =
  | 'gallery'
  | 'new-model'
  | 'method-pack'
  | 'mermaid-import'
  | 'drawio-import'
  | 'archimate-export'
  | 'csv'
  | 'image-export'
  | 'model-report'
  | 'evaluation-report'
  | 'diff'
  | 'derive'
  | 'configure'
  | 'induce'
  | 'catalogue-card'
  | 'workspace-file'
  | 'glossary'
  | 'rules'
  | 'tour'
  | 'connect-to'
  | 'file-problems';

/** The live validation of the open model: the engine's report and its findings per element, for badges. */
export interface LiveValidation {
  report: ValidationReport;
  byElement: ReadonlyMap<string, readonly Finding[]>;
}

export interface WorkbenchState {
  history: History;
  metamodel: Metamodel;
  viewId: string;
  selection: Selection;
  readOnly: boolean;
  notices: Notice[];
  /** Every message of this session, newest last (at most 50), so one that faded can be read later. */
  noticeLog: Notice[];
  sidePanel: SidePanel;
  /** Whether the side panel is folded to a rail; null until the person chooses (then the screen's width decides). */
  sidePanelFolded: boolean | null;
  presenting: boolean;
  /** Asks the canvas to bring an element into view; the counter makes repeated requests distinct. */
  focus: { id: string; seq: number } | null;
  /** The element whose name is being edited in place on the canvas. */
  renaming: string | null;
  /** Bumped to ask the canvas to fit the whole view into the screen. */
  fitSeq: number;
  /** Null until the validation engine has loaded (it loads just after the first screen). */
  validation: LiveValidation | null;
  /** True when the validation engine's code could not be loaded, twice: the findings panel says so instead of waiting. */
  validationUnavailable: boolean;
  /** The open dialog, with what it was opened for (e.g. the view to export). */
  dialog: { id: DialogId; arg?: string } | null;
  /** Bumped whenever another model is opened, so late results (a layout) never land in the wrong model. */
  openSeq: number;
  /** True when this browser had no stored model yet: the first visit, when a tour is worth offering. */
  firstVisit: boolean;
  /** The level the canvas shows the open view at. */
  level: Level | null;
  /** Measures, roles and systems folded into their processes (the default), or every element drawn. */
  folding: boolean;
  /** Processes whose folded measures are listed in place. */
  unfolded: ReadonlySet<string>;
  /** A comparison the canvas marks: how the open model differs from another state (set by the compare dialog). */
  diffOverlay: DiffOverlay | null;
}

/** Elements of the open model marked added or changed, and the removed ones drawn ghosted where they were. */
export interface DiffOverlay {
  readonly label: string;
  /** What the compare dialog is opened with to show the comparison again. */
  readonly source: string;
  readonly marks: ReadonlyMap<string, 'added' | 'changed'>;
  readonly removed: readonly { readonly element: Element; readonly view: string; readonly at: Point }[];
}

const EMPTY: Selection = { elements: [], relations: [] };

/** Whether a slide is what the canvas shows at a level. */
export function sameSlide(slide: Slide, level: Level | null): boolean {
  if (!level || slide.kind !== level.kind) return false;
  return slide.kind === 'map' || (level.kind === 'cell' && slide.row === level.row && slide.column === level.column);
}

/** The part of a selection that the view shows. */
function selectionInView(doc: RefDocument, viewId: string, sel: Selection): Selection {
  const view = doc.views.find((v) => v.id === viewId);
  if (!view || view.elements === 'all' || (!sel.elements.length && !sel.relations.length)) return sel;
  const shown = new Set(view.elements);
  const relations = doc.relations.filter((r) => shown.has(r.source) && shown.has(r.target)).map((r) => r.id);
  const kept = new Set(relations);
  return {
    elements: sel.elements.filter((id) => shown.has(id)),
    relations: sel.relations.filter((id) => kept.has(id)),
  };
}

/** A live workshop while it is joined (src/collab): it may refuse an edit (review mode) and takes over undo and redo. */
export interface LiveSession {
  refusal(edit: Edit): string | null;
  undo(): void;
  redo(): void;
}

export function createWorkbench(document: RefDocument, metamodel: Metamodel = metamodelFor(document)) {
  const store = createStore<WorkbenchState>({
    history: startHistory(document),
    metamodel,
    viewId: document.views[0]?.id ?? '',
    selection: EMPTY,
    readOnly: false,
    notices: [],
    noticeLog: [],
    sidePanel: 'inspector',
    sidePanelFolded: null,
    presenting: false,
    focus: null,
    renaming: null,
    fitSeq: 0,
    openSeq: 0,
    validation: null,
    validationUnavailable: false,
    dialog: null,
    firstVisit: false,
    diffOverlay: null,
    level: null,
    folding: true,
    unfolded: new Set(),
  });
  // Findings follow every change of the document, computed when the page is idle (see live-validation.ts).
  validateLive(store, metamodel);
  // Type labels follow the data's language: a switch to German or Korean rebuilds the metamodel, and the screens follow.
  onDataLanguage(() => store.setState((s) => ({ metamodel: metamodelFor(s.history.document) })));
  let noticeSeq = 0;
  let focusSeq = 0;
  let live: LiveSession | null = null;

  /** Keeps the selection to what still exists after undo, redo or deletion. */
  const pruneSelection = (doc: RefDocument, sel: Selection): Selection => {
    const els = new Set(doc.elements.map((e) => e.id));
    const rels = new Set(doc.relations.map((r) => r.id));
    const elements = sel.elements.filter((id) => els.has(id));
    const relations = sel.relations.filter((id) => rels.has(id));
    return elements.length === sel.elements.length && relations.length === sel.relations.length
      ? sel
      : { elements, relations };
  };
  const commit = (history: History) =>
    store.setState((s) => ({ history, selection: pruneSelection(history.document, s.selection) }));

  /** A read-only model (e.g. open for editing in another tab) takes no change, undo included; says so. */
  const refuseReadOnly = () => {
    if (!store.getState().readOnly) return false;
    actions.notify('warning', refusalMessage(sayRefusal('model.read-only', undefined)));
    return true;
  };

  const actions = {
    store,
    /** Makes a change after core has admitted it (schema, integrity, metamodel); a refusal says why and changes nothing. */
    perform(edit: Edit) {
      if (refuseReadOnly()) return;
      const refusal = live?.refusal(edit);
      if (refusal) return void actions.notify('warning', refusal);
      const { history, metamodel: mm } = store.getState();
      const checked = checkEdit(history.document, mm, edit);
      if (checked.ok) commit(perform(history, edit));
      else actions.notify('warning', refusalMessage(checked, mm));
    },
    /**
     * Applies an automatic change that is not a user action (placing unpositioned elements on open)
     * without an undo step, so the first Ctrl+Z undoes the user's own work.
     */
    amend(edit: Edit) {
      const s = store.getState();
      const next = perform(startHistory(s.history.document), edit).document;
      if (next !== s.history.document) store.setState({ history: { ...s.history, document: next } });
    },
    undo: () => !refuseReadOnly() && (live ? live.undo() : commit(undo(store.getState().history))),
    redo: () => !refuseReadOnly() && (live ? live.redo() : commit(redo(store.getState().history))),
    /** Joins (or, with null, leaves) a live workshop. */
    goLive(session: LiveSession | null) {
      live = session;
    },
    /** Replaces the open model (after it was validated); history starts afresh. */
    open(document: RefDocument) {
      store.setState((s) => ({
        history: startHistory(document),
        metamodel: metamodelFor(document),
        viewId: document.views[0]?.id ?? '',
        selection: EMPTY,
        focus: null,
        fitSeq: s.fitSeq + 1,
        openSeq: s.openSeq + 1,
        diffOverlay: null,
        level: null,
        unfolded: new Set(),
      }));
    },
    select(selection: Partial<Selection>) {
      store.setState({ selection: { elements: selection.elements ?? [], relations: selection.relations ?? [] } });
    },
    // The selection belongs to the view on screen: what another view selected never follows into this one.
    setView: (viewId: string) =>
      store.setState((s) =>
        s.viewId === viewId
          ? { fitSeq: s.fitSeq + 1 }
          : {
              viewId,
              fitSeq: s.fitSeq + 1,
              level: null,
              selection: selectionInView(s.history.document, viewId, s.selection),
            },
      ),
    /** Shows the open view at a level, and fits it. */
    setLevel: (level: Level) => store.setState((s) => ({ level, fitSeq: s.fitSeq + 1 })),
    setFolding: (folding: boolean) => store.setState((s) => ({ folding, fitSeq: s.fitSeq + 1 })),
    /** Lists a process's folded measures in place, or folds them back. */
    toggleUnfolded(id: string) {
      store.setState((s) => {
        const unfolded = new Set(s.unfolded);
        if (!unfolded.delete(id)) unfolded.add(id);
        return { unfolded };
      });
    },
    startRename: (id: string) => store.setState({ renaming: id, selection: { elements: [id], relations: [] } }),
    endRename: () => store.setState({ renaming: null }),
    requestFit: () => store.setState((s) => ({ fitSeq: s.fitSeq + 1 })),
    // Asking for a panel shows it, folded or not.
    setSidePanel: (sidePanel: SidePanel) => store.setState({ sidePanel, sidePanelFolded: false, presenting: false }),
    foldSidePanel: (folded: boolean | null) => store.setState({ sidePanelFolded: folded }),
    openDialog: (id: DialogId, arg?: string) => store.setState({ dialog: arg === undefined ? { id } : { id, arg } }),
    closeDialog: () => store.setState({ dialog: null }),
    /** Enters present mode on the view's process map, fitted, or leaves it. */
    togglePresenting: () =>
      store.setState((s) => ({
        presenting: !s.presenting,
        fitSeq: s.fitSeq + 1,
        ...(s.presenting ? {} : { level: { kind: 'map' } }),
      })),
    /** Goes to the next (+1) or previous (-1) slide of the talk: the process map, then one cell after another. */
    presentStep(delta: number) {
      const s = store.getState();
      const view = s.history.document.views.find((v) => v.id === s.viewId);
      if (!view) return;
      const slides = presentationOf(s.history.document, view);
      const at = Math.max(
        0,
        slides.findIndex((slide) => sameSlide(slide, s.level)),
      );
      const next = slides[Math.min(slides.length - 1, Math.max(0, at + delta))]!;
      store.setState({
        level: next.kind === 'map' ? { kind: 'map' } : { kind: 'cell', row: next.row, column: next.column },
        fitSeq: s.fitSeq + 1,
      });
    },
    focusElement(id: string) {
      store.setState({ focus: { id, seq: ++focusSeq }, selection: { elements: [id], relations: [] } });
    },
    notify(tone: Notice['tone'], message: string, action?: Notice['action'], waits = false) {
      const notice: Notice = {
        id: ++noticeSeq,
        tone,
        message,
        ...(action ? { action } : {}),
        ...(waits ? { waits } : {}),
      };
      store.setState((s) => ({
        notices: [...s.notices.slice(-3), notice],
        noticeLog: [...s.noticeLog.slice(-49), notice],
      }));
      return notice.id;
    },
    dismiss: (id: number) => store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  };
  return actions;
}

export type Workbench = ReturnType<typeof createWorkbench>;

export function useWorkbench<T>(workbench: Workbench, selector: (state: WorkbenchState) => T): T {
  return useStore(workbench.store, selector);
}
