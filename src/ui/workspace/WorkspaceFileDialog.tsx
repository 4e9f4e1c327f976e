import { useRef, useState } from 'react';
import type { Problem } from '../../core/model/problems.ts';
import { isModelLocked, readWorkspaceFile } from '../../workspace/index.ts';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { download } from '../shell/download.ts';
import { modelProblems } from '../shell/not-opened.ts';
import { ProblemList } from '../shell/ProblemList.tsx';
import { useActions, useWb } from '../workbench-context.ts';
import { deleteStored, openStored, reloadOpen, restoreDeleted, settle, storedWorkspace } from './session.ts';
import { bumpRevision, useSession } from './session-state.ts';
import { shortDate, useStored } from './use-stored.ts';
import './workspace-file.css';

/** The models in this browser, the trash, and the workspace file that carries all of them to another machine. */
export default function WorkspaceFileDialog({ onClose }: DialogProps) {
  const workspace = storedWorkspace();
  const m = useMessages().workspace;
  return (
    <Dialog title={m.modelsTitle} onClose={onClose} wide>
      {workspace ? (
        <div className="ws-file">
          <Models onClose={onClose} />
          <Trash />
          <Transfer />
        </div>
      ) : (
        <p>{m.noStorage}</p>
      )}
    </Dialog>
  );
}

function Models({ onClose }: { onClose: () => void }) {
  const revision = useSession((s) => s.revision);
  const openId = useSession((s) => s.modelId);
  const models = useStored(() => storedWorkspace()!.listModels(), 'models', revision);
  const [confirm, setConfirm] = useState<string | null>(null);
  const m = useMessages().workspace;
  return (
    <section>
      <h3>{m.models(String(models.value?.length ?? '…'))}</h3>
      <ul className="ws-file__list">
        {models.value?.map((model) => (
          <li key={model.id} className="ws-file__item">
            <div className="ws-file__what">
              <strong translate="no">{model.name}</strong>
              {model.id === openId ? <span className="badge">{m.open}</span> : null}
              <div className="muted">
                {m.modelFacts(model.elements, shortDate(model.updatedAt), model.derivedFrom ?? '')}
              </div>
            </div>
            {confirm === model.id ? (
              <>
                <span>{m.moveToTrashAsk}</span>
                <button className="danger" onClick={() => void deleteStored(model.id).then(() => setConfirm(null))}>
                  {m.moveToTrash}
                </button>
                <button onClick={() => setConfirm(null)}>{m.keep}</button>
              </>
            ) : (
              <>
                <button
                  disabled={model.id === openId}
                  onClick={() => void openStored(model.id).then((ok) => ok && onClose())}
                >
                  {m.openModel}
                </button>
                <button className="danger" onClick={() => setConfirm(model.id)} title={m.deleteModelTitle}>
                  {m.deleteAsk}
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
  const m = useMessages().workspace;
  const purge = async (id: string) => {
    await storedWorkspace()!.purgeFromTrash(id);
    setConfirm(null);
    bumpRevision();
  };
  return (
    <section>
      <h3>{m.trash(String(trash.value?.length ?? '…'))}</h3>
      {trash.value?.length === 0 ? <p className="muted">{m.trashEmpty}</p> : null}
      <ul className="ws-file__list">
        {trash.value?.map((t) => (
          <li key={t.id} className="ws-file__item">
            <div className="ws-file__what">
              <strong translate="no">{t.name}</strong>
              <div className="muted">{m.trashFacts(shortDate(t.deletedAt), t.versions)}</div>
            </div>
            {confirm === t.id ? (
              <>
                <span>{m.cannotBeUndone}</span>
                <button className="danger" onClick={() => void purge(t.id)}>
                  {m.deleteForGood}
                </button>
                <button onClick={() => setConfirm(null)}>{m.keep}</button>
              </>
            ) : (
              <>
                <button onClick={() => void restoreDeleted(t.id)}>{m.restore}</button>
                <button className="danger" onClick={() => setConfirm(t.id)}>
                  {m.deleteForGoodAsk}
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
  const m = useMessages().workspace;

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
            problems: [{ path: model.id, message: m.openInOtherTab(model.name) }],
          });
        }
      }
      if (!(await settle())) return;
      const result = await storedWorkspace()!.importWorkspace(text);
      if (!result.ok) return setErrors({ file: file.name, problems: result.errors });
      await reloadOpen(result.models.map((m) => m.id));
      bumpRevision();
      const replaced = result.models.filter((m) => m.replaced).length;
      wb.notify('success', m.imported(result.models.length, file.name, replaced));
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
      <h3>{m.moveTitle}</h3>
      <p className="muted">{m.moveHint}</p>
      <div className="ws-file__transfer">
        <button className="primary" onClick={() => void exportAll()}>
          {m.exportWorkspace}
        </button>
        <button onClick={() => input.current?.click()} disabled={busy}>
          {busy ? m.importing : m.importWorkspaceAsk}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={m.importWorkspace}
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
          <strong>{m.notImported(errors.file)}</strong>
          <ProblemList problems={modelProblems(errors.problems)} file={errors.file} />
        </div>
      ) : null}
    </section>
  );
}
