import { useState } from 'react';
import type { VersionSummary } from '../../workspace/index.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { createFrom, storedWorkspace } from './session.ts';
import { bumpRevision, useSession } from './session-state.ts';
import { SaveIndicator } from './SaveIndicator.tsx';
import { shortDate, useStored } from './use-stored.ts';
import { exportVersion, restoreVersion } from './version-actions.ts';
import './versions.css';

/** The side-panel tab of the open model's versions: keep one, restore, compare, export; and the doors to compare, derive and the workspace. */
export default function VersionsPanel() {
  const wb = useActions();
  const doc = useDocument();
  const modelId = useSession((s) => s.modelId);
  const revision = useSession((s) => s.revision);
  const readOnly = useWb((s) => s.readOnly);
  const workspace = storedWorkspace();
  const versions = useStored(
    () => (workspace && modelId ? workspace.listVersions(modelId) : Promise.resolve([])),
    String(modelId),
    revision,
  );
  const [name, setName] = useState('');
  const kept = versions.value?.filter((v) => !v.automatic) ?? [];
  const automatic = versions.value?.filter((v) => v.automatic) ?? [];

  const keep = async () => {
    if (!workspace || !modelId) return;
    const label = name.trim() || `Version of ${shortDate(new Date().toISOString())}`;
    try {
      await workspace.createVersion(modelId, { name: label, document: wb.store.getState().history.document });
      setName('');
      bumpRevision();
      wb.notify('success', `Kept the version "${label}".`);
    } catch (error) {
      wb.notify('error', `The version was not kept: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="versions">
      <div className="versions__status">
        <SaveIndicator />
        <span className="muted">{workspace ? 'in this browser' : ''}</span>
      </div>
      {!workspace || !modelId ? (
        <p className="versions__empty">
          Versions need the browser's storage, which is not available here. Download the model (banner above) to keep
          your work.
        </p>
      ) : (
        <>
          <form
            className="versions__keep"
            onSubmit={(e) => {
              e.preventDefault();
              void keep();
            }}
          >
            <label htmlFor="version-name">Keep this state as a version</label>
            <div className="versions__keep-row">
              <input
                id="version-name"
                value={name}
                placeholder="e.g. After the client workshop"
                maxLength={200}
                onChange={(e) => setName(e.target.value)}
                disabled={readOnly}
              />
              <button type="submit" className="primary" disabled={readOnly}>
                Keep
              </button>
            </div>
          </form>
          {versions.error ? (
            <p className="field__error" role="alert">
              The versions could not be read: {versions.error}
            </p>
          ) : null}
          <h3 className="versions__heading">Kept versions ({kept.length})</h3>
          {kept.length === 0 ? (
            <p className="versions__empty">
              None yet. Keep a version before a workshop or a big change; Refmod also keeps one each time you complete a
              method step.
            </p>
          ) : (
            <ul className="versions__list">
              {kept.map((v) => (
                <VersionRow key={v.id} version={v} readOnly={readOnly} />
              ))}
            </ul>
          )}
          <details className="versions__automatic">
            <summary>Automatic versions ({automatic.length})</summary>
            <p className="muted">Taken while you work; the latest 30 are kept.</p>
            <ul className="versions__list">
              {automatic.map((v) => (
                <VersionRow key={v.id} version={v} readOnly={readOnly} />
              ))}
            </ul>
          </details>
        </>
      )}
      <h3 className="versions__heading">This model</h3>
      <div className="versions__doors">
        <button
          onClick={() => wb.openDialog('diff')}
          title="Compare two versions or two models, as a table and on the canvas"
        >
          Compare…
        </button>
        <button
          onClick={() => wb.openDialog('derive')}
          title={
            doc.derivation
              ? `How this model adapts “${doc.derivation.reference.name}”`
              : 'Start a company model linked to this reference model'
          }
        >
          {doc.derivation ? 'Conformance…' : 'Derive a model…'}
        </button>
        <button
          onClick={() => wb.openDialog('workspace-file')}
          title="All models in this browser, the trash, and the workspace file for moving to another machine"
        >
          Models &amp; trash…
        </button>
      </div>
    </div>
  );
}

function VersionRow({ version, readOnly }: { version: VersionSummary; readOnly: boolean }) {
  const wb = useActions();
  const [more, setMore] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const workspace = storedWorkspace()!;
  const load = async () => {
    const record = await workspace.loadVersion(version.modelId, version.id);
    if (!record) wb.notify('error', `The version "${version.name}" is no longer stored.`);
    return record;
  };
  const restore = async () => {
    const record = await load();
    if (!record) return;
    wb.perform(restoreVersion(record));
    wb.notify('success', `Restored "${version.name}".`, { label: 'Undo', run: wb.undo });
  };
  const asNewModel = async () => {
    const record = await load();
    if (record) await createFrom(record.document, { name: `${record.document.meta.name} (${version.name})` });
  };
  const remove = async () => {
    await workspace.deleteVersion(version.modelId, version.id);
    bumpRevision();
    wb.notify('success', `Deleted the version "${version.name}".`);
  };
  return (
    <li className="version">
      <div className="version__name" title={version.name}>
        {version.name}
      </div>
      <div className="version__meta">{shortDate(version.createdAt)}</div>
      <div className="version__actions">
        <button
          onClick={() => wb.openDialog('diff', `version:${version.id}`)}
          title="Compare this version with the model as it is now"
        >
          Compare
        </button>
        <button
          onClick={() => void restore()}
          disabled={readOnly}
          title="Make the model this version again (one undo step)"
        >
          Restore
        </button>
        <button
          className="icon-button"
          aria-expanded={more}
          aria-label={`More for ${version.name}`}
          title="More: open as a new model, export, delete"
          onClick={() => setMore(!more)}
        >
          ⋯
        </button>
      </div>
      {more ? (
        <div className="version__actions">
          <button
            onClick={() => void asNewModel()}
            title="Open this version as a separate model; the current model stays as it is"
          >
            As new model
          </button>
          <button
            onClick={() => void load().then((r) => r && exportVersion(r))}
            title="Download this version as a model file"
          >
            Export
          </button>
          {confirming ? (
            <>
              <button className="danger" onClick={() => void remove()}>
                Delete for good
              </button>
              <button onClick={() => setConfirming(false)}>Keep</button>
            </>
          ) : (
            <button
              className="danger"
              disabled={readOnly}
              onClick={() => setConfirming(true)}
              title="Delete this version (asks first)"
            >
              Delete…
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}
