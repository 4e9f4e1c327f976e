import type { Protocol, SessionProtocol } from '../../core/evaluation/protocol.ts';
import { radarData, type Aggregate } from '../../core/evaluation/scoring.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { scoreName } from './CriterionCard.tsx';
import { RadarChart } from './RadarChart.tsx';
import { day, round, share } from './use-evaluation.ts';
import { formatNumber, useMessages } from '../i18n/messages.ts';
import { AgreementFigures } from './AgreementFigures.tsx';
import { QfdPhaseTable } from './QfdPhaseTable.tsx';
import { qfdProblems } from './qfd-problems.ts';
import { matookIndulska } from '../../core/evaluation/checklists.ts';
import { qfdInput } from '../../core/evaluation/qfd.ts';

function AggregateTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; label: string; aggregate: Aggregate }[];
}) {
  const m = useMessages().evaluation;
  return (
    <table className="data-table protocol__aggregates">
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col">{m.score}</th>
          <th scope="col">{m.scored}</th>
          <th scope="col">{m.na}</th>
          <th scope="col">{m.open}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, aggregate: a }) => (
          <tr key={key} data-row={key}>
            <th scope="row">{label}</th>
            <td>{share(a.score)}</td>
            <td>{formatNumber(a.scored)}</td>
            <td>{formatNumber(a.na)}</td>
            <td>{formatNumber(a.unscored)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SessionSection({ s, names }: { s: SessionProtocol; names: Map<string, string> }) {
  const m = useMessages().evaluation;
  const r = s.record;
  return (
    <section className="protocol__session" data-session={r.id} aria-labelledby={`protocol-${r.id}`}>
      <h2 id={`protocol-${r.id}`}>
        {m.sessionHeading} <span translate="no">{r.title}</span> <code>{r.id}</code>
      </h2>
      <dl className="protocol__facts">
        <dt>{m.evaluator}</dt>
        <dd translate="no">
          {r.evaluator.name}
          {r.evaluator.role ? ` (${r.evaluator.role})` : ''}
        </dd>
        <dt>{m.date}</dt>
        <dd>{day(r.date)}</dd>
        <dt>{m.views}</dt>
        <dd>{r.perspectives.map((p) => m.perspective[p]).join(', ')}</dd>
        <dt>{m.scale}</dt>
        <dd>{m.scaleFacts(r.scale, m.scalePoints[r.scale].join(', '))}</dd>
        <dt>{m.modelHash}</dt>
        <dd>
          <code>{r.modelHash}</code> ({s.current ? m.theCurrentModel : m.changedSinceSession})
        </dd>
        <dt>{m.checklists}</dt>
        <dd>
          {r.checklists.map((c) => `${c.id} ${c.version}`).join(', ') || m.none}
          {s.resolved.missing.map((c) => ` · ${m.checklistMissing(c.id, c.version)}`)}
          {s.resolved.changed.map((c) => ` · ${m.checklistChanged(c.id, c.recorded, c.available)}`)}
        </dd>
      </dl>
      {r.summary ? (
        <p className="protocol__summary" translate="no">
          {r.summary}
        </p>
      ) : null}
      <div className="protocol__overview">
        {s.perspectives.map(({ perspective }) => {
          const radar = radarData(r, s.resolved.checklists, perspective, 'principle');
          return (
            <RadarChart
              key={perspective}
              title={m.radarTitle(m.perspectiveView[perspective], m.byPrinciple)}
              axes={radar.map((p) => ({ ...p, label: m.principle[p.id as keyof typeof m.principle] }))}
              series={[{ id: r.id, label: r.evaluator.name, values: radar.map((p) => p.value) }]}
              radius={78}
              table="collapsed"
            />
          );
        })}
        <div className="protocol__aggregate-tables">
          <AggregateTable
            caption={m.view}
            rows={s.perspectives.map((p) => ({
              key: p.perspective,
              label: m.perspective[p.perspective],
              aggregate: p.aggregate,
            }))}
          />
          <AggregateTable
            caption={m.gomPrinciple}
            rows={s.principles.map((p) => ({
              key: p.principle,
              label: m.principle[p.principle],
              aggregate: p.aggregate,
            }))}
          />
        </div>
      </div>
      <table className="data-table protocol__scores">
        <thead>
          <tr>
            <th scope="col">{m.criterion}</th>
            <th scope="col">{m.principleColumn}</th>
            <th scope="col">{m.weight}</th>
            <th scope="col">{m.score}</th>
            <th scope="col">{m.share}</th>
            <th scope="col">{m.evidenceAndNote}</th>
          </tr>
        </thead>
        <tbody>
          {s.criteria.map(({ criterion: c, weight, entry, normalised }) => (
            <tr key={c.id} data-criterion={c.id}>
              <th scope="row">
                <span className="heat-map__id">{c.id}</span> {c.title}
              </th>
              <td>{m.principle[c.principle]}</td>
              <td>{round(weight)}</td>
              <td data-col="score">
                {scoreName(entry?.score, r.scale)}
                {entry?.fromProposal ? (
                  <div className="muted" title={m.automaticConfirmedHint}>
                    ✓ {m.automatic}
                  </div>
                ) : null}
              </td>
              <td data-col="share">{share(normalised)}</td>
              <td className="protocol__note">
                {entry?.evidence.length ? (
                  <div className="protocol__evidence">
                    {m.evidenceList(entry.evidence.map((id) => names.get(id) ?? m.notInModel(id)).join(', '))}
                  </div>
                ) : null}
                <span translate="no">{entry?.note}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.qfd && r.qfd ? (
        <div className="protocol__qfd">
          <h3>{m.constructionQuality}</h3>
          {s.qfd.ok ? (
            <QfdPhaseTable result={s.qfd} />
          ) : (
            <ul>
              {qfdProblems(matookIndulska, qfdInput(matookIndulska, r.qfd)).map((p) => (
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
  const m = useMessages().evaluation;
  const names = new Map(doc.elements.map((e) => [e.id, e.name]));
  return (
    <article className="protocol" aria-label={m.protocol}>
      <h1>
        {m.protocolOf} <span translate="no">{protocol.model.name}</span>
      </h1>
      <p className="protocol__model">
        {m.modelVersionOf(protocol.model.version)} · {m.modelHashLower}{' '}
        <code data-testid="protocol-hash">{protocol.model.hash}</code> · {m.sessionCount(protocol.sessions.length)}
      </p>
      {protocol.sessions.map((s) => (
        <SessionSection key={s.record.id} s={s} names={names} />
      ))}
      {protocol.agreement.length ? (
        <section className="protocol__agreement">
          <h2>{m.agreementBetweenEvaluators}</h2>
          {protocol.agreement.map((a) => (
            <div key={a.choice.perspective}>
              <h3>{m.perspectiveView[a.choice.perspective]}</h3>
              <AgreementFigures agreement={a} />
            </div>
          ))}
        </section>
      ) : null}
    </article>
  );
}
