import type { Agreement } from '../../core/evaluation/agreement.ts';
import { PERSPECTIVE_LABELS } from '../../core/evaluation/scoring.ts';
import { share } from './use-evaluation.ts';

const fixed = (v: number | null, digits: number) => (v === null ? 'undefined' : v.toFixed(digits));

/** One perspective's agreement as the protocol states it: the choices, alpha with n, D_o, D_e and the interval, the criteria that disagree most. */
export function AgreementFigures({ agreement: a, table = true }: { agreement: Agreement; table?: boolean }) {
  const c = a.choice;
  return (
    <div className="agreement-figures" data-perspective={c.perspective}>
      <dl className="agreement-figures__choices">
        <dt>Sessions</dt>
        <dd>
          {a.ok ? a.sessions.map((r) => `${r.evaluator.name} (${r.date})`).join(', ') : c.sessions.join(', ') || 'none'}
        </dd>
        {a.ok ? (
          <>
            <dt>Model version</dt>
            <dd>
              <code>{a.version}</code>
            </dd>
            <dt>Scale</dt>
            <dd>{a.scale}</dd>
          </>
        ) : null}
        <dt>Metric</dt>
        <dd>{c.metric}</dd>
        <dt>Bootstrap</dt>
        <dd>
          {c.bootstrap.samples} samples, seed {c.bootstrap.seed}, {Math.round(c.bootstrap.level * 100)} % interval
        </dd>
      </dl>
      {!a.ok ? (
        <p className="agreement-figures__refused" role="status" data-testid="agreement-refused">
          Not computed: {a.reason}
        </p>
      ) : (
        <>
          <p className="agreement" data-testid="agreement">
            <strong>
              Krippendorff&apos;s alpha ({c.metric}) = <span data-testid="alpha">{fixed(a.result.alpha, 3)}</span>
            </strong>{' '}
            · n = {Math.round(a.result.pairable * 100) / 100} pairable values · D<sub>o</sub> ={' '}
            {fixed(a.result.observed, 4)} · D<sub>e</sub> = {fixed(a.result.expected, 4)}
            {a.interval ? (
              <>
                {' '}
                · {Math.round(a.interval.level * 100)} % bootstrap interval{' '}
                <span data-testid="alpha-interval">
                  [{a.interval.low.toFixed(3)}, {a.interval.high.toFixed(3)}]
                </span>
                {a.interval.belowMinimum.map((b) => (
                  <span key={b.minimum}>
                    {' '}
                    · q(α &lt; {b.minimum}) = {b.probability.toFixed(3)}
                  </span>
                ))}
              </>
            ) : null}
          </p>
          {a.mostDisagreement.length ? (
            <p className="agreement-figures__worst" data-testid="most-disagreement">
              Criteria that disagree most:{' '}
              {a.mostDisagreement.map((d) => `${d.id} ${d.title} (${fixed(d.disagreement, 2)} × Dₑ)`).join('; ')}.
            </p>
          ) : (
            <p className="agreement-figures__worst">No criterion shows disagreement.</p>
          )}
          {table ? (
            <table className="data-table">
              <caption className="eval-sr-only">
                Scores of the raters per criterion, {PERSPECTIVE_LABELS[c.perspective]} view
              </caption>
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  {a.sessions.map((r) => (
                    <th scope="col" key={r.id}>
                      {r.evaluator.name}
                    </th>
                  ))}
                  <th scope="col">n</th>
                  <th scope="col">Mean</th>
                  <th scope="col">SD</th>
                  <th scope="col">Disagreement</th>
                </tr>
              </thead>
              <tbody>
                {a.criteria.map((k) => (
                  <tr key={k.id}>
                    <th scope="row">
                      {k.id} {k.title}
                    </th>
                    {k.scores.map((v, i) => (
                      <td key={i}>{v === null ? '–' : v}</td>
                    ))}
                    <td>{k.n}</td>
                    <td>{share(k.mean)}</td>
                    <td>{share(k.sd)}</td>
                    <td>{k.disagreement === null ? '–' : k.disagreement.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </div>
  );
}
