import { edit } from '../../core/commands/history.ts';
import type { ImportResult } from '../../core/io/json.ts';
import { exportDocument } from '../../core/io/json.ts';
import { uniqueId } from '../../core/model/ids.ts';
import { modelHash } from '../../core/model/hash.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { Store } from '../../store/create-store.ts';
import { createWorkbench, type Workbench } from '../../store/workbench.ts';
import { isModelLocked, type ModelRecord, type ModelSummary, type Workspace } from '../../workspace/index.ts';
import { fileNameFor } from '../shell/download.ts';
import type { Boot } from './boot.ts';
import { claimModel, startSaver, type OpenModel, type TabContext } from './open-model.ts';
import { bumpRevision, createSessionState, type SessionState } from './session-state.ts';
import { completedSteps, stepVersionName } from './step-versions.ts';
import { messages } from '../i18n/messages.ts';
import { screenLabel } from '../i18n/labels.ts';

/** What a session needs from the page: the browser's storage, locks and downloads, or stand-ins in Node tests. */
export interface SessionPorts extends Omit<TabContext, 'state'> {
  /** The browser workspace; rejects when the browser offers no storage. */
  openWorkspace: () => Promise<Workspace>;
  /** The model a first visit (or a workspace left empty) opens with. */
  openingDocument: () => Promise<ImportResult>;
  download: (name: string, text: string) => void;
  /** Where the page warns before it closes with unsaved changes; null where there is no page. */
  page: Pick<Window, 'addEventListener'> | null;
  /** The state the header and banner show; default a new one. */
  state?: Store<SessionState>;
}

/** One tab's session: its workbench, the browser workspace (null without storage) and the model it has open. */
export interface Session {
  readonly state: Store<SessionState>;
  /**
   * Opens the browser workspace and the model to start with: the last one, with its view, or on a first visit
   * the shipped CRM-in-BPO model, stored. Without storage the shipped model opens all the same, unsaved.
   */
  start(): Promise<Boot>;
  /**
   * Writes the open model's last changes before something replaces it. When they cannot be stored, asks first:
   * download them and go on, or keep the model open (false). Without any storage it asks only when told to:
   * features with a question of their own (the gallery's) do not.
   */
  settle(options?: { askWithoutStorage?: boolean }): Promise<boolean>;
  /** The workspace of this browser, or null when the browser offers no storage. */
  workspace(): Workspace | null;
  /** The stored models, most recently changed first; empty when the browser offers no storage. */
  listRecent(): Promise<ModelSummary[]>;
  /** Opens a stored model with its last view; the model open before stays stored. False when it could not be opened. */
  openStored(id: string): Promise<boolean>;
  /** Stores a document as a new model (under a fresh id when its id is taken) and opens it; returns its id. */
  createFrom(document: RefDocument, options?: { name?: string }): Promise<string>;
  /** Moves a stored model to the trash, with an Undo; the open model is replaced by the most recent other one first. */
  deleteStored(id: string): Promise<boolean>;
  /** Brings a model back from the trash. */
  restoreDeleted(id: string): Promise<boolean>;
  /** Makes this tab the one that edits the open model, with the latest state the other tab saved. */
  takeOverEditing(): Promise<void>;
  /** Tries the failed write again now. */
  retrySave(): Promise<void>;
  /** Shows the stored state of the open model again when a workspace import replaced it. */
  reloadOpen(replaced: readonly string[]): Promise<void>;
}

