import { exportDocument } from '../../core/io/json.ts';
import type { Store } from '../../store/create-store.ts';
import type { Workbench } from '../../store/workbench.ts';
import {
  createAutosaver,
  lockModel,
  type AutosaveOptions,
  type Autosaver,
  type LockOptions,
  type ModelLock,
  type SaveStatus,
  type Workspace,
} from '../../workspace/index.ts';
import { bumpRevision, sessionState, type SessionState } from './session-state.ts';
import { messages } from '../i18n/messages.ts';

/** The stored model this tab has open: its tab lock and, while this tab edits it, its autosaver. */
export interface OpenModel {
  readonly id: string;
  readonly lock: ModelLock;
  saver: Autosaver | null;
  stop: () => void;
}

/** What a tab's claims share: the session's state, and the browser's locks, tab channel and page (injected in tests). */
export interface TabContext {
  readonly state: Store<SessionState>;
  /** undefined: the browser's Web Locks. */
  readonly locks?: LockManager | null | undefined;
  /** A channel to the other tabs for each claim; undefined: a BroadcastChannel. */
  readonly channel?: (() => LockOptions['channel']) | undefined;
  readonly autosave?: AutosaveOptions | undefined;
}

/**
 * Claims a stored model for this tab: the tab edits it (with an autosaver) when no other tab does, else
 * shows it read-only; `isOpen` tells whether the model is still the one the tab shows when a tab event arrives.
 */
export async function claimModel(
  id: string,
  workspace: Workspace,
  wb: Workbench,
  isOpen: (model: OpenModel) => boolean,
  tab: TabContext,
): Promise<OpenModel> {
  const { state } = tab;
  const lock = await lockModel(id, {
    beforeHandover: async () => void (await model.saver?.flush()),
    locks: tab.locks,
    ...(tab.channel && { channel: tab.channel() }),
  });
  const model: OpenModel = { id, lock, saver: null, stop: () => undefined };
  const unsubscribe = lock.subscribe((event) => {
    if (!isOpen(model)) return;
    if (event.type === 'state' && event.state === 'read-only') loseEditing(model, wb, state);
    else if (event.type === 'peer-read-only') wb.notify('info', messages().workspace.peerReadOnly);
    else if (event.type === 'released-elsewhere')
      state.setState((s) => ({ lock: s.lock && { ...s.lock, otherClosed: true } }));
  });
  model.stop = () => {
    unsubscribe();
    model.saver?.dispose();
  };
  const editing = lock.state === 'editing';
  if (editing) model.saver = startSaver(workspace, state, tab.autosave);
  wb.store.setState({ readOnly: !editing });
  state.setState({
    modelId: id,
    lock: editing ? null : { reason: 'open-elsewhere', otherClosed: false, unsaved: null },
  });
  void workspace.setSetting('lastOpenedModel', id).catch(() => undefined);
  return model;
}

/** An autosaver into the workspace whose status the header and the banner show. */
export function startSaver(
  workspace: Workspace,
  state: Store<SessionState> = sessionState,
  options?: AutosaveOptions,
): Autosaver {
  const saver = createAutosaver(
    {
      saveModel: (input) => workspace.saveModel(input),
      createVersion: async (modelId, options) => {
        await workspace.createVersion(modelId, options);
        bumpRevision(state);
      },
    },
    options,
  );
  const show = (status: SaveStatus) => showSaveStatus(status, state);
  saver.subscribe(show);
  show(saver.status);
  return saver;
}

function showSaveStatus(status: SaveStatus, state: Store<SessionState>) {
  if (status.state === 'error') {
    const kind = status.error.kind === 'quota' ? 'quota' : 'failed';
    state.setState({ save: 'not-saved', problem: { kind, message: status.error.message } });
  } else if (status.state === 'saving') state.setState({ save: 'saving' });
  else
    state.setState((s) => ({
      save: 'saved',
      savedAt: status.at ?? s.savedAt,
      problem: s.problem?.kind === 'unavailable' ? s.problem : null,
    }));
}

/** Another tab took the model over: stop saving here; keep what could not be saved for download. */
function loseEditing(model: OpenModel, wb: Workbench, state: Store<SessionState>) {
  const unsaved = model.saver?.dispose() ?? null;
  model.saver = null;
  wb.store.setState({ readOnly: true });
  state.setState({
    save: 'saved',
    lock: { reason: 'taken-over', otherClosed: false, unsaved: unsaved ? exportDocument(unsaved.document) : null },
  });
}
