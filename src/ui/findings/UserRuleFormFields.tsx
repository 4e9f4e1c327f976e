import { useId, type ReactNode } from 'react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import { errorLink, FieldFrame } from '../inspector/fields.tsx';
import { useMessages } from '../i18n/messages.ts';
import { selectorName, type RuleDraft } from './rule-draft.ts';
import type { RuleForm } from './use-user-rule-form.ts';

/** A labelled control with its inline error; the control gets its id and the attributes that tie it to the error. */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: (props: ReturnType<typeof errorLink> & { id: string }) => ReactNode;
}) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {children({ id, ...errorLink(id, error) })}
    </FieldFrame>
  );
}

/** Element types grouped by category, each group led by "Any <category>". */
export function TypeOptions({ metamodel }: { metamodel: Metamodel }) {
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

/** A required-property rule: the property that must have a value, among those of the chosen types. */
export function PropertyField({ form }: { form: RuleForm }) {
  const m = useMessages().findings;
  const { draft, properties, set } = form;
  return (
    <Field
      label={m.requiredProperty}
      error={form.errors.property}
      hint={properties.length ? undefined : m.noProperties(selectorName(form.metamodel, draft.appliesTo))}
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
  );
}

/** A count rule: in each area or role, at least and at most so many elements. */
export function CountFields({ form }: { form: RuleForm }) {
  const m = useMessages().findings;
  const { draft, set } = form;
  return (
    <div className="field-row">
      <Field label={m.inEach}>
        {(p) => (
          <select {...p} value={draft.per} onChange={(e) => set({ per: e.target.value as 'area' | 'role' })}>
            <option value="area">{m.per.area}</option>
            <option value="role">{m.per.role}</option>
          </select>
        )}
      </Field>
      {(
        [
          ['min', m.atLeast],
          ['max', m.atMost],
        ] as const
      ).map(([bound, label]) => (
        <Field key={bound} label={label} error={form.errors[bound]}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              value={draft[bound]}
              onChange={(e) => set({ [bound]: e.target.value })}
            />
          )}
        </Field>
      ))}
    </div>
  );
}

/** A required-relation rule: direction, relation type and the type at the other end, warned when none can exist. */
export function RelationFields({ form }: { form: RuleForm }) {
  const m = useMessages().findings;
  const { draft, set, metamodel } = form;
  return (
    <>
      <div className="field-row">
        <Field label={m.direction}>
          {(p) => (
            <select
              {...p}
              value={draft.direction}
              onChange={(e) => set({ direction: e.target.value as RuleDraft['direction'] })}
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
      {form.possible ? null : (
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
  );
}