/** A session on the given storage, locks and page; the page makes one (session.ts), tests make one per tab. */
export function createSession(ports: SessionPorts): Session {
  const state = ports.state ?? createSessionState();
  const tab: TabContext = { state, locks: ports.locks, channel: ports.channel, autosave: ports.autosave };
  const bump = () => bumpRevision(state);
  let wb: Workbench;
  let workspace: Workspace | null = null;
  let current: OpenModel | null = null;
  /** The openSeq of the document the session opened; another value means a feature opened a document itself. */
  let ownSeq = 0;
  let seenDoc: RefDocument | null = null;
  let seenView = '';
  /** Set while the session itself opens a document. */
  let quiet = false;
  /** The document last downloaded through the leave question: asking again for it would be noise. */
  let downloaded: RefDocument | null = null;
  /** Model switches run one after another, never interleaved. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function start(): Promise<Boot> {
    try {
      workspace = await ports.openWorkspace();
    } catch (error) {
      storageUnavailable(error);
    }
    const damaged: string[] = [];
    let stored: ModelRecord | null = null;
    let firstVisit = true;
    if (workspace) {
      try {
        const models = await workspace.listModels();
        firstVisit = models.length === 0;
        stored = await lastModel(workspace, models, damaged);
      } catch (error) {
        storageUnavailable(error);
      }
    }
    let document = stored?.document;
    if (!document) {
      const shipped = await ports.openingDocument();
      if (!shipped.ok) return shipped;
      document = shipped.document;
      if (damaged.length)
        document = { ...document, meta: { ...document.meta, id: uniqueId(document.meta.id, await takenIds()) } };
    }
    wb = createWorkbench(document);
    const view = stored?.currentView;
    if (view && document.views.some((v) => v.id === view)) wb.store.setState({ viewId: view });
    wb.store.setState({ firstVisit });
    ownSeq = wb.store.getState().openSeq;
    seenDoc = document;
    seenView = wb.store.getState().viewId;
    wb.store.subscribe(onStoreChange);
    ports.page?.addEventListener('beforeunload', warnIfUnsaved);
    for (const name of damaged) wb.notify('error', messages().workspace.damaged(name));
    if (workspace) {
      await attach(document.meta.id);
      if (!stored) saveNow();
    }
    return { ok: true, workbench: wb };
  }

  async function lastModel(ws: Workspace, models: ModelSummary[], damaged: string[]): Promise<ModelRecord | null> {
    const last = await ws.getSetting('lastOpenedModel');
    const order = [...new Set([last, ...models.map((m) => m.id)])].filter(
      (id): id is string => !!id && models.some((m) => m.id === id),
    );
    for (const id of order) {
      const loaded = await ws.loadModel(id);
      if (loaded?.ok) return loaded.model;
      if (loaded) damaged.push(loaded.name);
    }
    return null;
  }

  function storageUnavailable(error: unknown) {
    workspace = null;
    const reason = error instanceof Error ? error.message : String(error);
    state.setState({ save: 'not-saved', problem: { kind: 'unavailable', message: reason } });
  }

  /** Saves every change of the open model, versions completed method steps, and adopts documents other features open. */
  function onStoreChange() {
    if (quiet) return;
    const s = wb.store.getState();
    if (s.openSeq !== ownSeq) {
      ownSeq = s.openSeq;
      // The model open before takes no more changes: what follows belongs to the opened document, saved once adopted.
      const [left, leftDoc] = [current, seenDoc];
      current = null;
      seenDoc = s.history.document;
      seenView = s.viewId;
      void serial(() => adoptOpened(left, leftDoc));
      return;
    }
    const doc = s.history.document;
    if (doc === seenDoc && s.viewId === seenView) return;
    const before = seenDoc;
    seenDoc = doc;
    seenView = s.viewId;
    if (!current?.saver || s.readOnly) return;
    current.saver.schedule({ document: doc, currentStep: doc.method.currentStep, currentView: s.viewId });
    if (before && before !== doc)
      for (const step of completedSteps(before, doc)) void keepStepVersion(current.id, step, doc);
  }

  async function keepStepVersion(modelId: string, step: string, doc: RefDocument) {
    try {
      await workspace?.createVersion(modelId, { name: await stepVersionName(doc, step), document: doc });
      bump();
    } catch {
      // A failing write already shows in the save status; the next save tries again.
    }
  }

  /** Schedules the open document as it stands, e.g. after changes made while the model was being switched. */
  function saveNow() {
    const s = wb.store.getState();
    if (!s.readOnly)
      current?.saver?.schedule({
        document: s.history.document,
        currentStep: s.history.document.method.currentStep,
        currentView: s.viewId,
      });
  }

  function warnIfUnsaved(event: BeforeUnloadEvent) {
    const { save } = state.getState();
    if (save === 'not-saved' && wb.store.getState().history.past.length > 0) event.preventDefault();
  }

  /** Claims a stored model for this tab; edits are saved only while this tab holds it. */
  async function attach(id: string): Promise<void> {
    current = await claimModel(id, workspace!, wb, (model) => current === model, tab);
  }

  async function settle(options: { askWithoutStorage?: boolean } = {}): Promise<boolean> {
    const saver = current?.saver;
    if (saver) {
      await saver.flush();
      if (saver.status.state !== 'error') return true;
    } else if (workspace || !options.askWithoutStorage || !wb || wb.store.getState().history.past.length === 0)
      return true;
    const doc = wb.store.getState().history.document;
    if (doc === downloaded) return true;
    return askBeforeLeaving(doc);
  }

  function askBeforeLeaving(doc: RefDocument): Promise<boolean> {
    state.getState().leaving?.answer(false);
    return new Promise((resolve) =>
      state.setState({
        leaving: {
          model: doc.meta.name,
          answer: (goOn) => {
            state.setState({ leaving: null });
            if (goOn) {
              ports.download(fileNameFor(doc, 'refmod.json'), exportDocument(doc));
              downloaded = doc;
            } else wb.notify('info', messages().workspace.staysOpen(doc.meta.name));
            resolve(goOn);
          },
        },
      }),
    );
  }

  /**
   * Lets go of the open model, after writing its last changes. Changes that could not be written (a feature
   * replaced the model without asking) stay for download in the banner.
   */
  async function detach(model: OpenModel | null = current, left: RefDocument | null = null): Promise<void> {
    if (!model) return;
    if (model === current) current = null;
    await model.saver?.flush();
    const failed = model.saver?.status.state === 'error';
    const unsaved = model.saver?.dispose() ?? null;
    model.stop();
    await model.lock.release();
    const document = unsaved?.document ?? left;
    if (failed && document && document !== downloaded)
      state.setState({ leftUnsaved: { model: document.meta.name, json: exportDocument(document) } });
  }

  /** Shows a document as the session's own open, so it is neither mistaken for one to adopt nor saved back. */
  function show(document: RefDocument, view: string | null) {
    const target = view && document.views.some((v) => v.id === view) ? view : (document.views[0]?.id ?? '');
    ownSeq = wb.store.getState().openSeq + 1;
    quiet = true;
    try {
      wb.open(document);
      if (wb.store.getState().viewId !== target) wb.setView(target);
    } finally {
      quiet = false;
    }
    seenDoc = document;
    seenView = target;
  }

  /**
   * A feature opened a document (a file, a new model): the model open before stays stored, and the new one
   * becomes a stored model. Another copy of a stored model (same id, same creation time) replaces it after its
   * state is kept as a version; a different model that shares the id, or one another tab edits, gets a new id.
   */
  async function adoptOpened(model: OpenModel | null, left: RefDocument | null) {
    await detach(model, left);
    if (!workspace) return;
    let doc = wb.store.getState().history.document;
    const taken = await takenIds();
    if (taken.has(doc.meta.id)) {
      const stored = await workspace.loadModel(doc.meta.id);
      const sameModel = stored?.ok === true && stored.model.document.meta.created === doc.meta.created;
      const busy = await isModelLocked(doc.meta.id, ports.locks);
      if (sameModel && !busy) await keepReplaced(doc, stored.model.document);
      else {
        const id = uniqueId(doc.meta.id, taken);
        wb.amend(edit(screenLabel('workspace', 'storeAsNew'), (d) => void (d.meta.id = id)));
        if (busy) wb.notify('info', messages().workspace.storedSeparately(doc.meta.name));
        doc = wb.store.getState().history.document;
      }
    }
    await attach(doc.meta.id);
    saveNow();
    bump();
  }

  async function keepReplaced(doc: RefDocument, previous: RefDocument) {
    if (modelHash(previous) === modelHash(doc)) return;
    const name = messages().workspace.beforeOpeningCopy;
    await workspace!.createVersion(doc.meta.id, { name, document: previous });
    wb.notify('info', messages().workspace.replacedStored(doc.meta.name, name));
  }

  async function takenIds(): Promise<Set<string>> {
    if (!workspace) return new Set();
    const [models, trash] = await Promise.all([workspace.listModels(), workspace.listTrash()]);
    return new Set([...models.map((m) => m.id), ...trash.map((t) => t.id)]);
  }

  function openStored(id: string): Promise<boolean> {
    return serial(async () => {
      if (!workspace) return false;
      if (current?.id === id) return true;
      const loaded = await workspace.loadModel(id);
      if (!loaded?.ok) {
        wb.notify(
          'error',
          loaded
            ? messages().workspace.modelUnreadable(
                loaded.name,
                loaded.errors[0]?.message ?? messages().workspace.damagedReason,
              )
            : messages().workspace.modelGone,
        );
        return false;
      }
      if (!(await settle())) return false;
      await detach();
      await attach(id);
      show(loaded.model.document, loaded.model.currentView);
      bump();
      return true;
    });
  }

  function createFrom(document: RefDocument, options: { name?: string } = {}): Promise<string> {
    return serial(async () => {
      // Settled first: the open model's first save may still be pending, and its id is taken all the same.
      if (!(await settle())) return current?.id ?? document.meta.id;
      const id = uniqueId(document.meta.id, await takenIds());
      const doc = { ...document, meta: { ...document.meta, id, name: options.name ?? document.meta.name } };
      await detach();
      if (workspace) await attach(id);
      show(doc, null);
      saveNow();
      bump();
      return id;
    });
  }

  function deleteStored(id: string): Promise<boolean> {
    return serial(async () => {
      if (!workspace) return false;
      const name = (await workspace.listModels()).find((m) => m.id === id)?.name ?? id;
      if (current?.id === id) {
        if (!(await settle()) || !(await openReplacement(id))) return false;
      } else if (await isModelLocked(id, ports.locks)) {
        wb.notify('warning', messages().workspace.openElsewhereDelete(name));
        return false;
      }
      await workspace.deleteModel(id);
      bump();
      wb.notify('success', messages().workspace.movedToTrash(name), {
        label: messages().workspace.undo,
        run: () => void restoreDeleted(id),
      });
      return true;
    });
  }

  async function openReplacement(deleted: string): Promise<boolean> {
    const next = (await workspace!.listModels()).find((m) => m.id !== deleted);
    const loaded = next ? await workspace!.loadModel(next.id) : null;
    await detach();
    if (loaded?.ok) {
      await attach(loaded.model.id);
      show(loaded.model.document, loaded.model.currentView);
      return true;
    }
    const shipped = await ports.openingDocument();
    if (!shipped.ok) return false;
    const doc = {
      ...shipped.document,
      meta: { ...shipped.document.meta, id: uniqueId(shipped.document.meta.id, await takenIds()) },
    };
    await attach(doc.meta.id);
    show(doc, null);
    saveNow();
    return true;
  }

  async function restoreDeleted(id: string): Promise<boolean> {
    if (!workspace) return false;
    try {
      const model = await workspace.restoreFromTrash(id);
      bump();
      wb.notify('success', messages().workspace.restoredFromTrash(model.name), {
        label: messages().workspace.openIt,
        run: () => void openStored(id),
      });
      return true;
    } catch (error) {
      wb.notify('error', error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  function takeOverEditing(): Promise<void> {
    return serial(async () => {
      const model = current;
      if (!model || !workspace || model.lock.state === 'editing') return;
      await model.lock.takeOver();
      const loaded = await workspace.loadModel(model.id);
      model.saver = startSaver(workspace, state, ports.autosave);
      wb.store.setState({ readOnly: false });
      state.setState({ lock: null });
      if (loaded?.ok) show(loaded.model.document, wb.store.getState().viewId);
      else saveNow();
      wb.notify('success', messages().workspace.editingHere);
    });
  }

  async function retrySave(): Promise<void> {
    saveNow();
    await current?.saver?.flush();
  }

  async function reloadOpen(replaced: readonly string[]): Promise<void> {
    const id = current?.id;
    if (!id || !workspace || !replaced.includes(id)) return;
    const loaded = await workspace.loadModel(id);
    if (loaded?.ok) show(loaded.model.document, wb.store.getState().viewId);
  }

  return {
    state,
    start,
    settle,
    workspace: () => workspace,
    // A list shows the open model as it stands: a model made a moment ago is stored before the list is read.
    listRecent: async () => {
      await current?.saver?.flush();
      return workspace ? workspace.listModels() : [];
    },
    openStored,
    createFrom,
    deleteStored,
    restoreDeleted,
    takeOverEditing,
    retrySave,
    reloadOpen,
  };
}
