import { useState } from 'react';
import { raterOf } from '../../core/evaluation/agreement.ts';
import { compareEvaluations, type Delta } from '../../core/evaluation/comparison.ts';
import { PERSPECTIVE_LABELS, PRINCIPLE_LABELS } from '../../core/evaluation/scoring.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { SelectField } from '../inspector/fields.tsx';
import { useDocument } from '../workbench-context.ts';
import { criteriaFor, share, useAvailableChecklists } from './use-evaluation.ts';

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
  if (d.delta === null) return <td className="muted">–</td>;
  const mark = d.delta > 0.0001 ? '▲' : d.delta < -0.0001 ? '▼' : '=';
  const words = mark === '▲' ? 'better' : mark === '▼' ? 'worse' : 'unchanged';
  return (
    <td className={`delta delta--${words}`} title={words}>
      {d.delta > 0 ? '+' : d.delta < 0 ? '−' : ''}
      {Math.abs(d.delta).toFixed(2)} <span aria-hidden="true">{mark}</span>
      <span className="eval-sr-only">{words}</span>
    </td>
  );
}

function DeltaTable({ title, rows }: { title: string; rows: ({ key: string; label: string } & Delta)[] }) {
  return (
    <table className="data-table delta-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col">Change</th>
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
  const sessions = useDocument().evaluations;
  const available = useAvailableChecklists();
  const [pair, setPair] = useState<[string, string]>(() => defaultPair(sessions));
  const before = sessions.find((s) => s.id === pair[0]);
  const after = sessions.find((s) => s.id === pair[1]) ?? sessions.at(-1)!;
  if (sessions.length < 2) {
    return (
      <div className="evaluation__empty">
        <h3>One session so far</h3>
        <p>
          To see what a revision changed, choose “Re-evaluate” on a session in the Evaluation tab after revising the
          model: the new session starts from the old scores on the new model version, and the two are compared here.
        </p>
      </div>
    );
  }
  const options = sessions.map((s) => ({ value: s.id, label: `${s.date} · ${s.evaluator.name} · ${s.title}` }));
  if (!before) {
    return (
      <div className="compare">
        <div className="field-row">
          <SelectField
            label="Before"
            value=""
            options={[{ value: '', label: 'Choose a session…' }, ...options]}
            onChange={(id) => setPair([id, pair[1]])}
          />
          <SelectField label="After" value={after.id} options={options} onChange={(id) => setPair([pair[0], id])} />
        </div>
        <p className="compare__note">
          {after.evaluator.name} has no earlier session of this view: choose the session to compare with. Another
          rater&apos;s session shows how two people judge, not what a revision changed.
        </p>
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
        <SelectField label="Before" value={before.id} options={options} onChange={(id) => setPair([id, pair[1]])} />
        <SelectField label="After" value={after.id} options={options} onChange={(id) => setPair([pair[0], id])} />
      </div>
      <p className="compare__note">
        {before.id === after.id
          ? 'Choose two different sessions.'
          : result.modelChanged
            ? `The two sessions judged different versions of the model (hash ${before.modelHash} → ${after.modelHash}).`
            : `Both sessions judged the same version of the model (hash ${after.modelHash}): differences come from the evaluators, not from a revision.`}
        {shared ? '' : ' They share no view, so only the common criteria can be compared.'}
      </p>
      <div className="compare__grid">
        <DeltaTable
          title="Per view"
          rows={result.perspectives.map((p) => ({
            key: p.perspective,
            label: `${PERSPECTIVE_LABELS[p.perspective]} view`,
            ...p,
          }))}
        />
        <DeltaTable
          title="Per GoM principle"
          rows={result.principles.map((p) => ({ key: p.principle, label: PRINCIPLE_LABELS[p.principle], ...p }))}
        />
      </div>
      <DeltaTable
        title="Per criterion"
        rows={result.criteria.map((c) => ({ key: c.id, label: `${c.id} ${c.title}`, ...c }))}
      />
    </div>
  );
}
