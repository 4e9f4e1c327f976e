import type { Agreement } from '../../core/evaluation/agreement.ts';
import { formatNumber, useMessages } from '../i18n/messages.ts';
import { day, fixed as figure, round, share } from './use-evaluation.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

/** One perspective's agreement as the protocol states it: the choices, alpha with n, D_o, D_e and the interval, the criteria that disagree most. */
export function AgreementFigures({ agreement: a, table = true }: { agreement: Agreement; table?: boolean }) {
  const m = useMessages().evaluation;
  const c = a.choice;
  // Alpha is undefined without variation to compare with: the protocol says so in words rather than print a number.
  const fixed = (v: number | null, digits: number) => (v === null ? m.undefinedValue : figure(v, digits));
  return (
    <div className="agreement-figures" data-perspective={c.perspective}>
      <dl className="agreement-figures__choices">
        <dt>{m.sessions}</dt>
        <dd translate="no">
          {a.ok
            ? a.sessions.map((r) => `${r.evaluator.name} (${day(r.date)})`).join(', ')
            : c.sessions.join(', ') || m.none}
        </dd>
        {a.ok ? (
          <>
            <dt>{m.modelVersion}</dt>
            <dd>
              <code>{a.version}</code>
            </dd>
            <dt>{m.scale}</dt>
            <dd>{a.scale}</dd>
          </>
        ) : null}
        <dt>{m.metric}</dt>
        <dd>{m.metricName[c.metric]}</dd>
        <dt>{m.bootstrap}</dt>
        <dd>{m.bootstrapChoice(c.bootstrap.samples, c.bootstrap.seed, Math.round(c.bootstrap.level * 100))}</dd>
      </dl>
      {!a.ok ? (
        <p className="agreement-figures__refused" role="status" data-testid="agreement-refused">
          {m.notComputed(refusalMessage({ message: a.reason, text: a.text }))}
        </p>
      ) : (
        <>
          <p className="agreement" data-testid="agreement">
            <strong>
              {m.alphaOf(m.metricName[c.metric])} = <span data-testid="alpha">{fixed(a.result.alpha, 3)}</span>
            </strong>{' '}
            · n = {round(a.result.pairable)} {m.pairableValues} · D<sub>o</sub> = {fixed(a.result.observed, 4)} · D
            <sub>e</sub> = {fixed(a.result.expected, 4)}
            {a.interval ? (
              <>
                {' '}
                · {m.bootstrapInterval(Math.round(a.interval.level * 100))}{' '}
                <span data-testid="alpha-interval">
                  {m.interval(figure(a.interval.low, 3), figure(a.interval.high, 3))}
                </span>
                {a.interval.belowMinimum.map((b) => (
                  <span key={b.minimum}>
                    {' '}
                    · q(α &lt; {formatNumber(b.minimum)}) = {figure(b.probability, 3)}
                  </span>
                ))}
              </>
            ) : null}
          </p>
          {a.mostDisagreement.length ? (
            <p className="agreement-figures__worst" data-testid="most-disagreement">
              {m.mostDisagreement}{' '}
              {a.mostDisagreement.map((d) => `${d.id} ${d.title} (${fixed(d.disagreement, 2)} × Dₑ)`).join('; ')}.
            </p>
          ) : (
            <p className="agreement-figures__worst">{m.noDisagreement}</p>
          )}
          {table ? (
            <table className="data-table">
              <caption className="eval-sr-only">{m.ratersTableCaption(m.perspectiveView[c.perspective])}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.criterion}</th>
                  {a.sessions.map((r) => (
                    <th scope="col" key={r.id} translate="no">
                      {r.evaluator.name}
                    </th>
                  ))}
                  <th scope="col">n</th>
                  <th scope="col">{m.mean}</th>
                  <th scope="col">{m.sd}</th>
                  <th scope="col">{m.disagreement}</th>
                </tr>
              </thead>
              <tbody>
                {a.criteria.map((k) => (
                  <tr key={k.id}>
                    <th scope="row">
                      {k.id} {k.title}
                    </th>
                    {k.scores.map((v, i) => (
                      <td key={i}>{v === null ? '–' : formatNumber(v)}</td>
                    ))}
                    <td>{formatNumber(k.n)}</td>
                    <td>{share(k.mean)}</td>
                    <td>{share(k.sd)}</td>
                    <td>{figure(k.disagreement, 2)}</td>
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
