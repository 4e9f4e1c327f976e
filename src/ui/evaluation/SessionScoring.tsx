import { useRef } from 'react';
import { perspectiveScores, PERSPECTIVE_LABELS, radarData } from '../../core/evaluation/scoring.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { useActions } from '../workbench-context.ts';
import { CriterionCard } from './CriterionCard.tsx';
import { useEvaluationPlace } from './evaluation-ui.ts';
import { RadarChart } from './RadarChart.tsx';
import { SessionDetails } from './SessionDetails.tsx';
import { Progress } from './SessionList.tsx';
import { answeredCount, share, useModelHash, useSessionCriteria } from './use-evaluation.ts';

const STATUS = { scored: '✓', na: 'N/A', open: '○' };

/** One session: its criteria one at a time, and the result so far as a radar per view. */
export function SessionScoring({ record }: { record: EvaluationRecord }) {
  const wb = useActions();
  const [place, setPlace] = useEvaluationPlace();
  const hash = useModelHash();
  const { checklists, criteria } = useSessionCriteria(record);
  const wanted = place.criterion[record.id];
  const firstOpen = criteria.findIndex((c) => (record.scores[c.id]?.score ?? null) === null);
  const index = Math.max(0, wanted ? criteria.findIndex((c) => c.id === wanted) : firstOpen);
  const criterion = criteria[index];
  const nav = useRef<HTMLElement>(null);
  const go = (i: number) => {
    setPlace({ criterion: { ...place.criterion, [record.id]: criteria[i]!.id } });
    nav.current?.scrollIntoView({ block: 'nearest' });
  };
  const status = (id: string) => {
    const v = record.scores[id]?.score ?? null;
    return v === null ? STATUS.open : v === 'na' ? STATUS.na : STATUS.scored;
  };
  const scores = perspectiveScores(record, checklists);

  return (
    <div className="evaluation evaluation--session" aria-label={`Evaluation session: ${record.title}`}>
      <div className="session-head">
        <button className="link-button" onClick={() => setPlace({ session: null })}>
          ← All sessions
        </button>
        <button
          onClick={() => wb.openDialog('evaluation-report', `results:${record.id}`)}
          title="Radar charts, heat map, agreement, comparison, QFD and the printable report"
        >
          Results and report…
        </button>
      </div>
      <h2 className="evaluation__heading">{record.title}</h2>
      <p className="session-head__meta">
        <span>{record.perspectives.map((p) => `${PERSPECTIVE_LABELS[p]} view`).join(' + ')}</span>
        <span>
          {record.evaluator.role ? `${record.evaluator.name} (${record.evaluator.role})` : record.evaluator.name}
        </span>
        <span>{record.date}</span>
        <span>scale {record.scale === '0-2' ? '0–2' : '1–5'}</span>
      </p>
      {record.modelHash !== hash ? (
        <p className="model-state model-state--changed">
          ⚠ The model has changed since this session began; the scores judge the earlier version.
        </p>
      ) : null}
      <Progress answered={answeredCount(record, criteria)} total={criteria.length} />
      {criterion ? (
        <>
          <nav className="criterion-nav" aria-label="Criteria" ref={nav}>
            <button
              className="icon-button"
              onClick={() => go(index - 1)}
              disabled={index === 0}
              aria-label="Previous criterion"
              title="Previous criterion"
            >
              ‹
            </button>
            <select
              aria-label="Go to criterion"
              value={criterion.id}
              onChange={(e) => go(criteria.findIndex((c) => c.id === e.target.value))}
            >
              {criteria.map((c) => (
                <option key={c.id} value={c.id}>
                  {status(c.id)} {c.id} {c.title}
                </option>
              ))}
            </select>
            <button
              className="icon-button"
              onClick={() => go(index + 1)}
              disabled={index === criteria.length - 1}
              aria-label="Next criterion"
              title="Next criterion"
            >
              ›
            </button>
          </nav>
          <CriterionCard
            key={criterion.id}
            record={record}
            criterion={criterion}
            position={`${index + 1} of ${criteria.length}`}
            onNext={index < criteria.length - 1 ? () => go(index + 1) : undefined}
          />
        </>
      ) : (
        <p className="evaluation__empty">
          This session has no criteria: its checklists are not available in this version of Refmod.
        </p>
      )}
      <section className="live-result" aria-label="Result so far">
        <h3>Result so far</h3>
        {scores.map(({ perspective, aggregate }) => {
          const radar = radarData(record, checklists, perspective, 'principle');
          return (
            <div key={perspective} className="live-result__view" data-perspective={perspective}>
              <p className="live-result__score">
                {PERSPECTIVE_LABELS[perspective]} view: weighted score{' '}
                <strong data-testid={`score-${perspective}`}>{share(aggregate.score)}</strong>
                <span className="muted">
                  {' '}
                  ({aggregate.scored} scored, {aggregate.na} N/A, {aggregate.unscored} open)
                </span>
              </p>
              <RadarChart
                title={`${PERSPECTIVE_LABELS[perspective]} view by GoM principle`}
                axes={radar}
                series={[{ id: record.id, label: record.evaluator.name, values: radar.map((p) => p.value) }]}
                radius={64}
                table="collapsed"
              />
            </div>
          );
        })}
        <p className="field__hint">
          Scores are shares of the scale (0 to 1), weighted by the criteria weights; N/A leaves the weights.
        </p>
      </section>
      <SessionDetails record={record} />
    </div>
  );
}
