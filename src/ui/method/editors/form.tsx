import { useId } from 'react';
import { errorLink, FieldFrame } from '../../inspector/fields.tsx';

/** A text field of a form that is committed as a whole (by its button), with its error under it. */
export function Field({
  label,
  value,
  onChange,
  placeholder,
  error,
  hint,
  multiline,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  error?: string | null;
  hint?: string;
  multiline?: boolean;
}) {
  const id = useId();
  const common = {
    id,
    value,
    placeholder,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    ...errorLink(id, error),
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
    </FieldFrame>
  );
}
