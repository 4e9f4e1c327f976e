import { useMemo } from 'react';
import { checklistSources } from '../../core/evaluation/checklists.ts';
import type { Criterion } from '../../core/evaluation/checklist-schema.ts';
import { confirmProposal, scoreCriterion, updateEvaluation } from '../../core/evaluation/edits.ts';
import { preAssess } from '../../core/evaluation/pre-assessment.ts';
import { weightOf } from '../../core/evaluation/scoring.ts';
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
import { formatNumber, messages, useMessages } from '../i18n/messages.ts';
import { screenLabel } from '../i18n/labels.ts';

/** "2 · full": a scale point with its label, in the active language. */
export function scoreName(value: CriterionScoreValue | undefined, scale: Scale): string {
  const m = messages().evaluation;
  if (value === 'na') return m.na;
  if (value === null || value === undefined) return m.notScored;
  return `${value} · ${m.scalePoints[scale][value - SCALE_BOUNDS[scale].min] ?? ''}`;
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
  const m = useMessages().evaluation;
  const entry = record.scores[criterion.id];
  const value = entry?.score ?? null;
  const { min, max } = SCALE_BOUNDS[record.scale];
  const points: (number | 'na')[] = [...Array.from({ length: max - min + 1 }, (_, i) => min + i), 'na'];
  const score = (v: CriterionScoreValue) =>
    wb.perform(
      relabel(
        scoreCriterion(record.id, criterion.id, { score: v }),
        v === null
          ? screenLabel('evaluation', 'undoClearScore', criterion.id)
          : screenLabel('evaluation', 'undoScore', criterion.id, scoreName(v, record.scale)),
      ),
    );
  const weight = weightOf(record, criterion);
  const setWeight = (text: string) => {
    const w = Number(text);
    if (!(text.trim() !== '' && Number.isFinite(w) && w >= 0 && w <= 100)) {
      wb.notify('warning', m.weightRefused);
      return;
    }
    const weights = { ...record.weights };
    if (w === criterion.weight) delete weights[criterion.id];
    else weights[criterion.id] = w;
    wb.perform(
      updateEvaluation(record.id, { weights }, screenLabel('evaluation', 'undoWeight', criterion.id, formatNumber(w))),
    );
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
          <summary>{m.guidance}</summary>
          <p>{criterion.guidance}</p>
        </details>
      ) : null}
      <AutomaticCheck record={record} criterion={criterion} />
      <div className="score-buttons" role="group" aria-label={m.scoreFor(criterion.id)}>
        {points.map((p) => (
          <button
            key={String(p)}
            aria-pressed={value === p}
            className={value === p ? 'is-chosen' : undefined}
            onClick={() => score(p)}
            title={p === 'na' ? m.naHint : scoreName(p, record.scale)}
          >
            {p === 'na' ? (
              m.na
            ) : (
              <>
                <strong>{p}</strong> <span>{m.scalePoints[record.scale][p - min]}</span>
              </>
            )}
          </button>
        ))}
      </div>
      <div className="criterion__status">
        <span>
          {m.scoreLabel} <strong data-testid="criterion-score">{scoreName(value, record.scale)}</strong>
          {entry?.fromProposal ? <span className="muted"> {m.confirmedAutomatic}</span> : null}
        </span>
        {value !== null ? (
          <button className="link-button" onClick={() => score(null)}>
            {m.clear}
          </button>
        ) : null}
      </div>
      <CommitText
        label={m.note}
        value={entry?.note ?? ''}
        multiline
        hint={m.noteHint}
        onCommit={(note) =>
          wb.perform(
            relabel(
              scoreCriterion(record.id, criterion.id, { note }),
              screenLabel('evaluation', 'undoNote', criterion.id),
            ),
          )
        }
      />
      <EvidenceLinks record={record} criterion={criterion} />
      <div className="criterion__basis" aria-label={m.basis}>
        <span className="criterion__basis-label">{m.basis}</span>
        <span className="tag tag--principle" title={m.principleTagHint}>
          {m.gomTag(m.principle[criterion.principle])}
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
        <CommitText
          label={m.weight}
          value={String(weight)}
          hint={m.defaultWeight(formatNumber(criterion.weight))}
          onCommit={setWeight}
        />
        {onNext ? (
          <button className="primary" onClick={onNext}>
            {m.nextCriterion} ›
          </button>
        ) : (
          <span className="muted">{m.lastCriterion}</span>
        )}
      </div>
    </section>
  );
}

/** The automatic pre-assessment: what the model itself says, to confirm or override. */
function AutomaticCheck({ record, criterion }: { record: EvaluationRecord; criterion: Criterion }) {
  const wb = useActions();
  const m = useMessages().evaluation;
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const findings = useWb((s) => s.validation?.report.findings);
  const result = useMemo(
    () => preAssess(doc, [criterion], { metamodel, scale: record.scale, findings }),
    [doc, criterion, metamodel, record.scale, findings],
  );
  if (!criterion.auto) return <p className="auto-check auto-check--none">{m.noAutomaticCheck}</p>;
  const proposal = result.proposals[0];
  if (!proposal)
    return <p className="auto-check auto-check--none">{result.unavailable[0]?.reason ?? m.automaticCheckFailed}</p>;
  const entry = record.scores[criterion.id];
  const confirmed = entry?.fromProposal && entry.score === proposal.score;
  const overridden = entry && entry.score !== null && entry.score !== proposal.score;
  return (
    <div className="auto-check" aria-label={m.automaticCheck}>
      <div className="auto-check__head">
        <span>
          {m.automaticProposes} <strong data-testid="proposed-score">{scoreName(proposal.score, record.scale)}</strong>
        </span>
        {confirmed ? (
          <span className="auto-check__state">✓ {m.confirmed}</span>
        ) : (
          <button onClick={() => wb.perform(confirmProposal(record.id, proposal))} title={m.confirmHint}>
            {m.confirm(proposal.score)}
          </button>
        )}
      </div>
      <p className="auto-check__evidence">{proposal.evidence}</p>
      {overridden ? <p className="auto-check__override">{m.overridden(scoreName(entry.score, record.scale))}</p> : null}
    </div>
  );
}
