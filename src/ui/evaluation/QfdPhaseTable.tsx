import type { QfdResult } from '../../core/evaluation/qfd.ts';
import { round } from './use-evaluation.ts';

/** The QFD figures per development phase, with RMQuality as the total; `terms` adds the importance × correlation sums. */
export function QfdPhaseTable({
  result,
  terms,
  className = '',
}: {
  result: Extract<QfdResult, { ok: true }>;
  terms?: boolean;
  className?: string;
}) {
  return (
    <table className={`data-table ${className}`.trim()}>
      <thead>
        <tr>
          <th scope="col">Phase</th>
          {terms ? <th scope="col">Σ importance × correlation</th> : null}
          <th scope="col">Absolute importance</th>
          <th scope="col">Relative importance</th>
          <th scope="col">Fulfilment</th>
          <th scope="col">Fulfilment × relative</th>
        </tr>
      </thead>
      <tbody>
        {result.phases.map((p) => (
          <tr key={p.id} data-phase={p.id}>
            <th scope="row">{p.label}</th>
            {terms ? (
              <td className="qfd-result__terms">
                {p.terms.map((t) => `${t.importance}×${t.correlation}`).join(' + ')}
              </td>
            ) : null}
            <td>{round(p.absolute)}</td>
            <td>{p.relative.toFixed(4)}</td>
            <td>{p.fulfilment.toFixed(4)}</td>
            <td>{p.contribution.toFixed(4)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {terms ? <td /> : null}
          <td>{round(result.totalAbsolute)}</td>
          <td>1.0000</td>
          <td />
          <td>
            <strong>RMQuality {result.rmQuality.toFixed(4)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
