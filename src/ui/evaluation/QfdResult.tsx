import { matookIndulska as mi } from '../../core/evaluation/checklists.ts';
import { qfd as houseOfQuality, qfdInput } from '../../core/evaluation/qfd.ts';
import type { QfdRecord } from '../../core/model/evaluation-record.ts';

const round = (v: number) => String(Math.round(v * 100) / 100);

/** RMQuality with every figure it comes from: the importance × correlation terms, absolute and relative importance, fulfilment, contribution. */
export function QfdResult({ qfd }: { qfd: QfdRecord }) {
  const result = houseOfQuality(mi, qfdInput(mi, qfd));
  if (!result.ok) {
    return (
      <section className="qfd-result qfd-result--incomplete" aria-labelledby="qfd-result" data-testid="qfd-result">
        <h3 id="qfd-result" className="results__heading">4 · RMQuality: inputs still missing</h3>
        <ul>
          {result.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="qfd-result" aria-labelledby="qfd-result" data-testid="qfd-result">
      <h3 id="qfd-result" className="results__heading">
        4 · RMQuality = <span className="qfd-result__value" data-testid="rm-quality">{result.rmQuality.toFixed(4)}</span>
      </h3>
      <div className="table-scroll">
        <table className="data-table qfd-result__table">
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Σ importance × correlation</th>
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
                <td className="qfd-result__terms">{p.terms.map((t) => `${t.importance}×${t.correlation}`).join(' + ')}</td>
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
              <td />
              <td>{round(result.totalAbsolute)}</td>
              <td>1.0000</td>
              <td />
              <td>
                <strong>{result.rmQuality.toFixed(4)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="field__hint">
        Absolute importance of a phase = Σ over the characteristics of importance × correlation ({mi.characteristics.map((c) => c.label).join(', ')}); relative = absolute / {round(result.totalAbsolute)}; RMQuality = Σ fulfilment × relative importance.
      </p>
    </section>
  );
}
