import { useMemo } from 'react';
import { checklistSources } from '../../core/evaluation/checklists.ts';
import type { Criterion } from '../../core/evaluation/checklist-schema.ts';
import { confirmProposal, scoreCriterion, updateEvaluation } from '../../core/evaluation/edits.ts';
import { preAssess } from '../../core/evaluation/pre-assessment.ts';
import { PRINCIPLE_LABELS, SCALE_LABELS, weightOf } from '../../core/evaluation/scoring.ts';
import {
  SCALE_BOUNDS,
  type CriterionScoreValue,
  type EvaluationRecord,
  type Scale,
} from '../../core/model/evaluation-record.ts';
import { CommitText } from '../inspector/fields.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { EvidenceLinks } from './EvidenceLinks.tsx';
import { relabel } from './use-evaluation.ts';

/** "2 · full": a scale point with its label. */
export function scoreName(value: CriterionScoreValue | undefined, scale: Scale): string {
  if (value === 'na') return 'N/A';
  if (value === null || value === undefined) return 'not scored';
  return `${value} · ${SCALE_LABELS[scale][value - SCALE_BOUNDS[scale].min] ?? ''}`;
}

/** One criterion: the question and its guidance, the automatic pre-assessment, the score, a note and the evidence. */
export function CriterionCard({
  record,
  criterion,
  position,
  onNext,
}: {
  record: EvaluationRecord;
  criterion: Criterion;
  position: string;
  onNext?: () => void;
}) {
  const wb = useActions();
  const entry = record.scores[criterion.id];
  const value = entry?.score ?? null;
  const { min, max } = SCALE_BOUNDS[record.scale];
  const points: (number | 'na')[] = [...Array.from({ length: max - min + 1 }, (_, i) => min + i), 'na'];
  const score = (v: CriterionScoreValue) =>
    wb.perform(
      relabel(
        scoreCriterion(record.id, criterion.id, { score: v }),
        v === null ? `Clear score of ${criterion.id}` : `Score ${criterion.id} ${scoreName(v, record.scale)}`,
      ),
    );
  const weight = weightOf(record, criterion);
  const setWeight = (text: string) => {
    const w = Number(text);
    if (!(text.trim() !== '' && Number.isFinite(w) && w >= 0 && w <= 100)) {
      wb.notify('warning', 'A weight is a number from 0 to 100; the weight stays as it was.');
      return;
    }
    const weights = { ...record.weights };
    if (w === criterion.weight) delete weights[criterion.id];
    else weights[criterion.id] = w;
    wb.perform(updateEvaluation(record.id, { weights }, `Weight ${criterion.id} ${w}`));
  };

  return (
    <section className="criterion" aria-labelledby={`criterion-${criterion.id}`} data-criterion={criterion.id}>
      <div className="criterion__head">
        <span className="criterion__id">{criterion.id}</span>
        <span className="muted">
          {criterion.group} · {position}
        </span>
      </div>
      <h3 className="criterion__title" id={`criterion-${criterion.id}`}>
        {criterion.title}
      </h3>
      <p className="criterion__question">{criterion.question}</p>
      {criterion.guidance ? (
        <details className="criterion__guidance" open>
          <summary>Guidance</summary>
          <p>{criterion.guidance}</p>
        </details>
      ) : null}
      <AutomaticCheck record={record} criterion={criterion} />
      <div className="score-buttons" role="group" aria-label={`Score for ${criterion.id}`}>
        {points.map((p) => (
          <button
            key={String(p)}
            aria-pressed={value === p}
            className={value === p ? 'is-chosen' : undefined}
            onClick={() => score(p)}
            title={p === 'na' ? 'Does not apply to this model: left out of the weights' : scoreName(p, record.scale)}
          >
            {p === 'na' ? (
              'N/A'
            ) : (
              <>
                <strong>{p}</strong> <span>{SCALE_LABELS[record.scale][p - min]}</span>
              </>
            )}
          </button>
        ))}
      </div>
      <div className="criterion__status">
        <span>
          Score: <strong data-testid="criterion-score">{scoreName(value, record.scale)}</strong>
          {entry?.fromProposal ? <span className="muted"> (confirmed automatic check)</span> : null}
        </span>
        {value !== null ? (
          <button className="link-button" onClick={() => score(null)}>
            Clear
          </button>
        ) : null}
      </div>
      <CommitText
        label="Note"
        value={entry?.note ?? ''}
        multiline
        hint="Your reasoning, as a reader of the protocol should see it. Ctrl+Enter or leaving the field saves it."
        onCommit={(note) =>
          wb.perform(relabel(scoreCriterion(record.id, criterion.id, { note }), `Note on ${criterion.id}`))
        }
      />
      <EvidenceLinks record={record} criterion={criterion} />
      <div className="criterion__basis" aria-label="Basis">
        <span className="criterion__basis-label">Basis</span>
        <span className="tag tag--principle" title="The Guidelines of Modeling principle this criterion counts towards">
          GoM: {PRINCIPLE_LABELS[criterion.principle]}
        </span>
        {criterion.basis.map((b) => {
          const source = checklistSources.find((s) => s.id === b.source);
          return (
            <span
              key={b.source + b.ref}
              className="tag"
              title={source ? `${source.citation}${source.section ? ` (${source.section})` : ''}` : b.source}
            >
              {source?.label ?? b.source}
              {b.ref ? `: ${b.ref}` : ''}
            </span>
          );
        })}
      </div>
      <div className="criterion__foot">
        <CommitText label="Weight" value={String(weight)} hint={`default ${criterion.weight}`} onCommit={setWeight} />
        {onNext ? (
          <button className="primary" onClick={onNext}>
            Next criterion ›
          </button>
        ) : (
          <span className="muted">Last criterion</span>
        )}
      </div>
    </section>
  );
}

/** The automatic pre-assessment: what the model itself says, to confirm or override. */
function AutomaticCheck({ record, criterion }: { record: EvaluationRecord; criterion: Criterion }) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const findings = useWb((s) => s.validation?.report.findings);
  const result = useMemo(
    () => preAssess(doc, [criterion], { metamodel, scale: record.scale, findings }),
    [doc, criterion, metamodel, record.scale, findings],
  );
  if (!criterion.auto)
    return <p className="auto-check auto-check--none">No automatic check for this criterion: score it by judgement.</p>;
  const proposal = result.proposals[0];
  if (!proposal)
    return (
      <p className="auto-check auto-check--none">
        {result.unavailable[0]?.reason ?? 'The automatic check could not run.'}
      </p>
    );
  const entry = record.scores[criterion.id];
  const confirmed = entry?.fromProposal && entry.score === proposal.score;
  const overridden = entry && entry.score !== null && entry.score !== proposal.score;
  return (
    <div className="auto-check" aria-label="Automatic pre-assessment">
      <div className="auto-check__head">
        <span>
          Automatic check proposes{' '}
          <strong data-testid="proposed-score">{scoreName(proposal.score, record.scale)}</strong>
        </span>
        {confirmed ? (
          <span className="auto-check__state">✓ Confirmed</span>
        ) : (
          <button
            onClick={() => wb.perform(confirmProposal(record.id, proposal))}
            title="Take the proposed score; the evidence found becomes the evidence, and the note if you have not written one"
          >
            Confirm {proposal.score}
          </button>
        )}
      </div>
      <p className="auto-check__evidence">{proposal.evidence}</p>
      {overridden ? (
        <p className="auto-check__override">You overrode it with {scoreName(entry.score, record.scale)}.</p>
      ) : null}
    </div>
  );
}
