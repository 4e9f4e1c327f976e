import { useMemo } from 'react';
import { modelReport } from '../../core/io/model-report.ts';
import { fileBase } from '../../core/i18n/file-name.ts';
import { elementsInView } from '../../core/model/queries.ts';
import type { DialogProps } from '../shell/features.tsx';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { download } from '../shell/download.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { viewImageSvg } from '../../core/diagram/view-image.ts';
import { layoutViewImage } from '../../core/diagram/view-image-layout.ts';
import { measureText } from './image-files.ts';
import { MarkdownView } from './markdown-view.tsx';
import { useDrawingPositions } from './use-drawing-positions.ts';
import './export.css';
import './report.css';

/**
 * The model report as a printable page: goals, macro structure, processes with their objects and measures,
 * every view drawn as an image, the glossary and the sources. The same text downloads as Markdown, with the
 * views as Mermaid code.
 */
export default function ModelReportDialog({ onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().export;
  const markdown = useMemo(() => modelReport(doc, { metamodel }), [doc, metamodel]);
  const { positions, pending } = useDrawingPositions(doc, metamodel);

  const figure = (index: number) => {
    const view = doc.views[index];
    if (!view) return null;
    if (!elementsInView(doc, view).length) return <p className="model-report__empty">{m.viewEmpty}</p>;
    const placed = positions.get(view.id);
    if (!placed)
      return (
        <p className="model-report__empty" role="status">
          {m.drawingView}
        </p>
      );
    const model = layoutViewImage(doc, view, metamodel, placed, { legend: true, labels: false, words: m }, measureText);
    // Each figure's ids are its own: the report shows every view on one page.
    const svg = viewImageSvg(model, { background: 'white', words: m, idPrefix: `vi${index}` });
    return (
      <figure className="model-report__figure">
        <div className="model-report__image" dangerouslySetInnerHTML={{ __html: svg }} />
      </figure>
    );
  };

  const save = () => {
    const name = `${fileBase(doc, 'report')}.md`;
    download(name, markdown, 'text/markdown');
    wb.notify('success', m.reportDownloaded(name));
  };

  return (
    <Dialog title={m.reportTitle} wide onClose={onClose}>
      <div className="model-report__toolbar">
        <button className="primary" onClick={() => window.print()} disabled={pending > 0} title={m.printHint}>
          {pending ? m.drawingViews(pending) : m.print}
        </button>
        <button onClick={save} title={m.reportMarkdownHint}>
          {m.downloadMarkdown}
        </button>
        <span className="field__hint">{m.pdfHint}</span>
      </div>
      <article className="model-report">
        <MarkdownView
          markdown={markdown}
          fence={(index, language, code) => (language === 'mermaid' ? figure(index) : <pre>{code}</pre>)}
        />
      </article>
    </Dialog>
  );
}
