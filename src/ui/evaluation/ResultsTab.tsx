import { useState } from 'react';
import { agreementOf, defaultChoice, type AgreementChoice } from '../../core/evaluation/agreement.ts';
import {
  heatMap,
  PERSPECTIVE_LABELS,
  perspectiveScores,
  principleScores,
  PRINCIPLE_LABELS,
  radarData,
} from '../../core/evaluation/scoring.ts';
import type { EvaluationPerspective } from '../../core/model/evaluation-record.ts';
import { GomPrinciple } from '../../core/evaluation/checklist-schema.ts';
import { useDocument } from '../workbench-context.ts';
import { HeatMapTable } from './HeatMapTable.tsx';
import { RadarChart, SeriesKey } from './RadarChart.tsx';
import { criteriaFor, share, useAvailableChecklists, useModelHash } from './use-evaluation.ts';
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
    points: radarData(record, checklists, perspective, axis),
  }));
  // Heat map and agreement read all shipped checklists: a view's criteria are the same for every session that takes it.
  const heat = heatMap(evaluations, available, perspective);
  const choice = choices[perspective] ?? defaultChoice(evaluations, perspective, hash);
  const agreement = sessions.length >= 2 ? agreementOf(evaluations, available, choice) : null;

  return (
    <div className="results">
      <div className="results__controls">
        <div className="segmented" role="group" aria-label="View">
          {present.map((p) => (
            <button key={p} aria-pressed={p === perspective} onClick={() => setChosen(p)}>
              {PERSPECTIVE_LABELS[p]} view
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label="Radar axes">
          <button aria-pressed={axis === 'principle'} onClick={() => setAxis('principle')}>
            GoM principles
          </button>
          <button aria-pressed={axis === 'group'} onClick={() => setAxis('group')}>
            Criterion groups
          </button>
        </div>
      </div>
      <section className="results__radar" aria-label={`${PERSPECTIVE_LABELS[perspective]} view radar`}>
        <RadarChart
          title={`${PERSPECTIVE_LABELS[perspective]} view by ${axis === 'principle' ? 'GoM principle' : 'criterion group'}`}
          axes={radars[0]?.points ?? []}
          series={radars.map(({ record, points }) => ({
            id: record.id,
            label: record.evaluator.name,
            values: points.map((p) => p.value),
          }))}
          radius={110}
        />
        <ul className="results__legend" aria-label="Sessions">
          {sessions.map(({ record }, i) => (
            <li key={record.id}>
              <SeriesKey index={i} /> <strong>{record.evaluator.name}</strong>{' '}
              <span className="muted">
                {record.date} · {record.title}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="results-scores">
        <h3 id="results-scores" className="results__heading">
          Weighted scores ({PERSPECTIVE_LABELS[perspective]} view)
        </h3>
        <div className="table-scroll">
          <table className="data-table" data-testid="weighted-scores">
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">{PERSPECTIVE_LABELS[perspective]} view</th>
                {GomPrinciple.options.map((p) => (
                  <th scope="col" key={p}>
                    {PRINCIPLE_LABELS[p]}
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
                      {record.evaluator.name} <span className="muted">{record.date}</span>
                    </th>
                    <td data-col="view" title={`${view.scored} scored, ${view.na} N/A, ${view.unscored} open`}>
                      {share(view.score)}
                    </td>
                    {principleScores(record, checklists, perspective).map(({ principle, aggregate }) => (
                      <td
                        key={principle}
                        data-col={principle}
                        title={`${aggregate.scored} scored, ${aggregate.na} N/A, ${aggregate.unscored} open`}
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
        <p className="field__hint">
          Shares of the scale (0 to 1), weighted by the criteria weights; N/A and open criteria leave the weights; –
          means nothing is scored there.
        </p>
      </section>
      <section aria-labelledby="results-heat">
        <h3 id="results-heat" className="results__heading">
          Criteria × evaluators
        </h3>
        <HeatMapTable heat={heat} agreement={agreement?.ok ? agreement : null} />
      </section>
      <section aria-labelledby="results-agreement">
        <h3 id="results-agreement" className="results__heading">
          Agreement between raters ({PERSPECTIVE_LABELS[perspective]} view)
        </h3>
        {agreement ? (
          <>
            <AgreementChooser evaluations={evaluations} choice={choice} hash={hash} onChoose={onChoose} />
            <AgreementFigures agreement={agreement} table={false} />
            <p className="field__hint">
              1 is perfect agreement, 0 is what chance gives; 0.667 is the usual lowest value for tentative conclusions
              and 0.8 for firm ones (Krippendorff 2004). q is the share of bootstrapped alphas below that value.
            </p>
          </>
        ) : (
          <p className="field__hint">
            Agreement needs two or more sessions of the {PERSPECTIVE_LABELS[perspective]} view: start another session
            with a second evaluator, then mean, spread and Krippendorff&apos;s alpha appear here.
          </p>
        )}
      </section>
    </div>
  );
}
