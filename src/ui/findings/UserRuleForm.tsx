import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { addUserRule, updateUserRule } from '../../core/commands/validation-settings.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { UserRule } from '../../core/model/validation-settings.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { draftOf, emptyDraft, inputOf, KINDS, selectorName, typesOf, type RuleDraft } from './rule-draft.ts';
import { NamingTest } from './NamingTest.tsx';

/** A labelled control with its inline error; the error is announced and tied to the control. */
function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {}) })}
      {hint ? <div className="field__hint">{hint}</div> : null}
      {error ? (
        <div className="field__error" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** Element types grouped by category, each group led by "Any <category>". */
function TypeOptions({ metamodel }: { metamodel: Metamodel }) {
  return metamodel.data.categories.map((c) => (
    <optgroup key={c.id} label={c.label}>
      <option value={`category:${c.id}`}>Any {c.label}</option>
      {metamodel.data.elementTypes
        .filter((t) => t.category === c.id)
        .map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
    </optgroup>
  ));
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');

/** Adds a rule of the model's own, or edits one; invalid input is refused beside the field it concerns. */
export function UserRuleForm({ editing, onDone }: { editing: UserRule | null; onDone: (message: string) => void }) {
  const wb = useActions();
  const metamodel = useWb((s) => s.metamodel);
  const [draft, setDraft] = useState<RuleDraft>(() => (editing ? draftOf(editing, metamodel) : emptyDraft(metamodel)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (changes: Partial<RuleDraft>) => {
    setDraft({ ...draft, ...changes });
    setErrors({});
  };
  const properties = [
    ...new Map(
      typesOf(metamodel, draft.appliesTo)
        .flatMap((t) => metamodel.elementType(t)?.properties ?? [])
        .map((p) => [p.key, p]),
    ).values(),
  ];
  const possible = relationPossible(metamodel, draft);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = inputOf(draft);
    if (!read.ok) return setErrors(read.errors);
    const checked = editing ? updateUserRule(editing.id, read.input) : addUserRule(read.input);
    if (!checked.ok) return setErrors({ [checked.field ?? 'form']: sentence(checked.message) });
    wb.perform(checked.edit);
    setDraft(emptyDraft(metamodel, draft.kind));
    onDone(
      editing
        ? `Saved the rule “${draft.title.trim()}”.`
        : `Added the rule “${draft.title.trim()}”; it runs from now on like a built-in rule.`,
    );
  };

  return (
    <form
      className="rule-form"
      onSubmit={submit}
      aria-label={editing ? `Edit rule ${editing.title}` : 'New rule'}
      noValidate
    >
      <h3>{editing ? `Edit “${editing.title}”` : 'New rule'}</h3>
      <div className="field-row">
        <Field label="The rule checks that">
          {(p) => (
            <select
              {...p}
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as RuleDraft['kind'] })}
              disabled={!!editing}
            >
              {KINDS.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="For elements of type">
          {(p) => (
            <select {...p} value={draft.appliesTo} onChange={(e) => set({ appliesTo: e.target.value, property: '' })}>
              <TypeOptions metamodel={metamodel} />
            </select>
          )}
        </Field>
      </div>
      {draft.kind === 'required-property' ? (
        <Field
          label="Property that must have a value"
          error={errors.property}
          hint={
            properties.length
              ? undefined
              : `${selectorName(metamodel, draft.appliesTo)} has no properties; choose another type.`
          }
        >
          {(p) => (
            <select
              {...p}
              value={draft.property}
              onChange={(e) => set({ property: e.target.value })}
              disabled={!properties.length}
            >
              <option value="">Choose a property…</option>
              {properties.map((prop) => (
                <option key={prop.key} value={prop.key}>
                  {prop.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {draft.kind === 'count' ? (
        <div className="field-row">
          <Field label="In each">
            {(p) => (
              <select {...p} value={draft.per} onChange={(e) => set({ per: e.target.value as 'area' | 'role' })}>
                <option value="area">area</option>
                <option value="role">role</option>
              </select>
            )}
          </Field>
          <Field label="At least" error={errors.min}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                value={draft.min}
                onChange={(e) => set({ min: e.target.value })}
              />
            )}
          </Field>
          <Field label="At most" error={errors.max}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                value={draft.max}
                onChange={(e) => set({ max: e.target.value })}
              />
            )}
          </Field>
        </div>
      ) : null}
      {draft.kind === 'naming' ? (
        <NamingTest draft={draft} error={errors.pattern} onPattern={(pattern) => set({ pattern })} />
      ) : null}
      {draft.kind === 'required-relation' ? (
        <>
          <div className="field-row">
            <Field label="Direction">
              {(p) => (
                <select
                  {...p}
                  value={draft.direction}
                  onChange={(e) => set({ direction: e.target.value as 'outgoing' | 'incoming' })}
                >
                  <option value="outgoing">from each such element</option>
                  <option value="incoming">to each such element</option>
                </select>
              )}
            </Field>
            <Field label="Relation">
              {(p) => (
                <select {...p} value={draft.relation} onChange={(e) => set({ relation: e.target.value })}>
                  {metamodel.data.relationTypes.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={draft.direction === 'outgoing' ? 'To an element of type' : 'From an element of type'}>
              {(p) => (
                <select {...p} value={draft.other} onChange={(e) => set({ other: e.target.value })}>
                  <TypeOptions metamodel={metamodel} />
                </select>
              )}
            </Field>
          </div>
          {possible ? null : (
            <p className="rule-form__warning" role="status">
              The metamodel allows no “{metamodel.relationType(draft.relation)?.label}” relation{' '}
              {draft.direction === 'outgoing' ? 'from' : 'to'} {selectorName(metamodel, draft.appliesTo)}{' '}
              {draft.direction === 'outgoing' ? 'to' : 'from'} {selectorName(metamodel, draft.other)}, so every such
              element would break this rule.
            </p>
          )}
        </>
      ) : null}
      <div className="field-row">
        <Field label="Title, shown with each finding" error={errors.title}>
          {(p) => (
            <input
              {...p}
              type="text"
              value={draft.title}
              placeholder={`e.g. ${KINDS.find((k) => k.id === draft.kind)!.example}`}
              onChange={(e) => set({ title: e.target.value })}
            />
          )}
        </Field>
        <Field label="Severity">
          {(p) => (
            <select
              {...p}
              value={draft.severity}
              onChange={(e) => set({ severity: e.target.value as RuleDraft['severity'] })}
              className="rule-form__severity"
            >
              <option value="error">Error</option>
              <option value="warning">Warning</option>
              <option value="info">Note</option>
            </select>
          )}
        </Field>
      </div>
      <Field label="Why it matters (optional, shown as the finding's hint)" error={errors.hint}>
        {(p) => <textarea {...p} rows={2} value={draft.hint} onChange={(e) => set({ hint: e.target.value })} />}
      </Field>
      {errors.form ? (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="rule-form__actions">
        <button type="submit" className="primary">
          {editing ? 'Save changes' : 'Add rule'}
        </button>
        {editing ? (
          <button type="button" onClick={() => onDone('')}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** False when no pair of types the rule names may be linked by the relation in the rule's direction. */
function relationPossible(metamodel: Metamodel, d: RuleDraft): boolean {
  if (d.kind !== 'required-relation') return true;
  const mine = typesOf(metamodel, d.appliesTo);
  const others = typesOf(metamodel, d.other);
  return mine.some((a) =>
    others.some((b) =>
      metamodel
        .allowedRelations(d.direction === 'outgoing' ? a : b, d.direction === 'outgoing' ? b : a)
        .some((r) => r.id === d.relation),
    ),
  );
}
