import { reasonMessage } from '../../core/i18n/say.ts';
import { useMemo, useRef, useState } from 'react';
import { importDrawio } from '../../core/exchange/drawio/import.ts';
import type { DialogProps } from '../shell/features.tsx';
import { useLanguage, useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { readFileArg, type FileArg } from './file-arg.ts';
import { readTextFile } from './read-text-file.ts';
import { ImportActions, NewElements } from './import-parts.tsx';
import { FileInput, ImportCounts, ImportErrors, LeftOut, TypeQuestions } from './import-view.tsx';
import { useDroppedFile } from './use-dropped-file.ts';
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
  const language = useLanguage();
  const [file, setFile] = useState<FileArg | null>(() => readFileArg(arg));
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const fileInput = useRef<HTMLInputElement>(null);
  // A file dropped onto the window while the dialog is open replaces the one shown.
  useDroppedFile(arg, setFile);
  const result = useMemo(
    () => (file ? importDrawio(file.text, doc, { metamodel, styleTypes: answers, language }) : null),
    [file, doc, metamodel, answers, language],
  );
  const created = useMemo(() => (result?.ok ? result.document.elements.slice(doc.elements.length) : []), [result, doc]);
  const nothing = result?.ok && result.added.elements === 0 && result.added.relations === 0 && !result.added.matched;

  const load = async (chosen: File) => {
    setFile({ name: chosen.name, text: await readTextFile(chosen) });
    setAnswers({});
  };
  const commit = () => {
    if (!file) return;
    const fresh = importDrawio(file.text, wb.store.getState().history.document, {
      metamodel,
      styleTypes: answers,
      language,
    });
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
          <FileInput
            ref={fileInput}
            accept=".drawio,.xml"
            label={m.drawioFile}
            onFile={(chosen) => void load(chosen)}
          />
        </div>
        <div aria-live="polite">
          {!result ? (
            <p className="export-empty">{m.drawioEmpty}</p>
          ) : !result.ok ? (
            <ImportErrors title={m.cannotImport(file?.name ?? '')} errors={result.errors} metamodel={metamodel}>
              <p className="field__hint">{m.unchanged}</p>
            </ImportErrors>
          ) : (
            <>
              <h3 className="import-heading">{m.willCreate}</h3>
              <ImportCounts
                counts={[
                  [result.added.elements, m.countElements(result.added.elements)],
                  [result.added.relations, m.countRelations(result.added.relations)],
                  [result.added.viewIds.length, m.countViews(result.added.viewIds.length)],
                ]}
              />
              <p className="field__hint">
                {result.added.matched ? m.matchedShapes(result.added.matched) : ''}
                {result.ignored ? m.decorations(result.ignored) : ''}
              </p>
              <NewElements created={created} metamodel={metamodel} />
              <TypeQuestions
                heading={m.styleQuestion}
                questions={result.questions.map((q, i) => ({
                  ...q,
                  of: q.style,
                  id: `drawio-style-${i}`,
                  count: m.styleShapes(q.shapes),
                }))}
                answers={answers}
                onAnswer={(style, type) => setAnswers({ ...answers, [style]: type })}
                metamodel={metamodel}
              />
              <LeftOut
                title={m.edgesLeftOut(result.unsupported.length)}
                parts={result.unsupported.map((s) => ({
                  where: s.page ?? null,
                  text: s.text,
                  reason: reasonMessage(s, metamodel),
                }))}
              />
            </>
          )}
        </div>
      </div>
      <ImportActions added={result?.ok && !nothing ? result.added : null} onImport={commit} onClose={onClose} />
    </Dialog>
  );
}
