import { useMemo, useRef, useState } from 'react';
import { importDrawio } from '../../core/exchange/drawio/import.ts';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { readFileArg, type FileArg } from './file-arg.ts';
import { readTextFile } from './read-text-file.ts';
import { ElementTypeSelect, ImportActions, NewElements } from './import-parts.tsx';
import './export.css';

/**
 * Import a draw.io diagram: load a .drawio file, see what it will create, choose the element type for each shape
 * style Refmod does not know, see every edge left out and why; the import is one undoable step.
 */
export default function DrawioImportDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const [file, setFile] = useState<FileArg | null>(() => readFileArg(arg));
  const [seenArg, setSeenArg] = useState(arg);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const fileInput = useRef<HTMLInputElement>(null);
  // A file dropped onto the window while the dialog is open replaces the one shown.
  if (arg !== seenArg) {
    setSeenArg(arg);
    setFile(readFileArg(arg));
  }
  const result = useMemo(
    () => (file ? importDrawio(file.text, doc, { metamodel, styleTypes: answers }) : null),
    [file, doc, metamodel, answers],
  );
  const created = useMemo(() => (result?.ok ? result.document.elements.slice(doc.elements.length) : []), [result, doc]);
  const nothing = result?.ok && result.added.elements === 0 && result.added.relations === 0 && !result.added.matched;

  const load = async (chosen: File) => {
    setFile({ name: chosen.name, text: await readTextFile(chosen) });
    setAnswers({});
  };
  const commit = () => {
    if (!file) return;
    const fresh = importDrawio(file.text, wb.store.getState().history.document, { metamodel, styleTypes: answers });
    if (!fresh.ok) return;
    wb.perform(fresh.edit);
    wb.setView(fresh.added.viewIds[0]!);
    const { elements, relations, viewIds } = fresh.added;
    wb.notify(
      'success',
      `Imported ${elements} element${elements === 1 ? '' : 's'} and ${relations} relation${relations === 1 ? '' : 's'} from ${file.name} into ${viewIds.length === 1 ? 'a new view' : `${viewIds.length} new views`}. Ctrl+Z undoes the import.`,
    );
    onClose();
  };

  return (
    <Dialog title="Import a draw.io diagram" wide onClose={onClose}>
      <div className="drawio-import">
        <div className="export-actions">
          <button onClick={() => fileInput.current?.click()}>
            {file ? 'Load another file…' : 'Load a .drawio file…'}
          </button>
          <span className="field__hint">
            {file ? `From ${file.name}. ` : ''}Shapes become elements, edges relations, each page a view. Save the
            diagram uncompressed (File → Properties in diagrams.net).
          </span>
          <input
            ref={fileInput}
            type="file"
            accept=".drawio,.xml"
            hidden
            aria-label="draw.io file"
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              if (chosen) void load(chosen);
              e.target.value = '';
            }}
          />
        </div>
        <div aria-live="polite">
          {!result ? (
            <p className="export-empty">
              Load a draw.io diagram: what it will create shows here before anything changes.
            </p>
          ) : !result.ok ? (
            <div className="import-problems" role="alert">
              <h3>{file?.name} cannot be imported</h3>
              <ul>
                {result.errors.map((e, i) => (
                  <li key={i}>
                    {e.line ? <span className="import-problems__where">Line {e.line}</span> : null} {e.message}
                  </li>
                ))}
              </ul>
              <p className="field__hint">The open model is unchanged.</p>
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
                  <strong>{result.added.viewIds.length}</strong> view{result.added.viewIds.length === 1 ? '' : 's'}
                </li>
              </ul>
              <p className="field__hint">
                {result.added.matched
                  ? `${result.added.matched} shape${result.added.matched === 1 ? ' is an element' : 's are elements'} of this model, exported by Refmod: linked, not copied. `
                  : ''}
                {result.ignored ? `${result.ignored} lanes, texts and other decorations are not elements.` : ''}
              </p>
              <NewElements created={created} metamodel={metamodel} />
              {result.questions.length ? (
                <section className="import-questions">
                  <h3 className="import-heading">Which element type is each shape style?</h3>
                  {result.questions.map((q, i) => (
                    <div key={q.style} className="field">
                      <label htmlFor={`drawio-style-${i}`}>
                        <code>{q.style}</code> · {q.shapes} shape{q.shapes === 1 ? '' : 's'}, e.g.{' '}
                        {q.examples.map((x) => `“${x}”`).join(', ')}
                      </label>
                      <ElementTypeSelect
                        id={`drawio-style-${i}`}
                        value={answers[q.style] ?? q.suggested}
                        onChange={(type) => setAnswers({ ...answers, [q.style]: type })}
                        metamodel={metamodel}
                      />
                    </div>
                  ))}
                </section>
              ) : null}
              {result.unsupported.length ? (
                <section className="import-problems import-problems--warning">
                  <h3>
                    {result.unsupported.length} edge{result.unsupported.length === 1 ? ' is' : 's are'} left out
                  </h3>
                  <ul>
                    {result.unsupported.map((s, i) => (
                      <li key={i}>
                        {s.page ? <span className="import-problems__where">{s.page}</span> : null} <code>{s.text}</code>{' '}
                        {s.reason}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </>
          )}
        </div>
      </div>
      <ImportActions added={result?.ok && !nothing ? result.added : null} onImport={commit} onClose={onClose} />
    </Dialog>
  );
}
