import { useState } from 'react';
import { raterOf } from '../../core/evaluation/agreement.ts';
import { compareEvaluations, type Delta } from '../../core/evaluation/comparison.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { SelectField } from '../inspector/fields.tsx';
import { useDocument } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';
import { criteriaFor, day, share, useAvailableChecklists } from './use-evaluation.ts';

/** The latest session and its rater's previous session of a shared view; no "before" when the rater has none (never another rater's). */
function defaultPair(sessions: readonly EvaluationRecord[]): [string, string] {
  for (let a = sessions.length - 1; a > 0; a--) {
    for (let b = a - 1; b >= 0; b--) {
      const [later, earlier] = [sessions[a]!, sessions[b]!];
      if (raterOf(later) === raterOf(earlier) && later.perspectives.some((p) => earlier.perspectives.includes(p)))
        return [earlier.id, later.id];
    }
  }
  return ['', sessions.at(-1)!.id];
}

function DeltaCell({ d }: { d: Delta }) {
  const m = useMessages().evaluation;
  if (d.delta === null) return <td className="muted">–</td>;
  const mark = d.delta > 0.0001 ? '▲' : d.delta < -0.0001 ? '▼' : '=';
  const trend = mark === '▲' ? 'better' : mark === '▼' ? 'worse' : 'unchanged';
  return (
    <td className={`delta delta--${trend}`} title={m.trend[trend]}>
      {d.delta > 0 ? '+' : d.delta < 0 ? '−' : ''}
      {share(Math.abs(d.delta))} <span aria-hidden="true">{mark}</span>
      <span className="eval-sr-only">{m.trend[trend]}</span>
    </td>
  );
}

function DeltaTable({ title, rows }: { title: string; rows: ({ key: string; label: string } & Delta)[] }) {
  const m = useMessages().evaluation;
  return (
    <table className="data-table delta-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">{m.before}</th>
          <th scope="col">{m.after}</th>
          <th scope="col">{m.change}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-row={r.key}>
            <th scope="row">{r.label}</th>
            <td>{share(r.before)}</td>
            <td>{share(r.after)}</td>
            <DeltaCell d={r} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Two sessions side by side, typically before and after a revision of the model: per view, per GoM principle and per criterion. */
export function CompareTab() {
  const m = useMessages().evaluation;
  const sessions = useDocument().evaluations;
  const available = useAvailableChecklists();
  const [pair, setPair] = useState<[string, string]>(() => defaultPair(sessions));
  const before = sessions.find((s) => s.id === pair[0]);
  const after = sessions.find((s) => s.id === pair[1]) ?? sessions.at(-1)!;
  if (sessions.length < 2) {
    return (
      <div className="evaluation__empty">
        <h3>{m.oneSessionSoFar}</h3>
        <p>{m.oneSessionHint}</p>
      </div>
    );
  }
  const options = sessions.map((s) => ({ value: s.id, label: `${day(s.date)} · ${s.evaluator.name} · ${s.title}` }));
  if (!before) {
    return (
      <div className="compare">
        <div className="field-row">
          <SelectField
            label={m.before}
            value=""
            options={[{ value: '', label: m.chooseSession }, ...options]}
            onChange={(id) => setPair([id, pair[1]])}
          />
          <SelectField label={m.after} value={after.id} options={options} onChange={(id) => setPair([pair[0], id])} />
        </div>
        <p className="compare__note">{m.noEarlierSession(after.evaluator.name)}</p>
      </div>
    );
  }
  const checklists = [...criteriaFor(before, available).checklists, ...criteriaFor(after, available).checklists].filter(
    (c, i, all) => all.findIndex((o) => o.id === c.id) === i,
  );
  const result = compareEvaluations(before, after, checklists);
  const shared = before.perspectives.some((p) => after.perspectives.includes(p));
  return (
    <div className="compare">
      <div className="field-row">
        <SelectField label={m.before} value={before.id} options={options} onChange={(id) => setPair([id, pair[1]])} />
        <SelectField label={m.after} value={after.id} options={options} onChange={(id) => setPair([pair[0], id])} />
      </div>
      <p className="compare__note">
        {before.id === after.id
          ? m.chooseTwoSessions
          : result.modelChanged
            ? m.differentVersions(before.modelHash, after.modelHash)
            : m.sameVersion(after.modelHash)}
        {shared ? '' : ` ${m.noSharedView}`}
      </p>
      <div className="compare__grid">
        <DeltaTable
          title={m.perView}
          rows={result.perspectives.map((p) => ({
            key: p.perspective,
            label: m.perspectiveView[p.perspective],
            ...p,
          }))}
        />
        <DeltaTable
          title={m.perPrinciple}
          rows={result.principles.map((p) => ({ key: p.principle, label: m.principle[p.principle], ...p }))}
        />
      </div>
      <DeltaTable
        title={m.perCriterion}
        rows={result.criteria.map((c) => ({ key: c.id, label: `${c.id} ${c.title}`, ...c }))}
      />
    </div>
  );
}
