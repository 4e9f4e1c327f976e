import { matookIndulska as mi } from '../../core/evaluation/checklists.ts';
import { qfd as houseOfQuality, qfdInput } from '../../core/evaluation/qfd.ts';
import type { QfdRecord } from '../../core/model/evaluation-record.ts';
import { QfdPhaseTable } from './QfdPhaseTable.tsx';
import { qfdProblems } from './qfd-problems.ts';
import { fixed, round } from './use-evaluation.ts';
import { useMessages } from '../i18n/messages.ts';

/** RMQuality with every figure it comes from: the importance × correlation terms, absolute and relative importance, fulfilment, contribution. */
export function QfdResult({ qfd }: { qfd: QfdRecord }) {
  const m = useMessages().evaluation;
  const input = qfdInput(mi, qfd);
  const result = houseOfQuality(mi, input);
  if (!result.ok) {
    return (
      <section className="qfd-result qfd-result--incomplete" aria-labelledby="qfd-result" data-testid="qfd-result">
        <h3 id="qfd-result" className="results__heading">
          4 · {m.rmQualityMissing}
        </h3>
        <ul>
          {qfdProblems(mi, input).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="qfd-result" aria-labelledby="qfd-result" data-testid="qfd-result">
      <h3 id="qfd-result" className="results__heading">
        4 · {m.rmQualityIs}{' '}
        <span className="qfd-result__value" data-testid="rm-quality">
          {fixed(result.rmQuality, 4)}
        </span>
      </h3>
      <div className="table-scroll">
        <QfdPhaseTable result={result} terms className="qfd-result__table" />
      </div>
      <p className="field__hint">
        {m.qfdFormula(mi.characteristics.map((c) => c.label).join(', '), round(result.totalAbsolute))}
      </p>
    </section>
  );
}
