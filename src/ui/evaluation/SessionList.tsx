import { StaleNote } from './StaleNote.tsx';
import { perspectiveScores, PERSPECTIVE_LABELS } from '../../core/evaluation/scoring.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { useActions, useDocument } from '../workbench-context.ts';
import { useEvaluationPlace, useOpenSession } from './evaluation-ui.ts';
import { deleteSession, reEvaluate } from './session-actions.ts';
import { answeredCount, share, useModelHash, useSessionCriteria } from './use-evaluation.ts';

/** The sessions stored in the model, newest last, with a way to start one. */
export function SessionList() {
  const wb = useActions();
  const doc = useDocument();
  const [, setPlace] = useEvaluationPlace();
  const sessions = doc.evaluations;
  return (
    <div className="evaluation">
      <p className="evaluation__lead">
        Score the model with the checklists of the client (who outsources its CRM), the customer (the client&apos;s end
        customer) and the provider. Each session keeps its evaluator, its scores and notes, and the version of the model
        it judged.
      </p>
      <div className="evaluation__actions">
        <button className="primary" onClick={() => setPlace({ starting: true })}>
          Start an evaluation…
        </button>
        <button
          onClick={() => wb.openDialog('evaluation-report')}
          disabled={sessions.length === 0}
          title="Radar charts, heat map, agreement between evaluators, before/after comparison, QFD quality score and the printable report"
        >
          Results and report…
        </button>
      </div>
      {sessions.length === 0 ? (
        <div className="evaluation__empty">
          <h3>No evaluation yet</h3>
          <p>
            Start one to score this model criterion by criterion. Many criteria come with an automatic pre-assessment
            from the model itself, which you confirm or override.
          </p>
          <p>
            Two or more evaluators of the same view give an agreement figure; a second session after a revision shows
            what improved.
          </p>
        </div>
      ) : (
        <ul className="session-list" aria-label="Evaluation sessions">
          {sessions.map((r) => (
            <SessionCard key={r.id} record={r} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SessionCard({ record }: { record: EvaluationRecord }) {
  const wb = useActions();
  const openSession = useOpenSession();
  const hash = useModelHash();
  const { checklists, criteria } = useSessionCriteria(record);
  const answered = answeredCount(record, criteria);
  const open = () => openSession(record.id);
  const current = record.modelHash === hash;
  return (
    <li className="session-card" data-session={record.id}>
      <button className="session-card__title" onClick={open} title="Open this session to score its criteria">
        {record.title}
      </button>
      <div className="session-card__meta">
        {record.perspectives.map((p) => (
          <span key={p} className={`perspective-tag perspective-tag--${p}`}>
            {PERSPECTIVE_LABELS[p]} view
          </span>
        ))}
        <span>
          {record.evaluator.name}
          {record.evaluator.role ? <span className="muted"> · {record.evaluator.role}</span> : null}
        </span>
      </div>
      <div className="session-card__meta muted">
        <span>{record.date}</span>
        <span>scale {record.scale === '0-2' ? '0–2' : '1–5'}</span>
      </div>
      <Progress answered={answered} total={criteria.length} />
      <div className="session-card__scores">
        {perspectiveScores(record, checklists).map(({ perspective, aggregate }) => (
          <span key={perspective} data-perspective-score={perspective}>
            {PERSPECTIVE_LABELS[perspective]} score <strong>{share(aggregate.score)}</strong>
          </span>
        ))}
      </div>
      {current ? (
        <span className="model-state model-state--current" title={`Model hash ${record.modelHash}`}>
          ✓ Evaluated the model as it is now
        </span>
      ) : (
        <span
          className="model-state model-state--changed"
          title={`Evaluated model hash ${record.modelHash}; the model now hashes to ${hash}`}
        >
          ⚠ The model has changed since this session
        </span>
      )}
      {current ? null : <StaleNote record={record} />}
      <div className="session-card__actions">
        <button onClick={open}>{answered < criteria.length ? 'Continue' : 'Review'}</button>
        <button
          onClick={() => openSession(reEvaluate(wb, record))}
          title="Start a new session on the current model with this setup and these scores as a starting point, to compare before and after a revision"
        >
          Re-evaluate
        </button>
        <button
          className="danger"
          onClick={() => deleteSession(wb, record)}
          title="Delete this session (undo with Ctrl+Z)"
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/** "12 of 19 scored" with a bar; N/A counts as an answer. */
export function Progress({ answered, total }: { answered: number; total: number }) {
  return (
    <div className="progress">
      <div
        className="progress__bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-label="Criteria scored"
      >
        <div className="progress__fill" style={{ width: `${total ? (100 * answered) / total : 0}%` }} />
      </div>
      <span className="progress__text">
        {answered} of {total} scored
      </span>
    </div>
  );
}
