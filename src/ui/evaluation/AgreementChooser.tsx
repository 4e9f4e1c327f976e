import { ALPHA_METRICS, type AlphaMetric } from '../../core/evaluation/alpha.ts';
import type { AgreementChoice } from '../../core/evaluation/agreement.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { useMessages } from '../i18n/messages.ts';
import { day } from './use-evaluation.ts';

/** Which sessions, which metric and which bootstrap the agreement uses: every choice is the researcher's, and the protocol records it. */
export function AgreementChooser({
  evaluations,
  choice,
  hash,
  onChoose,
}: {
  evaluations: readonly EvaluationRecord[];
  choice: AgreementChoice;
  hash: string;
  onChoose: (choice: AgreementChoice) => void;
}) {
  const m = useMessages().evaluation;
  const taking = evaluations.filter((e) => e.perspectives.includes(choice.perspective));
  const toggle = (id: string, on: boolean) =>
    onChoose({
      ...choice,
      sessions: taking.map((e) => e.id).filter((s) => (s === id ? on : choice.sessions.includes(s))),
    });
  const setBootstrap = (key: 'samples' | 'seed', text: string) => {
    const value = Math.trunc(Number(text));
    if (
      !Number.isFinite(value) ||
      value < (key === 'samples' ? 100 : 0) ||
      value > (key === 'samples' ? 20000 : 2 ** 31)
    )
      return;
    onChoose({ ...choice, bootstrap: { ...choice.bootstrap, [key]: value } });
  };
  return (
    <fieldset className="agreement-chooser">
      <legend>{m.chooserLegend}</legend>
      <ul className="agreement-chooser__sessions" aria-label={m.chooserSessions}>
        {taking.map((e) => (
          <li key={e.id}>
            <label>
              <input
                type="checkbox"
                checked={choice.sessions.includes(e.id)}
                onChange={(ev) => toggle(e.id, ev.target.checked)}
              />{' '}
              <strong translate="no">{e.evaluator.name}</strong> · {day(e.date)} · {m.scaleOf(e.scale)} ·{' '}
              {e.modelHash === hash ? m.currentModel : m.earlierVersion(e.modelHash.slice(0, 8))}
              <span className="muted">
                {' '}
                · <span translate="no">{e.title}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="agreement-chooser__row">
        <label>
          {m.metric}{' '}
          <select
            value={choice.metric}
            onChange={(e) => onChoose({ ...choice, metric: e.target.value as AlphaMetric })}
            aria-label={m.alphaMetric}
          >
            {ALPHA_METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {m.metricName[metric]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.bootstrapSamples}{' '}
          <input
            type="number"
            min={100}
            max={20000}
            step={100}
            defaultValue={choice.bootstrap.samples}
            onBlur={(e) => setBootstrap('samples', e.target.value)}
          />
        </label>
        <label>
          {m.seed}{' '}
          <input
            type="number"
            min={0}
            defaultValue={choice.bootstrap.seed}
            onBlur={(e) => setBootstrap('seed', e.target.value)}
          />
        </label>
      </div>
    </fieldset>
  );
}
