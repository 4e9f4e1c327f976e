import { useRef, useState } from 'react';
import type { Problem } from '../../core/model/problems.ts';
import { isModelLocked, readWorkspaceFile } from '../../workspace/index.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { download } from '../shell/download.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { deleteStored, openStored, reloadOpen, restoreDeleted, settle, storedWorkspace } from './session.ts';
import { bumpRevision, useSession } from './session-state.ts';
import { shortDate, useStored } from './use-stored.ts';
import './workspace-file.css';

/** The models in this browser, the trash, and the workspace file that carries all of them to another machine. */
export default function WorkspaceFileDialog({ onClose }: DialogProps) {
  const workspace = storedWorkspace();
  return (
    <Dialog title="Models in this browser" onClose={onClose} wide>
      {workspace ? (
        <div className="ws-file">
          <Models onClose={onClose} />
          <Trash />
          <Transfer />
        </div>
      ) : (
        <p>
          This browser offers Refmod no storage (private mode or storage turned off), so no models are kept here.
          Download the open model (banner above) to keep it.
        </p>
      )}
    </Dialog>
  );
}

function Models({ onClose }: { onClose: () => void }) {
  const revision = useSession((s) => s.revision);
  const openId = useSession((s) => s.modelId);
  const models = useStored(() => storedWorkspace()!.listModels(), 'models', revision);
  const [confirm, setConfirm] = useState<string | null>(null);
  return (
    <section>
      <h3>Models ({models.value?.length ?? '…'})</h3>
      <ul className="ws-file__list">
        {models.value?.map((m) => (
          <li key={m.id} className="ws-file__item">
            <div className="ws-file__what">
              <strong>{m.name}</strong>
              {m.id === openId ? <span className="badge">open</span> : null}
              <div className="muted">
                {m.elements} elements · changed {shortDate(m.updatedAt)}
                {m.derivedFrom ? ` · derived from ${m.derivedFrom}` : ''}
              </div>
            </div>
            {confirm === m.id ? (
              <>
                <span>Move to the trash?</span>
                <button className="danger" onClick={() => void deleteStored(m.id).then(() => setConfirm(null))}>
                  Move to trash
                </button>
                <button onClick={() => setConfirm(null)}>Keep</button>
              </>
            ) : (
              <>
                <button disabled={m.id === openId} onClick={() => void openStored(m.id).then((ok) => ok && onClose())}>
                  Open
                </button>
                <button
                  className="danger"
                  onClick={() => setConfirm(m.id)}
                  title="Move this model and its versions to the trash (restorable)"
                >
                  Delete…
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Trash() {
  const revision = useSession((s) => s.revision);
  const trash = useStored(() => storedWorkspace()!.listTrash(), 'trash', revision);
  const [confirm, setConfirm] = useState<string | null>(null);
  const purge = async (id: string) => {
    await storedWorkspace()!.purgeFromTrash(id);
    setConfirm(null);
    bumpRevision();
  };
  return (
    <section>
      <h3>Trash ({trash.value?.length ?? '…'})</h3>
      {trash.value?.length === 0 ? (
        <p className="muted">
          Empty. Deleted models wait here with their versions until you restore them or delete them for good.
        </p>
      ) : null}
      <ul className="ws-file__list">
        {trash.value?.map((t) => (
          <li key={t.id} className="ws-file__item">
            <div className="ws-file__what">
              <strong>{t.name}</strong>
              <div className="muted">
                deleted {shortDate(t.deletedAt)} · {t.versions} version{t.versions === 1 ? '' : 's'}
              </div>
            </div>
            {confirm === t.id ? (
              <>
                <span>This cannot be undone.</span>
                <button className="danger" onClick={() => void purge(t.id)}>
                  Delete for good
                </button>
                <button onClick={() => setConfirm(null)}>Keep</button>
              </>
            ) : (
              <>
                <button onClick={() => void restoreDeleted(t.id)}>Restore</button>
                <button className="danger" onClick={() => setConfirm(t.id)}>
                  Delete for good…
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Transfer() {
  const wb = useActions();
  const metamodel = useWb((s) => s.metamodel);
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<{ file: string; problems: Problem[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAll = async () => {
    await settle();
    const text = await storedWorkspace()!.exportWorkspace();
    download(`refmod-workspace-${new Date().toISOString().slice(0, 10)}.json`, text);
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setErrors(null);
    try {
      const text = await file.text();
      const read = readWorkspaceFile(text, metamodel);
      if (!read.ok) return setErrors({ file: file.name, problems: read.errors });
      const openId = wb.store.getState().history.document.meta.id;
      for (const { model } of read.entries) {
        if (model.id !== openId && (await isModelLocked(model.id))) {
          return setErrors({
            file: file.name,
            problems: [
              { path: model.id, message: `“${model.name}” is open in another tab. Close it there, then import again.` },
            ],
          });
        }
      }
      if (!(await settle())) return;
      const result = await storedWorkspace()!.importWorkspace(text);
      if (!result.ok) return setErrors({ file: file.name, problems: result.errors });
      await reloadOpen(result.models.map((m) => m.id));
      bumpRevision();
      const replaced = result.models.filter((m) => m.replaced).length;
      wb.notify(
        'success',
        `Imported ${result.models.length} model${result.models.length === 1 ? '' : 's'} from ${file.name}.${replaced ? ` ${replaced} replaced a model of the same id; the state it replaced is kept as a version.` : ''}`,
      );
    } catch (error) {
      setErrors({
        file: file.name,
        problems: [{ path: '(file)', message: error instanceof Error ? error.message : String(error) }],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h3>Move to another machine</h3>
      <p className="muted">
        One workspace file holds every model above with its versions. Importing adds its models; a model with the same
        id is replaced after its current state is kept as a version.
      </p>
      <div className="ws-file__transfer">
        <button className="primary" onClick={() => void exportAll()}>
          Export workspace file
        </button>
        <button onClick={() => input.current?.click()} disabled={busy}>
          {busy ? 'Importing…' : 'Import workspace file…'}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Import workspace file"
          data-testid="import-workspace"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {errors ? (
        <div className="ws-file__errors" role="alert">
          <strong>“{errors.file}” was not imported; nothing in this browser changed.</strong>
          <ul>
            {errors.problems.slice(0, 8).map((p) => (
              <li key={p.path + p.message}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {errors.problems.length > 8 ? <p>… and {errors.problems.length - 8} more.</p> : null}
        </div>
      ) : null}
    </section>
  );
}
