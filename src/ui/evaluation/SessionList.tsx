import { StaleNote } from './StaleNote.tsx';
import { perspectiveScores } from '../../core/evaluation/scoring.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { useActions, useDocument } from '../workbench-context.ts';
import { useEvaluationPlace, useOpenSession } from './evaluation-ui.ts';
import { deleteSession, reEvaluate } from './session-actions.ts';
import { answeredCount, day, share, useModelHash, useSessionCriteria } from './use-evaluation.ts';
import { useMessages } from '../i18n/messages.ts';

/** The sessions stored in the model, newest last, with a way to start one. */
export function SessionList() {
  const wb = useActions();
  const m = useMessages().evaluation;
  const doc = useDocument();
  const [, setPlace] = useEvaluationPlace();
  const sessions = doc.evaluations;
  return (
    <div className="evaluation">
      <p className="evaluation__lead">{m.lead}</p>
      <div className="evaluation__actions">
        <button className="primary" onClick={() => setPlace({ starting: true })}>
          {m.startEvaluation}…
        </button>
        <button
          onClick={() => wb.openDialog('evaluation-report')}
          disabled={sessions.length === 0}
          title={m.resultsHintLong}
        >
          {m.resultsAndReport}
        </button>
      </div>
      {sessions.length === 0 ? (
        <div className="evaluation__empty">
          <h3>{m.noEvaluationYet}</h3>
          <p>{m.noEvaluationHint}</p>
          <p>{m.noEvaluationHint2}</p>
        </div>
      ) : (
        <ul className="session-list" aria-label={m.evaluationSessions}>
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
  const m = useMessages().evaluation;
  const openSession = useOpenSession();
  const hash = useModelHash();
  const { checklists, criteria } = useSessionCriteria(record);
  const answered = answeredCount(record, criteria);
  const open = () => openSession(record.id);
  const current = record.modelHash === hash;
  return (
    <li className="session-card" data-session={record.id}>
      <button className="session-card__title" onClick={open} title={m.openSessionHint} translate="no">
        {record.title}
      </button>
      <div className="session-card__meta">
        {record.perspectives.map((p) => (
          <span key={p} className={`perspective-tag perspective-tag--${p}`}>
            {m.perspectiveView[p]}
          </span>
        ))}
        <span translate="no">
          {record.evaluator.name}
          {record.evaluator.role ? <span className="muted"> · {record.evaluator.role}</span> : null}
        </span>
      </div>
      <div className="session-card__meta muted">
        <span>{day(record.date)}</span>
        <span>{m.scaleOf(record.scale === '0-2' ? '0–2' : '1–5')}</span>
      </div>
      <Progress answered={answered} total={criteria.length} />
      <div className="session-card__scores">
        {perspectiveScores(record, checklists).map(({ perspective, aggregate }) => (
          <span key={perspective} data-perspective-score={perspective}>
            {m.perspectiveScore[perspective]} <strong>{share(aggregate.score)}</strong>
          </span>
        ))}
      </div>
      {current ? (
        <span className="model-state model-state--current" title={m.modelHashTitle(record.modelHash)}>
          ✓ {m.evaluatedAsNow}
        </span>
      ) : (
        <span className="model-state model-state--changed" title={m.changedHashTitle(record.modelHash, hash)}>
          ⚠ {m.changedSince}
        </span>
      )}
      {current ? null : <StaleNote record={record} />}
      <div className="session-card__actions">
        <button onClick={open}>{answered < criteria.length ? m.continue : m.review}</button>
        <button onClick={() => openSession(reEvaluate(wb, record))} title={m.reEvaluateHintLong}>
          {m.reEvaluate}
        </button>
        <button className="danger" onClick={() => deleteSession(wb, record)} title={m.deleteSessionHint}>
          {m.delete}
        </button>
      </div>
    </li>
  );
}

/** "12 of 19 scored" with a bar; N/A counts as an answer. */
export function Progress({ answered, total }: { answered: number; total: number }) {
  const m = useMessages().evaluation;
  return (
    <div className="progress">
      <div
        className="progress__bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-label={m.criteriaScored}
      >
        <div className="progress__fill" style={{ width: `${total ? (100 * answered) / total : 0}%` }} />
      </div>
      <span className="progress__text">{m.nOfScored(answered, total)}</span>
    </div>
  );
}
