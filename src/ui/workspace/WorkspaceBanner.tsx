import { exportDocument } from '../../core/io/json.ts';
import { slug } from '../../core/model/ids.ts';
import { download, fileNameFor } from '../shell/download.ts';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { useActions, useWb } from '../workbench-context.ts';
import { sessionState, useSession, type LeaveQuestion } from './session-state.ts';
import './workspace-banner.css';

const session = () => import('./session.ts');

/** Strips above the workbench for what the user must not miss: changes not kept, a read-only tab, a comparison shown on the canvas. */
export function WorkspaceBanner() {
  const wb = useActions();
  const problem = useSession((s) => s.problem);
  const lock = useSession((s) => s.lock);
  const overlay = useWb((s) => s.diffOverlay);
  const leaving = useSession((s) => s.leaving);
  const leftUnsaved = useSession((s) => s.leftUnsaved);
  const m = useMessages().workspace;
  const downloadModel = () => {
    const doc = wb.store.getState().history.document;
    download(fileNameFor(doc, 'refmod.json'), exportDocument(doc));
  };
  if (!problem && !lock && !overlay && !leaving && !leftUnsaved) return null;
  return (
    <div className="ws-banners">
      {leaving ? <LeaveChoice question={leaving} /> : null}
      {leftUnsaved ? (
        <div className="ws-banner ws-banner--error" role="alert">
          <span className="ws-banner__icon" aria-hidden="true">
            !
          </span>
          <p>
            <strong>{m.notStoredBefore(leftUnsaved.model)}</strong>
            {m.notStoredBeforeRest}
          </p>
          <button
            className="primary"
            onClick={() => {
              download(`${slug(leftUnsaved.model)}.unsaved.refmod.json`, leftUnsaved.json);
              sessionState.setState({ leftUnsaved: null });
            }}
          >
            {m.downloadThoseChanges}
          </button>
        </div>
      ) : null}
      {problem ? (
        <div className="ws-banner ws-banner--error" role="alert">
          <span className="ws-banner__icon" aria-hidden="true">
            !
          </span>
          <p>
            {problem.kind === 'unavailable' ? (
              <>
                <strong>{m.changesNotKept}</strong>
                {m.changesNotKeptWhy}
              </>
            ) : (
              <>
                <strong>{m.latestNotSaved}</strong> {problem.kind === 'quota' ? m.noRoom : problem.message}
                {m.savedBeforeSafe(problem.kind === 'quota')}
              </>
            )}
          </p>
          <button className="primary" onClick={downloadModel}>
            {m.downloadModel}
          </button>
          {problem.kind === 'unavailable' ? null : (
            <button onClick={() => void session().then((s) => s.retrySave())}>{m.tryAgain}</button>
          )}
          {problem.kind === 'quota' ? (
            <button onClick={() => wb.openDialog('workspace-file')}>{m.freeRoom}</button>
          ) : null}
        </div>
      ) : null}
      {lock ? (
        <div className="ws-banner ws-banner--warning" role="status">
          <LockIcon />
          <p>
            {lock.otherClosed ? (
              <>
                <strong>{m.otherTabClosed}</strong>
                {m.otherTabClosedRest}
              </>
            ) : lock.reason === 'open-elsewhere' ? (
              <>
                <strong>{m.readOnlyColon}</strong>
                {m.openElsewhere}
              </>
            ) : (
              <>
                <strong>{m.takenOver}</strong>
                {m.takenOverRest(!!lock.unsaved)}
              </>
            )}
          </p>
          {lock.unsaved ? (
            <button
              onClick={() =>
                download(fileNameFor(wb.store.getState().history.document, 'unsaved.refmod.json'), lock.unsaved!)
              }
            >
              {m.downloadTabChanges}
            </button>
          ) : null}
          <button className="primary" onClick={() => void session().then((s) => s.takeOverEditing())}>
            {m.takeOverEditing}
          </button>
        </div>
      ) : null}
      {overlay ? (
        <div className="ws-banner ws-banner--info" role="status">
          <span className="ws-banner__icon" aria-hidden="true">
            ⇄
          </span>
          <p>
            <strong>{m.comparingWith(overlay.label)}</strong>{' '}
            <span className="ws-legends">
              <span className="ws-legend ws-legend--added">{m.legendAdded}</span>
              <span className="ws-legend ws-legend--changed">{m.legendChanged}</span>
              <span className="ws-legend ws-legend--removed">{m.legendRemoved}</span>
            </span>
          </p>
          <button onClick={() => wb.openDialog('diff', overlay.source)}>{m.detailsAsk}</button>
          <button onClick={() => wb.store.setState({ diffOverlay: null })}>{m.hideComparison}</button>
        </div>
      ) : null}
    </div>
  );
}

/** Asked before the open model is replaced while its latest changes are not stored: nothing goes without a copy. */
function LeaveChoice({ question }: { question: LeaveQuestion }) {
  const m = useMessages().workspace;
  return (
    <Dialog title={m.leaveTitle} onClose={() => question.answer(false)}>
      <p>
        {m.leaveBefore}
        <strong>“{question.model}”</strong>
        {m.leaveAfter}
      </p>
      <p>{m.leaveHow}</p>
      <div className="ws-choice__actions">
        <button onClick={() => question.answer(false)}>{m.keepItOpen}</button>
        <button className="primary" autoFocus onClick={() => question.answer(true)}>
          {m.downloadThenGoOn}
        </button>
      </div>
    </Dialog>
  );
}

function LockIcon() {
  return (
    <svg
      className="ws-banner__icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <rect x="5" y="11" width="14" height="9" rx="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </svg>
  );
}
