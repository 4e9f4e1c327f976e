import type { QfdResult } from '../../core/evaluation/qfd.ts';
import { fixed, round } from './use-evaluation.ts';
import { formatNumber, useMessages } from '../i18n/messages.ts';

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
  const m = useMessages().evaluation;
  return (
    <table className={`data-table ${className}`.trim()}>
      <thead>
        <tr>
          <th scope="col">{m.phase}</th>
          {terms ? <th scope="col">{m.sumTerms}</th> : null}
          <th scope="col">{m.absoluteImportance}</th>
          <th scope="col">{m.relativeImportance}</th>
          <th scope="col">{m.fulfilment}</th>
          <th scope="col">{m.fulfilmentTimesRelative}</th>
        </tr>
      </thead>
      <tbody>
        {result.phases.map((p) => (
          <tr key={p.id} data-phase={p.id}>
            <th scope="row">{p.label}</th>
            {terms ? (
              <td className="qfd-result__terms">
                {p.terms.map((t) => `${formatNumber(t.importance)}×${t.correlation}`).join(' + ')}
              </td>
            ) : null}
            <td>{round(p.absolute)}</td>
            <td>{fixed(p.relative, 4)}</td>
            <td>{fixed(p.fulfilment, 4)}</td>
            <td>{fixed(p.contribution, 4)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{m.total}</th>
          {terms ? <td /> : null}
          <td>{round(result.totalAbsolute)}</td>
          <td>{fixed(1, 4)}</td>
          <td />
          <td>
            <strong>{m.rmQualityValue(fixed(result.rmQuality, 4))}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
