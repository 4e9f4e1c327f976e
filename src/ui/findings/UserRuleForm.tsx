import type { UserRule } from '../../core/model/validation-settings.ts';
import { useMessages } from '../i18n/messages.ts';
import { KINDS, type RuleDraft } from './rule-draft.ts';
import { NamingTest } from './NamingTest.tsx';
import { CountFields, Field, PropertyField, RelationFields, TypeOptions } from './UserRuleFormFields.tsx';
import { useUserRuleForm } from './use-user-rule-form.ts';

/** Adds a rule of the model's own, or edits one; invalid input is refused beside the field it concerns. */
export function UserRuleForm({ editing, onDone }: { editing: UserRule | null; onDone: (message: string) => void }) {
  const m = useMessages().findings;
  const form = useUserRuleForm(editing, onDone);
  const { draft, errors, set, metamodel } = form;

  return (
    <form
      className="rule-form"
      onSubmit={form.submit}
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
      {draft.kind === 'required-property' ? <PropertyField form={form} /> : null}
      {draft.kind === 'count' ? <CountFields form={form} /> : null}
      {draft.kind === 'naming' ? (
        <NamingTest draft={draft} error={errors.pattern} onPattern={(pattern) => set({ pattern })} />
      ) : null}
      {draft.kind === 'required-relation' ? <RelationFields form={form} /> : null}
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
