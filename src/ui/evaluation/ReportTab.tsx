import { useMemo } from 'react';
import { checklistsOf, matookIndulska } from '../../core/evaluation/checklists.ts';
import { evaluationProtocol } from '../../core/evaluation/protocol.ts';
import { evaluationReportCsv, evaluationReportMarkdown } from '../../core/evaluation/report.ts';
import { download, fileNameFor } from '../shell/download.ts';
import { useActions, useDocument } from '../workbench-context.ts';
import { ReportDocument } from './ReportDocument.tsx';
import type { AgreementChoices } from './ResultsTab.tsx';
import { useMessages } from '../i18n/messages.ts';

// A command is typed as it is in every language.
const CLI_REPORT = 'refmod evaluate model.json --report md';

/** The evaluation protocol as a printable page, with Markdown and CSV downloads of the very same figures. */
export function ReportTab({ choices }: { choices: AgreementChoices }) {
  const wb = useActions();
  const m = useMessages().evaluation;
  const doc = useDocument();
  const protocol = useMemo(() => evaluationProtocol(doc, checklistsOf(doc), matookIndulska, choices), [doc, choices]);
  const save = (extension: string, text: string, type: string) => {
    const name = fileNameFor(doc, extension);
    download(name, text, type);
    wb.notify('success', m.downloaded(name));
  };
  return (
    <div className="report-tab">
      <div className="report-tab__toolbar">
        <button className="primary" onClick={() => window.print()} title={m.printHint}>
          {m.print}
        </button>
        {/* The Markdown protocol is written by the core in English, exactly as the CLI writes it. */}
        <button onClick={() => save('evaluation.md', evaluationReportMarkdown(doc, protocol), 'text/markdown')}>
          {m.downloadMarkdown}
        </button>
        {/* CSV is for statistics software: English headers and ISO figures (0.5, 2026-01-31) in every language. */}
        <button onClick={() => save('evaluation.csv', evaluationReportCsv(protocol), 'text/csv')}>
          {m.downloadCsv}
        </button>
        <span className="field__hint">
          {m.sameAsCli} <code>{CLI_REPORT}</code>.
        </span>
      </div>
      <ReportDocument doc={doc} protocol={protocol} />
    </div>
  );
}
