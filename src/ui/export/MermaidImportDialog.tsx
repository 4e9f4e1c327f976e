import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { importMermaid } from '../../core/io/mermaid-import.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { DialogProps } from '../shell/features.tsx';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { readFileArg } from './file-arg.ts';
import { readTextFile } from './read-text-file.ts';
import { Count, ElementTypeSelect, ImportActions, NewElements } from './import-parts.tsx';
import './export.css';

const EXAMPLE = 'flowchart LR\n  subgraph Operations\n    calls[[Answer calls]] --> inquiry(Inquiry)\n  end';

/** The name the import gives its new view (the core names it), for the preview and the notice. */
const viewName = (doc: RefDocument, viewId: string) => doc.views.find((v) => v.id === viewId)?.name ?? viewId;

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
  const m = useMessages().export;
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
    return [...areas.map((l) => ({ l, kind: 'area' as const })), ...roles.map((l) => ({ l, kind: 'role' as const }))]
      .filter(({ l }) => ids.has(l.id))
      .map(({ l, kind }) => (known.has(l.id) ? m.modelLane(l.name, kind) : m.newLane(l.name, kind)));
  }, [result, created, doc, m]);
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
    wb.notify('success', m.mermaidImported(elements, relations, viewName(fresh.document, fresh.added.viewId)));
    onClose();
  };

  return (
    <Dialog title={m.mermaidTitle} wide onClose={onClose}>
      <div className="mermaid-import">
        <div className="field mermaid-import__source">
          <label htmlFor="mermaid-source">{m.flowchartFrom(fileName)}</label>
          <textarea
            id="mermaid-source"
            className="export-text"
            rows={18}
            value={text}
            spellCheck={false}
            wrap="off"
            placeholder={m.pastePlaceholder(EXAMPLE)}
            onChange={(e) => {
              setText(e.target.value);
              setFileName(null);
            }}
          />
          <div className="export-actions">
            <button onClick={() => fileInput.current?.click()}>{m.loadFile}</button>
            <span className="field__hint">{m.mermaidImportHint}</span>
          </div>
          <input
            ref={fileInput}
            type="file"
            accept=".mmd,.mermaid,.md,.markdown,.txt"
            hidden
            aria-label={m.mermaidFile}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void load(file);
              e.target.value = '';
            }}
          />
        </div>
        <div className="mermaid-import__result" aria-live="polite">
          {!result ? (
            <p className="export-empty">{m.mermaidEmpty}</p>
          ) : !result.ok ? (
            <div className="import-problems" role="alert">
              <h3>{m.cannotRead}</h3>
              <ul>
                {result.errors.map((e, i) => (
                  <li key={i}>
                    {e.line ? <span className="import-problems__where">{m.line(e.line)}</span> : null} {e.message}
                  </li>
                ))}
              </ul>
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
                  <Count n={result.added.areas} text={m.countAreas(result.added.areas)} />
                </li>
                <li>
                  <Count n={result.added.roles} text={m.countRoles(result.added.roles)} />
                </li>
              </ul>
              {lanes.length ? <p className="field__hint">{m.intoLanes(lanes.join(', '))}</p> : null}
              <p className="field__hint">
                {result.added.matched ? m.matchedNodes(result.added.matched) : ''}
                {m.intoNewView(viewName(result.document, result.added.viewId))}
              </p>
              <NewElements created={created} metamodel={metamodel} />
              {result.questions.length ? (
                <section className="import-questions">
                  <h3 className="import-heading">{m.shapeQuestion}</h3>
                  {result.questions.map((q) => (
                    <div key={q.shape} className="field">
                      <label htmlFor={`shape-${q.shape}`}>
                        <code>{q.shape}</code>
                        {m.shapeNodes(q.nodes)}
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
                  <h3>{m.linesLeftOut(result.unsupported.length)}</h3>
                  <ul>
                    {result.unsupported.map((s, i) => (
                      <li key={i}>
                        <span className="import-problems__where">{m.line(s.line)}</span> <code>{s.text}</code>{' '}
                        {s.reason}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              {result.ignored.length ? (
                <details className="import-list">
                  <summary>{m.linesIgnored(result.ignored.length)}</summary>
                  <ul>
                    {result.ignored.map((s, i) => (
                      <li key={i}>
                        <span className="import-problems__where">{m.line(s.line)}</span> <code>{s.text}</code>{' '}
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
