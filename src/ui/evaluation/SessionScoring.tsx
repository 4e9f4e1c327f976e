import { useRef } from 'react';
import { perspectiveScores, radarData } from '../../core/evaluation/scoring.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { useActions } from '../workbench-context.ts';
import { CriterionCard } from './CriterionCard.tsx';
import { useEvaluationPlace } from './evaluation-ui.ts';
import { RadarChart } from './RadarChart.tsx';
import { SessionDetails } from './SessionDetails.tsx';
import { Progress } from './SessionList.tsx';
import { answeredCount, day, share, useModelHash, useSessionCriteria } from './use-evaluation.ts';
import { useMessages } from '../i18n/messages.ts';

/** One session: its criteria one at a time, and the result so far as a radar per view. */
export function SessionScoring({ record }: { record: EvaluationRecord }) {
  const wb = useActions();
  const m = useMessages().evaluation;
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
    return v === null ? '○' : v === 'na' ? m.na : '✓';
  };
  const scores = perspectiveScores(record, checklists);

  return (
    <div className="evaluation evaluation--session" aria-label={m.sessionLabel(record.title)}>
      <div className="session-head">
        <button className="link-button" onClick={() => setPlace({ session: null })}>
          ← {m.allSessions}
        </button>
        <button onClick={() => wb.openDialog('evaluation-report', `results:${record.id}`)} title={m.resultsHint}>
          {m.resultsAndReport}
        </button>
      </div>
      <h2 className="evaluation__heading" translate="no">
        {record.title}
      </h2>
      <p className="session-head__meta">
        <span>{record.perspectives.map((p) => m.perspectiveView[p]).join(' + ')}</span>
        <span translate="no">
          {record.evaluator.role ? `${record.evaluator.name} (${record.evaluator.role})` : record.evaluator.name}
        </span>
        <span>{day(record.date)}</span>
        <span>{m.scaleOf(record.scale === '0-2' ? '0–2' : '1–5')}</span>
      </p>
      {record.modelHash !== hash ? <p className="model-state model-state--changed">⚠ {m.changedSinceBegan}</p> : null}
      <Progress answered={answeredCount(record, criteria)} total={criteria.length} />
      {criterion ? (
        <>
          <nav className="criterion-nav" aria-label={m.criteria} ref={nav}>
            <button
              className="icon-button"
              onClick={() => go(index - 1)}
              disabled={index === 0}
              aria-label={m.previousCriterion}
              title={m.previousCriterion}
            >
              ‹
            </button>
            <select
              aria-label={m.goToCriterion}
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
              aria-label={m.nextCriterion}
              title={m.nextCriterion}
            >
              ›
            </button>
          </nav>
          <CriterionCard
            key={criterion.id}
            record={record}
            criterion={criterion}
            position={m.nOf(index + 1, criteria.length)}
            onNext={index < criteria.length - 1 ? () => go(index + 1) : undefined}
          />
        </>
      ) : (
        <p className="evaluation__empty">{m.noCriteria}</p>
      )}
      <section className="live-result" aria-label={m.resultSoFar}>
        <h3>{m.resultSoFar}</h3>
        {scores.map(({ perspective, aggregate }) => {
          const radar = radarData(record, checklists, perspective, 'principle').map((p) => ({
            ...p,
            label: m.principle[p.id as keyof typeof m.principle],
          }));
          return (
            <div key={perspective} className="live-result__view" data-perspective={perspective}>
              <p className="live-result__score">
                {m.weightedScoreOf(m.perspectiveView[perspective])}{' '}
                <strong data-testid={`score-${perspective}`}>{share(aggregate.score)}</strong>
                <span className="muted"> ({m.tally(aggregate.scored, aggregate.na, aggregate.unscored)})</span>
              </p>
              <RadarChart
                title={m.radarTitle(m.perspectiveView[perspective], m.byPrinciple)}
                axes={radar}
                series={[{ id: record.id, label: record.evaluator.name, values: radar.map((p) => p.value) }]}
                radius={64}
                table="collapsed"
              />
            </div>
          );
        })}
        <p className="field__hint">{m.liveScoresHint}</p>
      </section>
      <SessionDetails record={record} />
    </div>
  );
}
