import type { Protocol, SessionProtocol } from '../../core/evaluation/protocol.ts';
import {
  PERSPECTIVE_LABELS,
  PRINCIPLE_LABELS,
  radarData,
  SCALE_LABELS,
  type Aggregate,
} from '../../core/evaluation/scoring.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { scoreName } from './CriterionCard.tsx';
import { RadarChart } from './RadarChart.tsx';
import { round, share } from './use-evaluation.ts';
import { AgreementFigures } from './AgreementFigures.tsx';
import { QfdPhaseTable } from './QfdPhaseTable.tsx';

function AggregateTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; label: string; aggregate: Aggregate }[];
}) {
  return (
    <table className="data-table protocol__aggregates">
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col">Score</th>
          <th scope="col">Scored</th>
          <th scope="col">N/A</th>
          <th scope="col">Open</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, aggregate: a }) => (
          <tr key={key} data-row={key}>
            <th scope="row">{label}</th>
            <td>{share(a.score)}</td>
            <td>{a.scored}</td>
            <td>{a.na}</td>
            <td>{a.unscored}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SessionSection({ s, names }: { s: SessionProtocol; names: Map<string, string> }) {
  const r = s.record;
  return (
    <section className="protocol__session" data-session={r.id} aria-labelledby={`protocol-${r.id}`}>
      <h2 id={`protocol-${r.id}`}>
        Session: {r.title} <code>{r.id}</code>
      </h2>
      <dl className="protocol__facts">
        <dt>Evaluator</dt>
        <dd>
          {r.evaluator.name}
          {r.evaluator.role ? ` (${r.evaluator.role})` : ''}
        </dd>
        <dt>Date</dt>
        <dd>{r.date}</dd>
        <dt>Views</dt>
        <dd>{r.perspectives.map((p) => PERSPECTIVE_LABELS[p]).join(', ')}</dd>
        <dt>Scale</dt>
        <dd>
          {r.scale} ({SCALE_LABELS[r.scale].join(', ')}); N/A leaves the weights
        </dd>
        <dt>Model hash</dt>
        <dd>
          <code>{r.modelHash}</code> ({s.current ? 'the current model' : 'the model has changed since this session'})
        </dd>
        <dt>Checklists</dt>
        <dd>
          {r.checklists.map((c) => `${c.id} ${c.version}`).join(', ') || 'none'}
          {s.resolved.missing.map((m) => ` · ${m.id} ${m.version} is not available; its criteria are not shown`)}
          {s.resolved.changed.map((c) => ` · ${c.id}: recorded ${c.recorded}, available ${c.available}`)}
        </dd>
      </dl>
      {r.summary ? <p className="protocol__summary">{r.summary}</p> : null}
      <div className="protocol__overview">
        {s.perspectives.map(({ perspective }) => {
          const radar = radarData(r, s.resolved.checklists, perspective, 'principle');
          return (
            <RadarChart
              key={perspective}
              title={`${PERSPECTIVE_LABELS[perspective]} view by GoM principle`}
              axes={radar}
              series={[{ id: r.id, label: r.evaluator.name, values: radar.map((p) => p.value) }]}
              radius={78}
              table="collapsed"
            />
          );
        })}
        <div className="protocol__aggregate-tables">
          <AggregateTable
            caption="View"
            rows={s.perspectives.map((p) => ({
              key: p.perspective,
              label: PERSPECTIVE_LABELS[p.perspective],
              aggregate: p.aggregate,
            }))}
          />
          <AggregateTable
            caption="GoM principle"
            rows={s.principles.map((p) => ({
              key: p.principle,
              label: PRINCIPLE_LABELS[p.principle],
              aggregate: p.aggregate,
            }))}
          />
        </div>
      </div>
      <table className="data-table protocol__scores">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Principle</th>
            <th scope="col">Weight</th>
            <th scope="col">Score</th>
            <th scope="col">Share</th>
            <th scope="col">Evidence and note</th>
          </tr>
        </thead>
        <tbody>
          {s.criteria.map(({ criterion: c, weight, entry, normalised }) => (
            <tr key={c.id} data-criterion={c.id}>
              <th scope="row">
                <span className="heat-map__id">{c.id}</span> {c.title}
              </th>
              <td>{PRINCIPLE_LABELS[c.principle]}</td>
              <td>{round(weight)}</td>
              <td data-col="score">
                {scoreName(entry?.score, r.scale)}
                {entry?.fromProposal ? (
                  <div className="muted" title="The evaluator confirmed the automatic pre-assessment">
                    ✓ automatic
                  </div>
                ) : null}
              </td>
              <td data-col="share">{share(normalised)}</td>
              <td className="protocol__note">
                {entry?.evidence.length ? (
                  <div className="protocol__evidence">
                    Evidence: {entry.evidence.map((id) => names.get(id) ?? `${id} (not in the model)`).join(', ')}
                  </div>
                ) : null}
                {entry?.note}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.qfd ? (
        <div className="protocol__qfd">
          <h3>Construction process quality (Matook &amp; Indulska 2009, QFD)</h3>
          {s.qfd.ok ? (
            <QfdPhaseTable result={s.qfd} />
          ) : (
            <ul>
              {s.qfd.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** The evaluation protocol as a document: what the Markdown report says, laid out for screen and print. */
export function ReportDocument({ doc, protocol }: { doc: RefDocument; protocol: Protocol }) {
  const names = new Map(doc.elements.map((e) => [e.id, e.name]));
  return (
    <article className="protocol" aria-label="Evaluation protocol">
      <h1>Evaluation protocol: {protocol.model.name}</h1>
      <p className="protocol__model">
        Model version {protocol.model.version} · model hash{' '}
        <code data-testid="protocol-hash">{protocol.model.hash}</code> · {protocol.sessions.length} evaluation session
        {protocol.sessions.length === 1 ? '' : 's'}
      </p>
      {protocol.sessions.map((s) => (
        <SessionSection key={s.record.id} s={s} names={names} />
      ))}
      {protocol.agreement.length ? (
        <section className="protocol__agreement">
          <h2>Agreement between evaluators</h2>
          {protocol.agreement.map((a) => (
            <div key={a.choice.perspective}>
              <h3>{PERSPECTIVE_LABELS[a.choice.perspective]} view</h3>
              <AgreementFigures agreement={a} />
            </div>
          ))}
        </section>
      ) : null}
    </article>
  );
}
