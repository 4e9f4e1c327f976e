import type { Agreement } from '../../core/evaluation/agreement.ts';
import type { HeatMap } from '../../core/evaluation/scoring.ts';
import { share } from './use-evaluation.ts';
import { useMessages } from '../i18n/messages.ts';

/** A shade of the accent for a share, dark enough that white text reads on the upper half. */
function shade(value: number): { background: string; color: string } {
  const light = 96 - value * 58;
  return { background: `hsl(209 48% ${light}%)`, color: value > 0.55 ? '#fff' : 'var(--text)' };
}

/** Criteria × evaluators: each cell shows its share as a number and a shade; mean and spread when several evaluators took the view. */
export function HeatMapTable({
  heat,
  agreement,
}: {
  heat: HeatMap;
  agreement: Extract<Agreement, { ok: true }> | null;
}) {
  const m = useMessages().evaluation;
  return (
    <div className="table-scroll">
      <table className="data-table heat-map" data-testid="heat-map">
        <caption className="eval-sr-only">{m.heatMapCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.criterion}</th>
            {heat.evaluations.map((e) => (
              <th scope="col" key={e.id} title={e.title} translate="no">
                {e.evaluator}
              </th>
            ))}
            {agreement ? (
              <>
                <th scope="col" title={m.meanHint}>
                  {m.mean}
                </th>
                <th scope="col" title={m.sdHint}>
                  {m.sd}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {heat.criteria.map((c, i) => {
            const spread = agreement?.criteria.find((s) => s.id === c.id);
            return (
              <tr key={c.id} data-criterion={c.id}>
                <th scope="row">
                  <span className="heat-map__id">{c.id}</span> {c.title}
                </th>
                {heat.cells[i]!.map((cell, j) => (
                  <td
                    key={heat.evaluations[j]!.id}
                    className="heat-map__cell"
                    style={typeof cell === 'number' ? shade(cell) : undefined}
                  >
                    {cell === 'na' ? (
                      m.na
                    ) : cell === null ? (
                      <span className="muted" title={m.notScoredTitle}>
                        –
                      </span>
                    ) : (
                      share(cell)
                    )}
                  </td>
                ))}
                {agreement ? (
                  <>
                    <td>{share(spread?.mean)}</td>
                    <td>{share(spread?.sd)}</td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
