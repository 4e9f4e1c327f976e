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
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { combine } from '../edits.ts';
import { showElement } from '../show-element.ts';
import { Field } from './form.tsx';
import { GOAL_KINDS, kindLabel, PERSPECTIVES, perspectiveLabel } from './goal-terms.ts';

const COVERED = ['client', 'customer', 'internal'] as const;

/** Step 1: the goal catalogue. Each goal has a kind, a perspective, a rationale and an acceptance statement that makes it testable. */
export default function GoalsEditor() {
  const doc = useDocument();
  const goals = doc.structuralGoals;
  const forAll = goals.some((g) => g.perspective === 'all');
  return (
    <div className="editor">
      <p className="editor__coverage" aria-label="Perspectives covered">
        {COVERED.map((p) => {
          const ok = forAll || goals.some((g) => g.perspective === p);
          return (
            <span key={p} className={ok ? 'is-ok' : 'is-missing'}>
              <span aria-hidden="true">{ok ? '✓' : '○'}</span> {perspectiveLabel(p)}
              <span className="visually-hidden">{ok ? ' covered' : ' not covered yet'}</span>
            </span>
          );
        })}
      </p>
      {goals.length === 0 ? (
        <p className="muted">
          No goal yet. Start with the purpose: what should the reference model help whom to do? Then add a goal for each
          reader: client, customer and provider.
        </p>
      ) : null}
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
  return (result: Checked) => {
    if (result.ok) wb.perform(result.edit);
    else wb.notify('warning', `Not changed: ${result.message}`);
    return result.ok;
  };
}

function GoalCard({ goal }: { goal: StructuralGoal }) {
  const wb = useActions();
  const doc = useDocument();
  const run = useRun();
  const selected = useWb((s) => s.selection.elements);
  const serving = doc.elements.filter((e) => e.goals.includes(goal.id));
  const toLink = selected.filter((id) => !serving.some((e) => e.id === id) && doc.elements.some((e) => e.id === id));
  const change = (changes: Partial<Omit<StructuralGoal, 'id'>>) => run(updateStructuralGoal(goal.id, changes));
  return (
    <li className="editor__card">
      <details>
        <summary>
          <span className="editor__tags">
            <span className="tag">{kindLabel(goal.kind)}</span>
            <span className="tag tag--perspective">{perspectiveLabel(goal.perspective)}</span>
            {goal.acceptance.trim() ? null : (
              <span className="tag tag--warning">
                <span aria-hidden="true">⚠</span> not testable yet
              </span>
            )}
          </span>
          <span className="editor__card-title">{goal.text}</span>
          <span className="editor__card-meta">
            {serving.length
              ? `served by ${serving.length} element${serving.length === 1 ? '' : 's'}`
              : 'no element serves it yet'}
          </span>
        </summary>
        <div className="editor__card-body">
          <CommitText label="Goal" value={goal.text} multiline onCommit={(text) => change({ text })} />
          <div className="field-row">
            <SelectField label="Kind" value={goal.kind} options={GOAL_KINDS} onChange={(kind) => change({ kind })} />
            <SelectField
              label="Perspective"
              value={goal.perspective}
              options={PERSPECTIVES}
              onChange={(perspective) => change({ perspective })}
            />
          </div>
          <CommitText
            label="Rationale"
            value={goal.rationale}
            multiline
            onCommit={(rationale) => change({ rationale })}
            hint="Why the model needs this goal; cite the source where there is one."
          />
          <CommitText
            label="Acceptance statement"
            value={goal.acceptance}
            multiline
            onCommit={(acceptance) => change({ acceptance })}
            hint="How an evaluator checks that the finished model meets the goal."
          />
          <div className="editor__served">
            <span className="editor__label">Served by</span>
            {serving.length === 0 ? (
              <span className="muted">Select elements on the canvas, then link them here.</span>
            ) : null}
            {serving.map((e) => (
              <span key={e.id} className="chip">
                <button className="chip__name" onClick={() => showElement(wb, e.id)} title="Show on the canvas">
                  {e.name}
                </button>
                <button
                  className="chip__remove"
                  aria-label={`Unlink ${e.name} from this goal`}
                  title="Unlink from this goal"
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
                    `Link ${toLink.length} element${toLink.length === 1 ? '' : 's'} to goal ${goal.id}`,
                    toLink.map((id) => linkElementToGoal(id, goal.id)),
                  ),
                )
              }
              title="Record that the elements selected on the canvas serve this goal"
            >
              Link selected elements{toLink.length ? ` (${toLink.length})` : ''}
            </button>
            <button
              className="danger"
              onClick={() => wb.perform(removeStructuralGoal(goal.id))}
              title="Remove the goal; elements that served it are unlinked (undo with Ctrl+Z)"
            >
              Remove goal
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
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const set = (changes: Partial<typeof EMPTY>) => setDraft({ ...draft, ...changes });
  const add = () => {
    if (!draft.text.trim())
      return setError('Write the goal first, e.g. “Show the client which CRM processes the provider runs for it”.');
    const result = addStructuralGoal({ ...draft, text: draft.text.trim() });
    if (!result.ok) return setError(result.message);
    wb.perform(result.edit);
    setDraft({ ...EMPTY, kind: draft.kind, perspective: draft.perspective });
    setError(null);
  };
  return (
    <fieldset className="editor__form" aria-label="New structural goal">
      <legend>New goal</legend>
      <div className="field-row">
        <SelectField label="Kind" value={draft.kind} options={GOAL_KINDS} onChange={(kind) => set({ kind })} />
        <SelectField
          label="Perspective"
          value={draft.perspective}
          options={PERSPECTIVES}
          onChange={(perspective) => set({ perspective })}
        />
      </div>
      <Field
        label="Goal"
        multiline
        value={draft.text}
        onChange={(text) => set({ text })}
        placeholder="e.g. Show the client which CRM processes the provider runs for it"
        error={error}
      />
      <Field
        label="Rationale"
        multiline
        value={draft.rationale}
        onChange={(rationale) => set({ rationale })}
        placeholder="e.g. The client keeps a small CRM unit that steers the provider"
      />
      <Field
        label="Acceptance statement"
        multiline
        value={draft.acceptance}
        onChange={(acceptance) => set({ acceptance })}
        placeholder="e.g. Every provider process sits in a cell and has a measure"
      />
      <button className="primary" onClick={add}>
        Add goal
      </button>
    </fieldset>
  );
}
