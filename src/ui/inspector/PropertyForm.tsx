import { propertyProblemMessage } from '../../core/i18n/say.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { PropertyDef } from '../../core/metamodel/schema.ts';
import type { Element, PropertyValue } from '../../core/model/schema.ts';
import { CheckField, CommitText, SelectField } from './fields.tsx';
import { useMessages } from '../i18n/messages.ts';

/** The type-specific properties of an element, as a form generated from the metamodel's property schema. */
export function PropertyForm({
  element,
  metamodel,
  onChange,
}: {
  element: Element;
  metamodel: Metamodel;
  onChange: (properties: Record<string, PropertyValue>) => void;
}) {
  const type = metamodel.elementType(element.type);
  const m = useMessages().inspector;
  if (!type || type.properties.length === 0) return null;
  const problems = new Map(
    metamodel
      .propertyProblems(element.type, element.properties)
      .map((p) => [p.key, propertyProblemMessage(p.problem, metamodel)]),
  );
  const set = (key: string, value: PropertyValue | undefined) => {
    const next = { ...element.properties };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <fieldset className="inspector__group">
      <legend>{m.properties(type.label)}</legend>
      {type.properties.map((def) => (
        <PropertyField
          key={def.key}
          def={def}
          value={element.properties[def.key]}
          error={problems.get(def.key) ?? null}
          onChange={(v) => set(def.key, v)}
        />
      ))}
    </fieldset>
  );
}

function PropertyField({
  def,
  value,
  error,
  onChange,
}: {
  def: PropertyDef;
  value: PropertyValue | undefined;
  error: string | null;
  onChange: (v: PropertyValue | undefined) => void;
}) {
  const label = `${def.label}${def.required ? ' *' : ''}${def.unit ? ` (${def.unit})` : ''}`;
  if (def.kind === 'boolean')
    return <CheckField label={label} checked={value === true} onChange={onChange} hint={def.description} />;
  if (def.kind === 'enum') {
    const options = [{ value: '', label: '—' }, ...(def.options ?? []).map((o) => ({ value: o, label: o }))];
    return (
      <SelectField
        label={label}
        value={typeof value === 'string' ? value : ''}
        options={options}
        onChange={(v) => onChange(v || undefined)}
      />
    );
  }
  if (def.kind === 'enum-list') {
    const chosen = Array.isArray(value) ? value : [];
    // Kept in the metamodel's order, so the customer-process phases read in the order the customer goes through them.
    const toggle = (option: string, on: boolean) => {
      const next = (def.options ?? []).filter((o) => (o === option ? on : chosen.includes(o)));
      onChange(next.length ? next : undefined);
    };
    return (
      <fieldset className="inspector__group">
        <legend>{label}</legend>
        {(def.options ?? []).map((o) => (
          <CheckField key={o} label={o} checked={chosen.includes(o)} onChange={(on) => toggle(o, on)} />
        ))}
        {def.description ? <div className="field__hint">{def.description}</div> : null}
        {error ? <div className="field__error">{error}</div> : null}
      </fieldset>
    );
  }
  if (def.kind === 'number') {
    return (
      <CommitText
        label={label}
        value={value === undefined ? '' : String(value)}
        error={error}
        onCommit={(v) => onChange(v.trim() === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v)}
      />
    );
  }
  return (
    <CommitText
      label={label}
      value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
      error={error}
      multiline={def.kind === 'text'}
      hint={def.description || undefined}
      onCommit={(v) => onChange(v)}
    />
  );
}
