import { useMemo } from 'react';
import { checklistsOf, matookIndulska } from '../../core/evaluation/checklists.ts';
import { evaluationProtocol } from '../../core/evaluation/protocol.ts';
import { evaluationReportCsv, evaluationReportMarkdown } from '../../core/evaluation/report.ts';
import { download, fileNameFor } from '../shell/download.ts';
import { useActions, useDocument } from '../workbench-context.ts';
import { ReportDocument } from './ReportDocument.tsx';
import type { AgreementChoices } from './ResultsTab.tsx';

/** The evaluation protocol as a printable page, with Markdown and CSV downloads of the very same figures. */
export function ReportTab({ choices }: { choices: AgreementChoices }) {
  const wb = useActions();
  const doc = useDocument();
  const protocol = useMemo(() => evaluationProtocol(doc, checklistsOf(doc), matookIndulska, choices), [doc, choices]);
  const save = (extension: string, text: string, type: string) => {
    const name = fileNameFor(doc, extension);
    download(name, text, type);
    wb.notify('success', `Downloaded ${name}.`);
  };
  return (
    <div className="report-tab">
      <div className="report-tab__toolbar">
        <button
          className="primary"
          onClick={() => window.print()}
          title="Print the protocol, or choose “Save as PDF” in the print dialog"
        >
          Print or save as PDF…
        </button>
        <button onClick={() => save('evaluation.md', evaluationReportMarkdown(doc, protocol), 'text/markdown')}>
          Download Markdown
        </button>
        <button onClick={() => save('evaluation.csv', evaluationReportCsv(protocol), 'text/csv')}>Download CSV</button>
        <span className="field__hint">
          The same protocol as the command line gives with <code>refmod evaluate model.json --report md</code>.
        </span>
      </div>
      <ReportDocument doc={doc} protocol={protocol} />
    </div>
  );
}
