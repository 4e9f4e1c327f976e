import { useState } from 'react';
import type { VersionSummary } from '../../workspace/index.ts';
import { useMessages } from '../i18n/messages.ts';
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
  const m = useMessages().workspace;
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
    const label = name.trim() || m.versionOf(shortDate(new Date().toISOString()));
    try {
      await workspace.createVersion(modelId, { name: label, document: wb.store.getState().history.document });
      setName('');
      bumpRevision();
      wb.notify('success', m.keptVersion(label));
    } catch (error) {
      wb.notify('error', m.versionNotKept(error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <div className="versions">
      <div className="versions__status">
        <SaveIndicator />
        <span className="muted">{workspace ? m.inThisBrowser : ''}</span>
      </div>
      {!workspace || !modelId ? (
        <p className="versions__empty">{m.versionsNeedStorage}</p>
      ) : (
        <>
          <form
            className="versions__keep"
            onSubmit={(e) => {
              e.preventDefault();
              void keep();
            }}
          >
            <label htmlFor="version-name">{m.keepLabel}</label>
            <div className="versions__keep-row">
              <input
                id="version-name"
                value={name}
                placeholder={m.keepPlaceholder}
                maxLength={200}
                onChange={(e) => setName(e.target.value)}
                disabled={readOnly}
              />
              <button type="submit" className="primary" disabled={readOnly}>
                {m.keep}
              </button>
            </div>
          </form>
          {versions.error ? (
            <p className="field__error" role="alert">
              {m.versionsUnreadable(versions.error)}
            </p>
          ) : null}
          <h3 className="versions__heading">{m.keptHeading(kept.length)}</h3>
          {kept.length === 0 ? (
            <p className="versions__empty">{m.noneKept}</p>
          ) : (
            <ul className="versions__list">
              {kept.map((v) => (
                <VersionRow key={v.id} version={v} readOnly={readOnly} />
              ))}
            </ul>
          )}
          <details className="versions__automatic">
            <summary>{m.automaticHeading(automatic.length)}</summary>
            <p className="muted">{m.automaticHint}</p>
            <ul className="versions__list">
              {automatic.map((v) => (
                <VersionRow key={v.id} version={v} readOnly={readOnly} />
              ))}
            </ul>
          </details>
        </>
      )}
      <h3 className="versions__heading">{m.thisModel}</h3>
      <div className="versions__doors">
        <button onClick={() => wb.openDialog('diff')} title={m.compareDoorTitle}>
          {m.compareDoor}
        </button>
        <button
          onClick={() => wb.openDialog('derive')}
          title={doc.derivation ? m.conformanceDoorTitle(doc.derivation.reference.name) : m.deriveDoorTitle}
        >
          {doc.derivation ? m.conformanceDoor : m.deriveDoor}
        </button>
        <button onClick={() => wb.openDialog('workspace-file')} title={m.modelsDoorTitle}>
          {m.modelsDoor}
        </button>
      </div>
    </div>
  );
}

function VersionRow({ version, readOnly }: { version: VersionSummary; readOnly: boolean }) {
  const wb = useActions();
  const [more, setMore] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const m = useMessages().workspace;
  const workspace = storedWorkspace()!;
  const load = async () => {
    const record = await workspace.loadVersion(version.modelId, version.id);
    if (!record) wb.notify('error', m.versionGone(version.name));
    return record;
  };
  const restore = async () => {
    const record = await load();
    if (!record) return;
    wb.perform(restoreVersion(record));
    wb.notify('success', m.restoredVersion(version.name), { label: m.undo, run: wb.undo });
  };
  const asNewModel = async () => {
    const record = await load();
    if (record) await createFrom(record.document, { name: `${record.document.meta.name} (${version.name})` });
  };
  const remove = async () => {
    await workspace.deleteVersion(version.modelId, version.id);
    bumpRevision();
    wb.notify('success', m.deletedVersion(version.name));
  };
  return (
    <li className="version">
      <div className="version__name" title={version.name} translate="no">
        {version.name}
      </div>
      <div className="version__meta">{shortDate(version.createdAt)}</div>
      <div className="version__actions">
        <button onClick={() => wb.openDialog('diff', `version:${version.id}`)} title={m.compareVersionTitle}>
          {m.compare}
        </button>
        <button onClick={() => void restore()} disabled={readOnly} title={m.restoreTitle}>
          {m.restore}
        </button>
        <button
          className="icon-button"
          aria-expanded={more}
          aria-label={m.moreFor(version.name)}
          title={m.moreTitle}
          onClick={() => setMore(!more)}
        >
          ⋯
        </button>
      </div>
      {more ? (
        <div className="version__actions">
          <button onClick={() => void asNewModel()} title={m.asNewModelTitle}>
            {m.asNewModel}
          </button>
          <button onClick={() => void load().then((r) => r && exportVersion(r))} title={m.exportVersionTitle}>
            {m.export}
          </button>
          {confirming ? (
            <>
              <button className="danger" onClick={() => void remove()}>
                {m.deleteForGood}
              </button>
              <button onClick={() => setConfirming(false)}>{m.keep}</button>
            </>
          ) : (
            <button
              className="danger"
              disabled={readOnly}
              onClick={() => setConfirming(true)}
              title={m.deleteVersionTitle}
            >
              {m.deleteAsk}
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}
