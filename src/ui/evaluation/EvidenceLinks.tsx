import type { Criterion } from '../../core/evaluation/checklist-schema.ts';
import { scoreCriterion } from '../../core/evaluation/edits.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { showOnCanvas } from './session-actions.ts';
import { relabel } from './use-evaluation.ts';

/** The elements a score rests on: click one to see it on the canvas; the canvas selection can be added. */
export function EvidenceLinks({ record, criterion }: { record: EvaluationRecord; criterion: Criterion }) {
  const wb = useActions();
  const doc = useDocument();
  const selected = useWb((s) => s.selection.elements);
  const evidence = record.scores[criterion.id]?.evidence ?? [];
  const name = (id: string) => doc.elements.find((e) => e.id === id)?.name;
  const fresh = selected.filter((id) => !evidence.includes(id));
  const setEvidence = (next: string[], label: string) =>
    wb.perform(relabel(scoreCriterion(record.id, criterion.id, { evidence: next }), label));

  return (
    <div className="evidence" role="group" aria-label="Evidence">
      <div className="evidence__label">Evidence in the model</div>
      {evidence.length ? (
        <ul className="evidence__chips">
          {evidence.map((id) => {
            const n = name(id);
            return (
              <li key={id} className={`chip${n ? '' : ' chip--missing'}`}>
                <button
                  className="chip__show"
                  onClick={() => showOnCanvas(wb, id)}
                  disabled={!n}
                  title={n ? `Show ${n} on the canvas` : `${id} is no longer in the model`}
                >
                  {n ?? `${id} (not in the model)`}
                </button>
                <button
                  className="chip__remove"
                  onClick={() =>
                    setEvidence(
                      evidence.filter((x) => x !== id),
                      `Unlink ${n ?? id} from ${criterion.id}`,
                    )
                  }
                  aria-label={`Remove ${n ?? id} from the evidence`}
                  title="Remove from the evidence"
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="field__hint">No evidence linked yet.</p>
      )}
      <div className="evidence__add">
        <button
          onClick={() =>
            setEvidence(
              [...evidence, ...fresh],
              `Link ${fresh.length === 1 ? name(fresh[0]!) : `${fresh.length} elements`} to ${criterion.id}`,
            )
          }
          disabled={fresh.length === 0}
        >
          + Add selection{fresh.length ? ` (${fresh.length})` : ''}
        </button>
        <span className="field__hint">
          {selected.length === 0
            ? 'Select elements on the canvas (Ctrl+click for several), then add them here.'
            : fresh.length === 0
              ? 'The selected elements are already linked.'
              : `${fresh.map((id) => name(id) ?? id).join(', ')}`}
        </span>
      </div>
    </div>
  );
}
