import { useMemo, useRef, useState } from 'react';
import { importDrawio } from '../../core/exchange/drawio/import.ts';
import type { DialogProps } from '../shell/features.tsx';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { readFileArg, type FileArg } from './file-arg.ts';
import { readTextFile } from './read-text-file.ts';
import { Count, ElementTypeSelect, ImportActions, NewElements } from './import-parts.tsx';
import './export.css';

/**
 * Import a draw.io diagram: load a .drawio file, see what it will create, choose the element type for each shape
 * style Refmod does not know, see every edge left out and why; the import is one undoable step.
 */
export default function DrawioImportDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().export;
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
    wb.notify('success', m.drawioImported(elements, relations, file.name, viewIds.length));
    onClose();
  };

  return (
    <Dialog title={m.drawioTitle} wide onClose={onClose}>
      <div className="drawio-import">
        <div className="export-actions">
          <button onClick={() => fileInput.current?.click()}>{file ? m.loadAnother : m.loadDrawio}</button>
          <span className="field__hint">
            {file ? m.fromFile(file.name) : ''}
            {m.drawioImportHint}
          </span>
          <input
            ref={fileInput}
            type="file"
            accept=".drawio,.xml"
            hidden
            aria-label={m.drawioFile}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              if (chosen) void load(chosen);
              e.target.value = '';
            }}
          />
        </div>
        <div aria-live="polite">
          {!result ? (
            <p className="export-empty">{m.drawioEmpty}</p>
          ) : !result.ok ? (
            <div className="import-problems" role="alert">
              <h3>{m.cannotImport(file?.name ?? '')}</h3>
              <ul>
                {result.errors.map((e, i) => (
                  <li key={i}>
                    {e.line ? <span className="import-problems__where">{m.line(e.line)}</span> : null} {e.message}
                  </li>
                ))}
              </ul>
              <p className="field__hint">{m.unchanged}</p>
            </div>
          ) : (
            <>
              <h3 className="import-heading">{m.willCreate}</h3>
              <ul className="import-counts">
                <li>
                  <Count n={result.added.elements} text={m.countElements(result.added.elements)} />
                </li>
                <li>
                  <Count n={result.added.relations} text={m.countRelations(result.added.relations)} />
                </li>
                <li>
                  <Count n={result.added.viewIds.length} text={m.countViews(result.added.viewIds.length)} />
                </li>
              </ul>
              <p className="field__hint">
                {result.added.matched ? m.matchedShapes(result.added.matched) : ''}
                {result.ignored ? m.decorations(result.ignored) : ''}
              </p>
              <NewElements created={created} metamodel={metamodel} />
              {result.questions.length ? (
                <section className="import-questions">
                  <h3 className="import-heading">{m.styleQuestion}</h3>
                  {result.questions.map((q, i) => (
                    <div key={q.style} className="field">
                      <label htmlFor={`drawio-style-${i}`}>
                        <code>{q.style}</code>
                        {m.styleShapes(q.shapes)}
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
                  <h3>{m.edgesLeftOut(result.unsupported.length)}</h3>
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
