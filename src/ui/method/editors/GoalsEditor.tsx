import { useState } from 'react';
import {
  addStructuralGoal,
  linkElementToGoal,
  removeStructuralGoal,
  unlinkElementFromGoal,
  updateStructuralGoal,
  type Checked,
} from '../../../core/commands/method.ts';
import type { StructuralGoal } from '../../../core/model/schema.ts';
import { CommitText, SelectField } from '../../inspector/fields.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { combine } from '../edits.ts';
import { showElement } from '../show-element.ts';
import { Field } from './form.tsx';
import { goalKinds, kindLabel, perspectiveLabel, perspectives } from './goal-terms.ts';
import { screenLabel } from '../../i18n/labels.ts';
import { refusalMessage } from '../../../core/i18n/say.ts';

const COVERED = ['client', 'customer', 'internal'] as const;

/** Step 1: the goal catalogue. Each goal has a kind, a perspective, a rationale and an acceptance statement that makes it testable. */
export default function GoalsEditor() {
  const doc = useDocument();
  const m = useMessages().method;
  const goals = doc.structuralGoals;
  const forAll = goals.some((g) => g.perspective === 'all');
  return (
    <div className="editor">
      <p className="editor__coverage" aria-label={m.perspectivesCovered}>
        {COVERED.map((p) => {
          const ok = forAll || goals.some((g) => g.perspective === p);
          return (
            <span key={p} className={ok ? 'is-ok' : 'is-missing'}>
              <span aria-hidden="true">{ok ? '✓' : '○'}</span> {perspectiveLabel(m, p)}
              <span className="visually-hidden">{ok ? m.covered : m.notCovered}</span>
            </span>
          );
        })}
      </p>
      {goals.length === 0 ? <p className="muted">{m.goalsEmpty}</p> : null}
      <ul className="editor__cards">
        {goals.map((g) => (
          <GoalCard key={g.id} goal={g} />
        ))}
      </ul>
      <NewGoal />
    </div>
  );
}

function useRun() {
  const wb = useActions();
  const m = useMessages().method;
  return (result: Checked) => {
    if (result.ok) wb.perform(result.edit);
    else wb.notify('warning', m.notChanged(refusalMessage(result)));
    return result.ok;
  };
}

function GoalCard({ goal }: { goal: StructuralGoal }) {
  const wb = useActions();
  const doc = useDocument();
  const run = useRun();
  const m = useMessages().method;
  const selected = useWb((s) => s.selection.elements);
  const serving = doc.elements.filter((e) => e.goals.includes(goal.id));
  const toLink = selected.filter((id) => !serving.some((e) => e.id === id) && doc.elements.some((e) => e.id === id));
  const change = (changes: Partial<Omit<StructuralGoal, 'id'>>) => run(updateStructuralGoal(goal.id, changes));
  return (
    <li className="editor__card">
      <details>
        <summary>
          <span className="editor__tags">
            <span className="tag">{kindLabel(m, goal.kind)}</span>
            <span className="tag tag--perspective">{perspectiveLabel(m, goal.perspective)}</span>
            {goal.acceptance.trim() ? null : (
              <span className="tag tag--warning">
                <span aria-hidden="true">⚠</span> {m.notTestable}
              </span>
            )}
          </span>
          <span className="editor__card-title" translate="no">
            {goal.text}
          </span>
          <span className="editor__card-meta">{serving.length ? m.servedBy(serving.length) : m.notServed}</span>
        </summary>
        <div className="editor__card-body">
          <CommitText label={m.goal} value={goal.text} multiline onCommit={(text) => change({ text })} />
          <div className="field-row">
            <SelectField
              label={m.kind}
              value={goal.kind}
              options={goalKinds(m)}
              onChange={(kind) => change({ kind })}
            />
            <SelectField
              label={m.perspective}
              value={goal.perspective}
              options={perspectives(m)}
              onChange={(perspective) => change({ perspective })}
            />
          </div>
          <CommitText
            label={m.rationale}
            value={goal.rationale}
            multiline
            onCommit={(rationale) => change({ rationale })}
            hint={m.rationaleHint}
          />
          <CommitText
            label={m.acceptance}
            value={goal.acceptance}
            multiline
            onCommit={(acceptance) => change({ acceptance })}
            hint={m.acceptanceHint}
          />
          <div className="editor__served">
            <span className="editor__label">{m.servedByLabel}</span>
            {serving.length === 0 ? <span className="muted">{m.linkHint}</span> : null}
            {serving.map((e) => (
              <span key={e.id} className="chip">
                <button
                  className="chip__name"
                  translate="no"
                  onClick={() => showElement(wb, e.id)}
                  title={m.showOnCanvas}
                >
                  {e.name}
                </button>
                <button
                  className="chip__remove"
                  aria-label={m.unlink(e.name)}
                  title={m.unlinkHint}
                  onClick={() => wb.perform(unlinkElementFromGoal(e.id, goal.id))}
                >
                  ×
                </button>
              </span>
            ))}
          </div>
          <div className="editor__actions">
            <button
              disabled={toLink.length === 0}
              onClick={() =>
                wb.perform(
                  combine(
                    screenLabel('method', 'linkToGoal', toLink.length, goal.id),
                    toLink.map((id) => linkElementToGoal(id, goal.id)),
                  ),
                )
              }
              title={m.linkSelectedHint}
            >
              {m.linkSelected(toLink.length)}
            </button>
            <button
              className="danger"
              onClick={() => wb.perform(removeStructuralGoal(goal.id))}
              title={m.removeGoalHint}
            >
              {m.removeGoal}
            </button>
          </div>
        </div>
      </details>
    </li>
  );
}

const EMPTY = {
  kind: 'purpose' as StructuralGoal['kind'],
  perspective: 'client' as StructuralGoal['perspective'],
  text: '',
  rationale: '',
  acceptance: '',
};

function NewGoal() {
  const wb = useActions();
  const m = useMessages().method;
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const set = (changes: Partial<typeof EMPTY>) => setDraft({ ...draft, ...changes });
  const add = () => {
    if (!draft.text.trim()) return setError(m.goalRequired);
    const result = addStructuralGoal({ ...draft, text: draft.text.trim() });
    if (!result.ok) return setError(refusalMessage(result));
    wb.perform(result.edit);
    setDraft({ ...EMPTY, kind: draft.kind, perspective: draft.perspective });
    setError(null);
  };
  return (
    <fieldset className="editor__form" aria-label={m.newGoalRegion}>
      <legend>{m.newGoal}</legend>
      <div className="field-row">
        <SelectField label={m.kind} value={draft.kind} options={goalKinds(m)} onChange={(kind) => set({ kind })} />
        <SelectField
          label={m.perspective}
          value={draft.perspective}
          options={perspectives(m)}
          onChange={(perspective) => set({ perspective })}
        />
      </div>
      <Field
        label={m.goal}
        multiline
        value={draft.text}
        onChange={(text) => set({ text })}
        placeholder={m.goalPlaceholder}
        error={error}
      />
      <Field
        label={m.rationale}
        multiline
        value={draft.rationale}
        onChange={(rationale) => set({ rationale })}
        placeholder={m.rationalePlaceholder}
      />
      <Field
        label={m.acceptance}
        multiline
        value={draft.acceptance}
        onChange={(acceptance) => set({ acceptance })}
        placeholder={m.acceptancePlaceholder}
      />
      <button className="primary" onClick={add}>
        {m.addGoal}
      </button>
    </fieldset>
  );
}
