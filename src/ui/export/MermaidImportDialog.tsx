import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { importMermaid } from '../../core/io/mermaid-import.ts';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { readFileArg } from './file-arg.ts';
import { readTextFile } from './read-text-file.ts';
import { ElementTypeSelect, ImportActions, NewElements } from './import-parts.tsx';
import './export.css';

const EXAMPLE = 'flowchart LR\n  subgraph Operations\n    calls[[Answer calls]] --> inquiry(Inquiry)\n  end';

/** The flowchart inside a Markdown file's first ```mermaid block, or the text itself. */
function flowchartText(text: string): string {
  return /```mermaid[^\n]*\n([\s\S]*?)```/.exec(text)?.[1] ?? text;
}

/**
 * Import a Mermaid flowchart: paste it or load a file, see what it will create, map shapes without a fixed
 * meaning to element types, see every line that is left out and why; the import is one undoable step.
 */
export default function MermaidImportDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const [text, setText] = useState(() => readFileArg(arg)?.text ?? '');
  const [fileName, setFileName] = useState(() => readFileArg(arg)?.name ?? null);
  const [seenArg, setSeenArg] = useState(arg);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const fileInput = useRef<HTMLInputElement>(null);
  // A file dropped onto the window while the dialog is open replaces the text.
  if (arg !== seenArg) {
    setSeenArg(arg);
    const file = readFileArg(arg);
    if (file) {
      setText(file.text);
      setFileName(file.name);
    }
  }

  const deferred = useDeferredValue(text);
  const source = flowchartText(deferred);
  const result = useMemo(
    () => (source.trim() ? importMermaid(source, doc, { metamodel, shapeTypes: answers }) : null),
    [source, doc, metamodel, answers],
  );
  const created = useMemo(() => (result?.ok ? result.document.elements.slice(doc.elements.length) : []), [result, doc]);
  const lanes = useMemo(() => {
    if (!result?.ok) return [];
    const { areas, roles } = result.document.macroStructure;
    const ids = new Set(created.flatMap((el) => [el.area, el.role]));
    const known = new Set([...doc.macroStructure.areas, ...doc.macroStructure.roles].map((l) => l.id));
    return [...areas.map((l) => ({ l, kind: 'area' })), ...roles.map((l) => ({ l, kind: 'role' }))]
      .filter(({ l }) => ids.has(l.id))
      .map(({ l, kind }) => `${l.name} (${known.has(l.id) ? `the model's ${kind}` : `new ${kind}`})`);
  }, [result, created, doc]);
  const nothing = result?.ok && result.added.elements === 0 && result.added.relations === 0;

  const load = async (file: File) => {
    const loaded = await readTextFile(file);
    setText(loaded);
    setFileName(file.name);
  };

  const commit = () => {
    const fresh = importMermaid(source, wb.store.getState().history.document, { metamodel, shapeTypes: answers });
    if (!fresh.ok) return;
    wb.perform(fresh.edit);
    wb.setView(fresh.added.viewId);
    const { elements, relations } = fresh.added;
    wb.notify(
      'success',
      `Imported ${elements} element${elements === 1 ? '' : 's'} and ${relations} relation${relations === 1 ? '' : 's'} into the new view "Imported from Mermaid". Ctrl+Z undoes the import.`,
    );
    onClose();
  };

  return (
    <Dialog title="Import a Mermaid flowchart" wide onClose={onClose}>
      <div className="mermaid-import">
        <div className="field mermaid-import__source">
          <label htmlFor="mermaid-source">Flowchart{fileName ? ` from ${fileName}` : ''}</label>
          <textarea
            id="mermaid-source"
            className="export-text"
            rows={18}
            value={text}
            spellCheck={false}
            wrap="off"
            placeholder={`Paste a Mermaid flowchart, for example:\n\n${EXAMPLE}`}
            onChange={(e) => {
              setText(e.target.value);
              setFileName(null);
            }}
          />
          <div className="export-actions">
            <button onClick={() => fileInput.current?.click()}>Load a file…</button>
            <span className="field__hint">
              .mmd, or Markdown with a ```mermaid block. Nodes become elements, edges relations, subgraphs areas and
              roles.
            </span>
          </div>
          <input
            ref={fileInput}
            type="file"
            accept=".mmd,.mermaid,.md,.markdown,.txt"
            hidden
            aria-label="Mermaid file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void load(file);
              e.target.value = '';
            }}
          />
        </div>
        <div className="mermaid-import__result" aria-live="polite">
          {!result ? (
            <p className="export-empty">
              Paste a flowchart on the left, or load a file: what it will create shows here before anything changes.
            </p>
          ) : !result.ok ? (
            <div className="import-problems" role="alert">
              <h3>Mermaid cannot be read here</h3>
              <ul>
                {result.errors.map((e, i) => (
                  <li key={i}>
                    {e.line ? <span className="import-problems__where">Line {e.line}</span> : null} {e.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <>
              <h3 className="import-heading">Will create</h3>
              <ul className="import-counts">
                <li>
                  <strong>{result.added.elements}</strong> elements
                </li>
                <li>
                  <strong>{result.added.relations}</strong> relations
                </li>
                <li>
                  <strong>{result.added.areas}</strong> areas
                </li>
                <li>
                  <strong>{result.added.roles}</strong> roles
                </li>
              </ul>
              {lanes.length ? <p className="field__hint">Into the lanes {lanes.join(', ')}.</p> : null}
              <p className="field__hint">
                {result.added.matched
                  ? `${result.added.matched} node${result.added.matched === 1 ? ' names an element' : 's name elements'} the model already has: linked, not copied. `
                  : ''}
                Everything goes into a new view, "Imported from Mermaid".
              </p>
              <NewElements created={created} metamodel={metamodel} />
              {result.questions.length ? (
                <section className="import-questions">
                  <h3 className="import-heading">Which element type is each shape?</h3>
                  {result.questions.map((q) => (
                    <div key={q.shape} className="field">
                      <label htmlFor={`shape-${q.shape}`}>
                        <code>{q.shape}</code> shape · {q.nodes} node{q.nodes === 1 ? '' : 's'}, e.g.{' '}
                        {q.examples.map((x) => `“${x}”`).join(', ')}
                      </label>
                      <ElementTypeSelect
                        id={`shape-${q.shape}`}
                        value={answers[q.shape] ?? q.suggested}
                        onChange={(type) => setAnswers({ ...answers, [q.shape]: type })}
                        metamodel={metamodel}
                      />
                    </div>
                  ))}
                </section>
              ) : null}
              {result.unsupported.length ? (
                <section className="import-problems import-problems--warning">
                  <h3>
                    {result.unsupported.length} line{result.unsupported.length === 1 ? ' is' : 's are'} left out
                  </h3>
                  <ul>
                    {result.unsupported.map((s, i) => (
                      <li key={i}>
                        <span className="import-problems__where">Line {s.line}</span> <code>{s.text}</code> {s.reason}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              {result.ignored.length ? (
                <details className="import-list">
                  <summary>
                    {result.ignored.length} line{result.ignored.length === 1 ? '' : 's'} without meaning for the model
                    (styles, comments …)
                  </summary>
                  <ul>
                    {result.ignored.map((s, i) => (
                      <li key={i}>
                        <span className="import-problems__where">Line {s.line}</span> <code>{s.text}</code>{' '}
                        <span className="muted">{s.reason}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          )}
        </div>
      </div>
      <ImportActions added={result?.ok && !nothing ? result.added : null} onImport={commit} onClose={onClose} />
    </Dialog>
  );
}
