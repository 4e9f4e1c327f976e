import { useId, useState, type ReactNode } from 'react';
import { isComposing } from '../a11y/ime.ts';

/** The attributes that tie a control to its error, so a screen reader reads the error with the field. */
export function errorLink(id: string, error: string | null | undefined) {
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined } as const;
}

/** A labelled control (`id` is the control's) with its hint and its inline error; the error is announced. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null | undefined;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <div className="field__hint">{hint}</div> : null}
      {error ? (
        <div className="field__error" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/**
 * A text field that commits on Enter or when it loses focus, so one edit is one undo step; Escape restores.
 * `refusal` is core's reason for refusing the last commit: it shows while the refused draft is still there to correct.
 */
export function CommitText({
  label,
  value,
  onCommit,
  multiline,
  error: problem,
  refusal,
  disabled,
  hint,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  multiline?: boolean;
  error?: string | null;
  refusal?: string | null;
  disabled?: boolean;
  hint?: ReactNode;
}) {
  const id = useId();
  // The draft follows the value whenever the value changes from outside (undo, another panel).
  const [state, setState] = useState({ base: value, text: value });
  const draft = state.base === value ? state.text : value;
  const error = problem ?? (draft !== value ? refusal : null);
  const setDraft = (text: string) => setState({ base: value, text });
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    disabled,
    ...errorLink(id, error),
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      // Keys that end a composition (Korean, Japanese, Chinese) belong to the input method, not to the field.
      if (isComposing(e)) return;
      if (e.key === 'Escape') setDraft(value);
      if (e.key === 'Enter' && (!multiline || e.ctrlKey)) {
        e.preventDefault();
        commit();
      }
    },
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </FieldFrame>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
  hint,
  modelText,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  hint?: string;
  /** The label is the model's own text (a goal), not the interface's: not translated, and marked so. */
  modelText?: boolean;
}) {
  const id = useId();
  return (
    <div className="field field--check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id} translate={modelText ? 'no' : undefined}>
        {label}
      </label>
      {hint ? <div className="field__hint">{hint}</div> : null}
    </div>
  );
}
