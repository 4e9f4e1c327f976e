import { useState } from 'react';
import { useMessages } from '../i18n/messages.ts';

/** A number typed as text and committed on Enter or leaving the field (one undo step), never while typing; a refused value says why. */
export function NumberEntry({
  label,
  value,
  valid,
  onCommit,
  placeholder,
  invalid,
}: {
  label: string;
  value: number | undefined;
  valid: (v: number) => boolean;
  onCommit: (text: string) => void;
  placeholder?: string;
  invalid?: string;
}) {
  const m = useMessages().evaluation;
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<string | null>(null);
  // A new stored value (undo, another session) replaces what is typed: derived state, set while rendering.
  const [base, setBase] = useState(shown);
  if (base !== shown) {
    setBase(shown);
    setText(shown);
  }
  const commit = () => {
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === shown) return setProblem(null);
    if (trimmed !== '' && !(Number.isFinite(Number(trimmed)) && valid(Number(trimmed))))
      return setProblem(invalid ?? m.giveNumber);
    setProblem(null);
    onCommit(trimmed);
  };
  return (
    <span className="number-entry">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={problem !== null}
        data-keeps-escape={text !== shown ? '' : undefined}
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          // Escape first restores the stored value; only a second one closes the dialog around the field.
          if (e.key === 'Escape' && text !== shown) {
            setText(shown);
            setProblem(null);
          }
        }}
      />
      {problem ? (
        <span className="number-entry__problem" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
