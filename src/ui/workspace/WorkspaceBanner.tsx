import { exportDocument } from '../../core/io/json.ts';
import { slug } from '../../core/model/ids.ts';
import { download, fileNameFor } from '../shell/download.ts';
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
            <strong>The last changes to “{leftUnsaved.model}” were not stored</strong> before another model opened.
            Download them to keep them.
          </p>
          <button
            className="primary"
            onClick={() => {
              download(`${slug(leftUnsaved.model)}.unsaved.refmod.json`, leftUnsaved.json);
              sessionState.setState({ leftUnsaved: null });
            }}
          >
            Download those changes
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
                <strong>Changes are not kept.</strong> This browser does not let Refmod store models (private mode or
                storage turned off), so closing the tab loses your work. Download the model to keep it.
              </>
            ) : (
              <>
                <strong>Your latest changes are not saved.</strong>{' '}
                {problem.kind === 'quota' ? 'The browser has no room left for Refmod.' : problem.message} Everything
                saved before is safe. Download the model to keep your work
                {problem.kind === 'quota' ? ', then free room by deleting old versions or emptying the trash' : ''}.
              </>
            )}
          </p>
          <button className="primary" onClick={downloadModel}>
            Download model
          </button>
          {problem.kind === 'unavailable' ? null : (
            <button onClick={() => void session().then((s) => s.retrySave())}>Try again</button>
          )}
          {problem.kind === 'quota' ? (
            <button onClick={() => wb.openDialog('workspace-file')}>Free room…</button>
          ) : null}
        </div>
      ) : null}
      {lock ? (
        <div className="ws-banner ws-banner--warning" role="status">
          <LockIcon />
          <p>
            {lock.otherClosed ? (
              <>
                <strong>The other tab closed this model.</strong> You can edit it here now.
              </>
            ) : lock.reason === 'open-elsewhere' ? (
              <>
                <strong>Read-only:</strong> this model is being edited in another tab. Take over to edit it here; the
                other tab then becomes read-only.
              </>
            ) : (
              <>
                <strong>Another tab took over editing this model.</strong> This tab is read-only now
                {lock.unsaved
                  ? '; its last changes could not be saved first, so download them before taking over.'
                  : '; everything you changed here was saved first.'}
              </>
            )}
          </p>
          {lock.unsaved ? (
            <button
              onClick={() =>
                download(fileNameFor(wb.store.getState().history.document, 'unsaved.refmod.json'), lock.unsaved!)
              }
            >
              Download this tab's changes
            </button>
          ) : null}
          <button className="primary" onClick={() => void session().then((s) => s.takeOverEditing())}>
            Take over editing
          </button>
        </div>
      ) : null}
      {overlay ? (
        <div className="ws-banner ws-banner--info" role="status">
          <span className="ws-banner__icon" aria-hidden="true">
            ⇄
          </span>
          <p>
            <strong>Comparing with {overlay.label}</strong>{' '}
            <span className="ws-legends">
              <span className="ws-legend ws-legend--added">added</span>
              <span className="ws-legend ws-legend--changed">changed</span>
              <span className="ws-legend ws-legend--removed">removed</span>
            </span>
          </p>
          <button onClick={() => wb.openDialog('diff', overlay.source)}>Details…</button>
          <button onClick={() => wb.store.setState({ diffOverlay: null })}>Hide comparison</button>
        </div>
      ) : null}
    </div>
  );
}

/** Asked before the open model is replaced while its latest changes are not stored: nothing goes without a copy. */
function LeaveChoice({ question }: { question: LeaveQuestion }) {
  return (
    <Dialog title="Your latest changes are not stored" onClose={() => question.answer(false)}>
      <p>
        The browser could not store the latest changes to <strong>“{question.model}”</strong>. Opening something else
        now would leave them behind.
      </p>
      <p>Download the model to keep them in a file, then go on; or keep it open and try again later.</p>
      <div className="ws-choice__actions">
        <button onClick={() => question.answer(false)}>Keep it open</button>
        <button className="primary" autoFocus onClick={() => question.answer(true)}>
          Download, then go on
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
