import type { ReactNode, Ref } from 'react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import { importMessage } from '../../core/i18n/say.ts';
import type { Text } from '../../core/i18n/text.ts';
import { useMessages } from '../i18n/messages.ts';
import { Count, ElementTypeSelect } from './import-parts.tsx';

/** The hidden file input behind an import dialog's "Load file…" button; it can take the same file twice. */
export function FileInput({
  ref,
  accept,
  label,
  onFile,
}: {
  ref: Ref<HTMLInputElement>;
  accept: string;
  label: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) onFile(file);
        e.target.value = '';
      }}
    />
  );
}

/** Why a source cannot be imported at all, line by line where the reader knows the line. */
export function ImportErrors(props: {
  title: string;
  errors: readonly { line?: number | undefined; message: string; text?: Text | undefined }[];
  /** Names element types in the reader's language where a message names one. */
  metamodel?: Metamodel | undefined;
  children?: ReactNode;
}) {
  const m = useMessages().export;
  return (
    <div className="import-problems" role="alert">
      <h3>{props.title}</h3>
      <ul>
        {props.errors.map((e, i) => (
          <li key={i}>
            {e.line ? <span className="import-problems__where">{m.line(e.line)}</span> : null}{' '}
            {importMessage(e, props.metamodel)}
          </li>
        ))}
      </ul>
      {props.children}
    </div>
  );
}

/** What an import will add, one count a line, each number in bold. */
export function ImportCounts({ counts }: { counts: readonly (readonly [n: number, text: string])[] }) {
  return (
    <ul className="import-counts">
      {counts.map(([n, text], i) => (
        <li key={i}>
          <Count n={n} text={text} />
        </li>
      ))}
    </ul>
  );
}

/** One shape or style of the source without a fixed meaning, and the element type it becomes. */
export interface TypeQuestion {
  /** The shape or style as the source writes it, the key of its answer. */
  of: string;
  /** The id of its select. */
  id: string;
  /** How many nodes have it, in a sentence ending in "e.g. ". */
  count: string;
  examples: readonly string[];
  suggested: string;
}

/** The questions an import asks before it can create the elements: which element type each shape becomes. */
export function TypeQuestions(props: {
  heading: string;
  questions: readonly TypeQuestion[];
  answers: Readonly<Record<string, string>>;
  onAnswer: (of: string, type: string) => void;
  metamodel: Metamodel;
}) {
  if (!props.questions.length) return null;
  return (
    <section className="import-questions">
      <h3 className="import-heading">{props.heading}</h3>
      {props.questions.map((q) => (
        <div key={q.of} className="field">
          <label htmlFor={q.id}>
            <code>{q.of}</code>
            {q.count}
            {q.examples.map((x) => `“${x}”`).join(', ')}
          </label>
          <ElementTypeSelect
            id={q.id}
            value={props.answers[q.of] ?? q.suggested}
            onChange={(type) => props.onAnswer(q.of, type)}
            metamodel={props.metamodel}
          />
        </div>
      ))}
    </section>
  );
}

/** A part of the source the import leaves out: where it stands, its text if shown, and why. */
export interface LeftOutPart {
  where: string | null;
  text?: string;
  reason: ReactNode;
}

/** The parts of the source an import leaves out, as a warning, or folded away when they carry no meaning. */
export function LeftOut({ title, parts, folded }: { title: string; parts: readonly LeftOutPart[]; folded?: boolean }) {
  if (!parts.length) return null;
  const list = (
    <ul>
      {parts.map((s, i) => (
        <li key={i}>
          {s.where ? <span className="import-problems__where">{s.where}</span> : null}{' '}
          {s.text === undefined ? null : (
            <>
              <code>{s.text}</code>{' '}
            </>
          )}
          {s.reason}
        </li>
      ))}
    </ul>
  );
  return folded ? (
    <details className="import-list">
      <summary>{title}</summary>
      {list}
    </details>
  ) : (
    <section className="import-problems import-problems--warning">
      <h3>{title}</h3>
      {list}
    </section>
  );
}
