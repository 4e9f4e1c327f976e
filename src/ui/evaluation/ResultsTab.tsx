import { useState } from 'react';
import { agreementOf, defaultChoice, type AgreementChoice } from '../../core/evaluation/agreement.ts';
import { heatMap, perspectiveScores, principleScores, radarData } from '../../core/evaluation/scoring.ts';
import type { EvaluationPerspective } from '../../core/model/evaluation-record.ts';
import { GomPrinciple } from '../../core/evaluation/checklist-schema.ts';
import { useDocument } from '../workbench-context.ts';
import { HeatMapTable } from './HeatMapTable.tsx';
import { RadarChart, SeriesKey } from './RadarChart.tsx';
import { criteriaFor, day, share, useAvailableChecklists, useModelHash } from './use-evaluation.ts';
import { useMessages } from '../i18n/messages.ts';
import { AgreementChooser } from './AgreementChooser.tsx';
import { AgreementFigures } from './AgreementFigures.tsx';

export type AgreementChoices = Partial<Record<EvaluationPerspective, AgreementChoice>>;

const ORDER: EvaluationPerspective[] = ['client', 'customer', 'internal'];

/** Per view: a radar of every session that takes it, weighted scores per view and GoM principle, a heat map and the agreement. */
export function ResultsTab({
  focus,
  choices,
  onChoose,
}: {
  focus: string | null;
  choices: AgreementChoices;
  onChoose: (choice: AgreementChoice) => void;
}) {
  const m = useMessages().evaluation;
  const evaluations = useDocument().evaluations;
  const hash = useModelHash();
  const available = useAvailableChecklists();
  const present = ORDER.filter((p) => evaluations.some((e) => e.perspectives.includes(p)));
  const focused = evaluations.find((e) => e.id === focus)?.perspectives[0];
  const [chosen, setChosen] = useState<EvaluationPerspective | null>(null);
  const perspective = chosen && present.includes(chosen) ? chosen : (focused ?? present[0]!);
  const [axis, setAxis] = useState<'principle' | 'group'>('principle');
  const sessions = evaluations
    .filter((e) => e.perspectives.includes(perspective))
    .map((record) => ({ record, checklists: criteriaFor(record, available).checklists }));
  const radars = sessions.map(({ record, checklists }) => ({
    record,
    points: radarData(record, checklists, perspective, axis).map((p) =>
      axis === 'principle' ? { ...p, label: m.principle[p.id as keyof typeof m.principle] } : p,
    ),
  }));
  // Heat map and agreement read all shipped checklists: a view's criteria are the same for every session that takes it.
  const heat = heatMap(evaluations, available, perspective);
  const choice = choices[perspective] ?? defaultChoice(evaluations, perspective, hash);
  const agreement = sessions.length >= 2 ? agreementOf(evaluations, available, choice) : null;

  return (
    <div className="results">
      <div className="results__controls">
        <div className="segmented" role="group" aria-label={m.view}>
          {present.map((p) => (
            <button key={p} aria-pressed={p === perspective} onClick={() => setChosen(p)}>
              {m.perspectiveView[p]}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={m.radarAxes}>
          <button aria-pressed={axis === 'principle'} onClick={() => setAxis('principle')}>
            {m.gomPrinciples}
          </button>
          <button aria-pressed={axis === 'group'} onClick={() => setAxis('group')}>
            {m.criterionGroups}
          </button>
        </div>
      </div>
      <section className="results__radar" aria-label={m.radarOf(m.perspectiveView[perspective])}>
        <RadarChart
          title={m.radarTitle(m.perspectiveView[perspective], axis === 'principle' ? m.byPrinciple : m.byGroup)}
          axes={radars[0]?.points ?? []}
          series={radars.map(({ record, points }) => ({
            id: record.id,
            label: record.evaluator.name,
            values: points.map((p) => p.value),
          }))}
          radius={110}
        />
        <ul className="results__legend" aria-label={m.sessions}>
          {sessions.map(({ record }, i) => (
            <li key={record.id}>
              <SeriesKey index={i} /> <strong translate="no">{record.evaluator.name}</strong>{' '}
              <span className="muted">
                {day(record.date)} · <span translate="no">{record.title}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="results-scores">
        <h3 id="results-scores" className="results__heading">
          {m.weightedScores(m.perspectiveView[perspective])}
        </h3>
        <div className="table-scroll">
          <table className="data-table" data-testid="weighted-scores">
            <thead>
              <tr>
                <th scope="col">{m.session}</th>
                <th scope="col">{m.perspectiveView[perspective]}</th>
                {GomPrinciple.options.map((p) => (
                  <th scope="col" key={p}>
                    {m.principle[p]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sessions.map(({ record, checklists }) => {
                const view = perspectiveScores(record, checklists).find(
                  (s) => s.perspective === perspective,
                )!.aggregate;
                return (
                  <tr key={record.id} data-session={record.id}>
                    <th scope="row">
                      <span translate="no">{record.evaluator.name}</span>{' '}
                      <span className="muted">{day(record.date)}</span>
                    </th>
                    <td data-col="view" title={m.tally(view.scored, view.na, view.unscored)}>
                      {share(view.score)}
                    </td>
                    {principleScores(record, checklists, perspective).map(({ principle, aggregate }) => (
                      <td
                        key={principle}
                        data-col={principle}
                        title={m.tally(aggregate.scored, aggregate.na, aggregate.unscored)}
                      >
                        {share(aggregate.score)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="field__hint">{m.weightedScoresHint}</p>
      </section>
      <section aria-labelledby="results-heat">
        <h3 id="results-heat" className="results__heading">
          {m.criteriaByEvaluators}
        </h3>
        <HeatMapTable heat={heat} agreement={agreement?.ok ? agreement : null} />
      </section>
      <section aria-labelledby="results-agreement">
        <h3 id="results-agreement" className="results__heading">
          {m.agreementOf(m.perspectiveView[perspective])}
        </h3>
        {agreement ? (
          <>
            <AgreementChooser evaluations={evaluations} choice={choice} hash={hash} onChoose={onChoose} />
            <AgreementFigures agreement={agreement} table={false} />
            <p className="field__hint">{m.alphaHint}</p>
          </>
        ) : (
          <p className="field__hint">{m.agreementNeedsTwo(m.perspectiveView[perspective])}</p>
        )}
      </section>
    </div>
  );
}
