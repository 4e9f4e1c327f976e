import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { addUserRule, updateUserRule } from '../../core/commands/validation-settings.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { UserRule } from '../../core/model/validation-settings.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { draftOf, emptyDraft, inputOf, KINDS, selectorName, typesOf, type RuleDraft } from './rule-draft.ts';
import { NamingTest } from './NamingTest.tsx';
import { useMessages } from '../i18n/messages.ts';

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
  const m = useMessages().findings;
  return metamodel.data.categories.map((c) => (
    <optgroup key={c.id} label={c.label}>
      <option value={`category:${c.id}`}>{m.anyCategory(c.label)}</option>
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
  const m = useMessages().findings;
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
    onDone(editing ? m.savedRule(draft.title.trim()) : m.addedRule(draft.title.trim()));
  };

  return (
    <form
      className="rule-form"
      onSubmit={submit}
      aria-label={editing ? m.editRule(editing.title) : m.newRule}
      noValidate
    >
      <h3>{editing ? m.editHeading(editing.title) : m.newRule}</h3>
      <div className="field-row">
        <Field label={m.ruleChecks}>
          {(p) => (
            <select
              {...p}
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as RuleDraft['kind'] })}
              disabled={!!editing}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {m.kind[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.forType}>
          {(p) => (
            <select {...p} value={draft.appliesTo} onChange={(e) => set({ appliesTo: e.target.value, property: '' })}>
              <TypeOptions metamodel={metamodel} />
            </select>
          )}
        </Field>
      </div>
      {draft.kind === 'required-property' ? (
        <Field
          label={m.requiredProperty}
          error={errors.property}
          hint={properties.length ? undefined : m.noProperties(selectorName(metamodel, draft.appliesTo))}
        >
          {(p) => (
            <select
              {...p}
              value={draft.property}
              onChange={(e) => set({ property: e.target.value })}
              disabled={!properties.length}
            >
              <option value="">{m.chooseProperty}</option>
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
          <Field label={m.inEach}>
            {(p) => (
              <select {...p} value={draft.per} onChange={(e) => set({ per: e.target.value as 'area' | 'role' })}>
                <option value="area">{m.per.area}</option>
                <option value="role">{m.per.role}</option>
              </select>
            )}
          </Field>
          <Field label={m.atLeast} error={errors.min}>
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
          <Field label={m.atMost} error={errors.max}>
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
            <Field label={m.direction}>
              {(p) => (
                <select
                  {...p}
                  value={draft.direction}
                  onChange={(e) => set({ direction: e.target.value as 'outgoing' | 'incoming' })}
                >
                  <option value="outgoing">{m.fromEach}</option>
                  <option value="incoming">{m.toEach}</option>
                </select>
              )}
            </Field>
            <Field label={m.relation}>
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
            <Field label={draft.direction === 'outgoing' ? m.toType : m.fromType}>
              {(p) => (
                <select {...p} value={draft.other} onChange={(e) => set({ other: e.target.value })}>
                  <TypeOptions metamodel={metamodel} />
                </select>
              )}
            </Field>
          </div>
          {possible ? null : (
            <p className="rule-form__warning" role="status">
              {m.relationImpossible(
                metamodel.relationType(draft.relation)?.label ?? draft.relation,
                draft.direction === 'outgoing',
                selectorName(metamodel, draft.appliesTo),
                selectorName(metamodel, draft.other),
              )}
            </p>
          )}
        </>
      ) : null}
      <div className="field-row">
        <Field label={m.titleField} error={errors.title}>
          {(p) => (
            <input
              {...p}
              type="text"
              value={draft.title}
              placeholder={m.example[draft.kind]}
              onChange={(e) => set({ title: e.target.value })}
            />
          )}
        </Field>
        <Field label={m.severityField}>
          {(p) => (
            <select
              {...p}
              value={draft.severity}
              onChange={(e) => set({ severity: e.target.value as RuleDraft['severity'] })}
              className="rule-form__severity"
            >
              <option value="error">{m.level.error}</option>
              <option value="warning">{m.level.warning}</option>
              <option value="info">{m.level.info}</option>
            </select>
          )}
        </Field>
      </div>
      <Field label={m.hintField} error={errors.hint}>
        {(p) => <textarea {...p} rows={2} value={draft.hint} onChange={(e) => set({ hint: e.target.value })} />}
      </Field>
      {errors.form ? (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="rule-form__actions">
        <button type="submit" className="primary">
          {editing ? m.saveChanges : m.addRule}
        </button>
        {editing ? (
          <button type="button" onClick={() => onDone('')}>
            {m.cancel}
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
