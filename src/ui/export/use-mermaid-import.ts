import { useDeferredValue, useMemo, useState } from 'react';
import { importMermaid } from '../../core/io/mermaid-import.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { useLanguage, useMessages } from '../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { readFileArg, type FileArg } from './file-arg.ts';
import { readTextFile } from './read-text-file.ts';
import { useDroppedFile } from './use-dropped-file.ts';

/** The name the import gives its new view (the core names it), for the preview and the notice. */
export const viewName = (doc: RefDocument, viewId: string) => doc.views.find((v) => v.id === viewId)?.name ?? viewId;

/** The flowchart inside a Markdown file's first ```mermaid block, or the text itself. */
function flowchartText(text: string): string {
  return /```mermaid[^\n]*\n([\s\S]*?)```/.exec(text)?.[1] ?? text;
}

/**
 * The Mermaid import dialog's state: the flowchart typed or loaded, the element type chosen for each shape,
 * what the import would create (read as the user types), and the import itself as one undoable step.
 */
export function useMermaidImport(arg: string | undefined, onClose: () => void) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().export;
  const language = useLanguage();
  const [text, setText] = useState(() => readFileArg(arg)?.text ?? '');
  const [fileName, setFileName] = useState(() => readFileArg(arg)?.name ?? null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const take = (file: FileArg) => {
    setText(file.text);
    setFileName(file.name);
  };
  // A file dropped onto the window while the dialog is open replaces the text.
  useDroppedFile(arg, (file) => file && take(file));

  const source = flowchartText(useDeferredValue(text));
  const result = useMemo(
    () => (source.trim() ? importMermaid(source, doc, { metamodel, shapeTypes: answers, language }) : null),
    [source, doc, metamodel, answers, language],
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

  const commit = () => {
    const fresh = importMermaid(source, wb.store.getState().history.document, {
      metamodel,
      shapeTypes: answers,
      language,
    });
    if (!fresh.ok) return;
    wb.perform(fresh.edit);
    wb.setView(fresh.added.viewId);
    const { elements, relations } = fresh.added;
    wb.notify('success', m.mermaidImported(elements, relations, viewName(fresh.document, fresh.added.viewId)));
    onClose();
  };

  return {
    text,
    fileName,
    /** The user edits the text: it no longer is the loaded file's. */
    edit: (typed: string) => {
      setText(typed);
      setFileName(null);
    },
    load: async (file: File) => take({ name: file.name, text: await readTextFile(file) }),
    metamodel,
    result,
    created,
    lanes,
    answers,
    answer: (shape: string, type: string) => setAnswers({ ...answers, [shape]: type }),
    /** What the import button adds, or null while there is nothing to import. */
    importable: result?.ok && !nothing ? result.added : null,
    commit,
  };
}
