import type { Criterion } from '../../core/evaluation/checklist-schema.ts';
import { scoreCriterion } from '../../core/evaluation/edits.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { showOnCanvas } from './session-actions.ts';
import { relabel } from './use-evaluation.ts';
import { useMessages } from '../i18n/messages.ts';
import { screenLabel } from '../i18n/labels.ts';
import type { Label } from '../../core/commands/label.ts';

/** The elements a score rests on: click one to see it on the canvas; the canvas selection can be added. */
export function EvidenceLinks({ record, criterion }: { record: EvaluationRecord; criterion: Criterion }) {
  const wb = useActions();
  const m = useMessages().evaluation;
  const doc = useDocument();
  const selected = useWb((s) => s.selection.elements);
  const evidence = record.scores[criterion.id]?.evidence ?? [];
  const name = (id: string) => doc.elements.find((e) => e.id === id)?.name;
  const fresh = selected.filter((id) => !evidence.includes(id));
  const setEvidence = (next: string[], label: Label) =>
    wb.perform(relabel(scoreCriterion(record.id, criterion.id, { evidence: next }), label));

  return (
    <div className="evidence" role="group" aria-label={m.evidence}>
      <div className="evidence__label">{m.evidenceInModel}</div>
      {evidence.length ? (
        <ul className="evidence__chips">
          {evidence.map((id) => {
            const n = name(id);
            return (
              <li key={id} className={`chip${n ? '' : ' chip--missing'}`}>
                <button
                  className="chip__show"
                  translate="no"
                  onClick={() => showOnCanvas(wb, id)}
                  disabled={!n}
                  title={n ? m.showOnCanvas(n) : m.noLongerInModel(id)}
                >
                  {n ?? m.notInModel(id)}
                </button>
                <button
                  className="chip__remove"
                  onClick={() =>
                    setEvidence(
                      evidence.filter((x) => x !== id),
                      screenLabel('evaluation', 'undoUnlink', n ?? id, criterion.id),
                    )
                  }
                  aria-label={m.removeEvidenceOf(n ?? id)}
                  title={m.removeEvidence}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="field__hint">{m.noEvidence}</p>
      )}
      <div className="evidence__add">
        <button
          onClick={() =>
            setEvidence(
              [...evidence, ...fresh],
              screenLabel(
                'evaluation',
                'undoLink',
                fresh.length === 1 ? (name(fresh[0]!) ?? fresh[0]!) : m.elements(fresh.length),
                criterion.id,
              ),
            )
          }
          disabled={fresh.length === 0}
        >
          + {m.addSelection}
          {fresh.length ? ` (${fresh.length})` : ''}
        </button>
        <span className="field__hint">
          {selected.length === 0
            ? m.selectToAdd
            : fresh.length === 0
              ? m.alreadyLinked
              : `${fresh.map((id) => name(id) ?? id).join(', ')}`}
        </span>
      </div>
    </div>
  );
}
