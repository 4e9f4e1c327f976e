import { exportDocument } from '../../core/io/json.ts';
import type { Workbench } from '../../store/workbench.ts';
import {
  createAutosaver,
  lockModel,
  type Autosaver,
  type ModelLock,
  type SaveStatus,
  type Workspace,
} from '../../workspace/index.ts';
import { bumpRevision, sessionState } from './session-state.ts';

/** The stored model this tab has open: its tab lock and, while this tab edits it, its autosaver. */
export interface OpenModel {
  readonly id: string;
  readonly lock: ModelLock;
  saver: Autosaver | null;
  stop: () => void;
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
): Promise<OpenModel> {
  const lock = await lockModel(id, { beforeHandover: async () => void (await model.saver?.flush()) });
  const model: OpenModel = { id, lock, saver: null, stop: () => undefined };
  const unsubscribe = lock.subscribe((event) => {
    if (!isOpen(model)) return;
    if (event.type === 'state' && event.state === 'read-only') loseEditing(model, wb);
    else if (event.type === 'peer-read-only')
      wb.notify('info', 'This model was opened in another tab too. That tab stays read-only while you edit here.');
    else if (event.type === 'released-elsewhere')
      sessionState.setState((s) => ({ lock: s.lock && { ...s.lock, otherClosed: true } }));
  });
  model.stop = () => {
    unsubscribe();
    model.saver?.dispose();
  };
  const editing = lock.state === 'editing';
  if (editing) model.saver = startSaver(workspace);
  wb.store.setState({ readOnly: !editing });
  sessionState.setState({
    modelId: id,
    lock: editing ? null : { reason: 'open-elsewhere', otherClosed: false, unsaved: null },
  });
  void workspace.setSetting('lastOpenedModel', id).catch(() => undefined);
  return model;
}

/** An autosaver into the workspace whose status the header and the banner show. */
export function startSaver(workspace: Workspace): Autosaver {
  const saver = createAutosaver({
    saveModel: (input) => workspace.saveModel(input),
    createVersion: async (modelId, options) => {
      await workspace.createVersion(modelId, options);
      bumpRevision();
    },
  });
  saver.subscribe(showSaveStatus);
  showSaveStatus(saver.status);
  return saver;
}

function showSaveStatus(status: SaveStatus) {
  if (status.state === 'error') {
    const kind = status.error.kind === 'quota' ? 'quota' : 'failed';
    sessionState.setState({ save: 'not-saved', problem: { kind, message: status.error.message } });
  } else if (status.state === 'saving') sessionState.setState({ save: 'saving' });
  else
    sessionState.setState((s) => ({
      save: 'saved',
      savedAt: status.at ?? s.savedAt,
      problem: s.problem?.kind === 'unavailable' ? s.problem : null,
    }));
}

/** Another tab took the model over: stop saving here; keep what could not be saved for download. */
function loseEditing(model: OpenModel, wb: Workbench) {
  const unsaved = model.saver?.dispose() ?? null;
  model.saver = null;
  wb.store.setState({ readOnly: true });
  sessionState.setState({
    save: 'saved',
    lock: { reason: 'taken-over', otherClosed: false, unsaved: unsaved ? exportDocument(unsaved.document) : null },
  });
}
