import { useRef } from 'react';
import { reasonMessage } from '../../core/i18n/say.ts';
import type { DialogProps } from '../shell/features.tsx';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { ImportActions, NewElements } from './import-parts.tsx';
import { FileInput, ImportCounts, ImportErrors, LeftOut, TypeQuestions } from './import-view.tsx';
import { useMermaidImport, viewName } from './use-mermaid-import.ts';
import './export.css';

const EXAMPLE = 'flowchart LR\n  subgraph Operations\n    calls[[Answer calls]] --> inquiry(Inquiry)\n  end';

/**
 * Import a Mermaid flowchart: paste it or load a file, see what it will create, map shapes without a fixed
 * meaning to element types, see every line that is left out and why; the import is one undoable step.
 */
export default function MermaidImportDialog({ arg, onClose }: DialogProps) {
  const m = useMessages().export;
  const mermaid = useMermaidImport(arg, onClose);
  const { result, metamodel } = mermaid;
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <Dialog title={m.mermaidTitle} wide onClose={onClose}>
      <div className="mermaid-import">
        <div className="field mermaid-import__source">
          <label htmlFor="mermaid-source">{m.flowchartFrom(mermaid.fileName)}</label>
          <textarea
            id="mermaid-source"
            className="export-text"
            rows={18}
            value={mermaid.text}
            spellCheck={false}
            wrap="off"
            placeholder={m.pastePlaceholder(EXAMPLE)}
            onChange={(e) => mermaid.edit(e.target.value)}
          />
          <div className="export-actions">
            <button onClick={() => fileInput.current?.click()}>{m.loadFile}</button>
            <span className="field__hint">{m.mermaidImportHint}</span>
          </div>
          <FileInput
            ref={fileInput}
            accept=".mmd,.mermaid,.md,.markdown,.txt"
            label={m.mermaidFile}
            onFile={(file) => void mermaid.load(file)}
          />
        </div>
        <div className="mermaid-import__result" aria-live="polite">
          {!result ? (
            <p className="export-empty">{m.mermaidEmpty}</p>
          ) : !result.ok ? (
            <ImportErrors title={m.cannotRead} errors={result.errors} metamodel={metamodel} />
          ) : (
            <>
              <h3 className="import-heading">{m.willCreate}</h3>
              <ImportCounts
                counts={[
                  [result.added.elements, m.countElements(result.added.elements)],
                  [result.added.relations, m.countRelations(result.added.relations)],
                  [result.added.areas, m.countAreas(result.added.areas)],
                  [result.added.roles, m.countRoles(result.added.roles)],
                ]}
              />
              {mermaid.lanes.length ? <p className="field__hint">{m.intoLanes(mermaid.lanes.join(', '))}</p> : null}
              <p className="field__hint">
                {result.added.matched ? m.matchedNodes(result.added.matched) : ''}
                {m.intoNewView(viewName(result.document, result.added.viewId))}
              </p>
              <NewElements created={mermaid.created} metamodel={metamodel} />
              <TypeQuestions
                heading={m.shapeQuestion}
                questions={result.questions.map((q) => ({
                  ...q,
                  of: q.shape,
                  id: `shape-${q.shape}`,
                  count: m.shapeNodes(q.nodes),
                }))}
                answers={mermaid.answers}
                onAnswer={mermaid.answer}
                metamodel={metamodel}
              />
              <LeftOut
                title={m.linesLeftOut(result.unsupported.length)}
                parts={result.unsupported.map((s) => ({
                  where: m.line(s.line),
                  text: s.text,
                  reason: reasonMessage(s, metamodel),
                }))}
              />
              <LeftOut
                folded
                title={m.linesIgnored(result.ignored.length)}
                parts={result.ignored.map((s) => ({
                  where: m.line(s.line),
                  text: s.text,
                  reason: <span className="muted">{reasonMessage(s, metamodel)}</span>,
                }))}
              />
            </>
          )}
        </div>
      </div>
      <ImportActions added={mermaid.importable} onImport={mermaid.commit} onClose={onClose} />
    </Dialog>
  );
}
