import { updateEvaluation, type EvaluationChanges } from '../../core/evaluation/edits.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { CommitText } from '../inspector/fields.tsx';
import { useActions } from '../workbench-context.ts';
import { useEvaluationPlace, useOpenSession } from './evaluation-ui.ts';
import { deleteSession, reEvaluate } from './session-actions.ts';
import { useModelHash } from './use-evaluation.ts';

/** The session's header fields, its summary, what it was recorded against, and the session-wide actions. */
export function SessionDetails({ record }: { record: EvaluationRecord }) {
  const wb = useActions();
  const [, setPlace] = useEvaluationPlace();
  const openSession = useOpenSession();
  const hash = useModelHash();
  const change = (changes: EvaluationChanges, label: string) => wb.perform(updateEvaluation(record.id, changes, label));
  const required = (field: string, apply: (v: string) => void) => (v: string) =>
    v.trim() ? apply(v.trim()) : wb.notify('warning', `The ${field} cannot be empty; it stays as it was.`);
  return (
    <details className="session-details">
      <summary>Session details and summary</summary>
      <CommitText
        label="Summary"
        multiline
        value={record.summary}
        hint="The session's conclusion, printed at the top of its protocol."
        onCommit={(summary) => change({ summary }, `Summarise ${record.title}`)}
      />
      <CommitText
        label="Title"
        value={record.title}
        onCommit={required('title', (title) => change({ title }, `Rename evaluation to ${title}`))}
      />
      <div className="field-row">
        <CommitText
          label="Evaluator"
          value={record.evaluator.name}
          onCommit={required('evaluator', (name) =>
            change({ evaluator: { ...record.evaluator, name } }, `Evaluator ${name}`),
          )}
        />
        <CommitText
          label="Role"
          value={record.evaluator.role}
          onCommit={(role) => change({ evaluator: { ...record.evaluator, role } }, `Evaluator role ${role}`)}
        />
      </div>
      <CommitText
        label="Date (YYYY-MM-DD)"
        value={record.date}
        onCommit={(date) =>
          /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date))
            ? change({ date }, `Date ${date}`)
            : wb.notify('warning', 'Give the date as YYYY-MM-DD; it stays as it was.')
        }
      />
      <dl className="session-details__facts">
        <dt>Checklists</dt>
        <dd>{record.checklists.map((c) => `${c.id} v${c.version}`).join(', ') || 'none'}</dd>
        <dt>Model hash</dt>
        <dd>
          <code>{record.modelHash}</code> {record.modelHash === hash ? '(the model as it is now)' : `(now ${hash})`}
        </dd>
      </dl>
      <div className="evaluation__actions">
        <button
          onClick={() => openSession(reEvaluate(wb, record))}
          title="A new session on the current model, starting from these scores, to compare before and after a revision"
        >
          Re-evaluate
        </button>
        <button
          className="danger"
          onClick={() => {
            setPlace({ session: null });
            deleteSession(wb, record);
          }}
          title="Delete this session (undo with Ctrl+Z)"
        >
          Delete session
        </button>
      </div>
    </details>
  );
}
