import { updateEvaluation, type EvaluationChanges } from '../../core/evaluation/edits.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { CommitText } from '../inspector/fields.tsx';
import { useActions } from '../workbench-context.ts';
import { useEvaluationPlace, useOpenSession } from './evaluation-ui.ts';
import { deleteSession, reEvaluate } from './session-actions.ts';
import { useModelHash } from './use-evaluation.ts';
import { useMessages } from '../i18n/messages.ts';
import { screenLabel } from '../i18n/labels.ts';
import type { Label } from '../../core/commands/label.ts';

/** The session's header fields, its summary, what it was recorded against, and the session-wide actions. */
export function SessionDetails({ record }: { record: EvaluationRecord }) {
  const wb = useActions();
  const m = useMessages().evaluation;
  const [, setPlace] = useEvaluationPlace();
  const openSession = useOpenSession();
  const hash = useModelHash();
  const change = (changes: EvaluationChanges, label: Label) => wb.perform(updateEvaluation(record.id, changes, label));
  const required = (refusal: string, apply: (v: string) => void) => (v: string) =>
    v.trim() ? apply(v.trim()) : wb.notify('warning', refusal);
  return (
    <details className="session-details">
      <summary>{m.detailsAndSummary}</summary>
      <CommitText
        label={m.summary}
        multiline
        value={record.summary}
        hint={m.summaryHint}
        onCommit={(summary) => change({ summary }, screenLabel('evaluation', 'undoSummary', record.title))}
      />
      <CommitText
        label={m.title}
        value={record.title}
        onCommit={required(m.titleEmpty, (title) => change({ title }, screenLabel('evaluation', 'undoRename', title)))}
      />
      <div className="field-row">
        <CommitText
          label={m.evaluator}
          value={record.evaluator.name}
          onCommit={required(m.evaluatorEmpty, (name) =>
            change({ evaluator: { ...record.evaluator, name } }, screenLabel('evaluation', 'undoEvaluator', name)),
          )}
        />
        <CommitText
          label={m.role}
          value={record.evaluator.role}
          onCommit={(role) =>
            change({ evaluator: { ...record.evaluator, role } }, screenLabel('evaluation', 'undoEvaluatorRole', role))
          }
        />
      </div>
      <CommitText
        label={m.dateIso}
        value={record.date}
        onCommit={(date) =>
          /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date))
            ? change({ date }, screenLabel('evaluation', 'undoDate', date))
            : wb.notify('warning', m.dateRefused)
        }
      />
      <dl className="session-details__facts">
        <dt>{m.checklists}</dt>
        <dd>{record.checklists.map((c) => `${c.id} v${c.version}`).join(', ') || m.none}</dd>
        <dt>{m.modelHash}</dt>
        <dd>
          <code>{record.modelHash}</code> {record.modelHash === hash ? m.modelAsNow : m.hashNow(hash)}
        </dd>
      </dl>
      <div className="evaluation__actions">
        <button onClick={() => openSession(reEvaluate(wb, record))} title={m.reEvaluateHint}>
          {m.reEvaluate}
        </button>
        <button
          className="danger"
          onClick={() => {
            setPlace({ session: null });
            deleteSession(wb, record);
          }}
          title={m.deleteSessionHint}
        >
          {m.deleteSession}
        </button>
      </div>
    </details>
  );
}
