import './evaluation.css';
import './report.css';
import { useId, useState } from 'react';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { CompareTab } from './CompareTab.tsx';
import { QfdTab } from './QfdTab.tsx';
import { ReportTab } from './ReportTab.tsx';
import { ResultsTab, type AgreementChoices } from './ResultsTab.tsx';
import { labelText } from '../i18n/labels.ts';
import { useMessages } from '../i18n/messages.ts';

const TABS = ['results', 'compare', 'qfd', 'report'] as const;
type Tab = (typeof TABS)[number];

/** Results of the stored evaluations, the before/after comparison, the QFD score and the printable protocol. Opened with "tab" or "tab:sessionId". */
export default function EvaluationReportDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const m = useMessages().evaluation;
  const doc = useDocument();
  const undoStep = useWb((s) => s.history.past.at(-1)?.label);
  const undoLabel = undoStep && labelText(undoStep);
  const ids = useId();
  const [wantedTab, wantedSession] = (arg ?? 'results').split(':');
  const [tab, setTab] = useState<Tab>(TABS.some((t) => t === wantedTab) ? (wantedTab as Tab) : 'results');
  // The agreement choices live as long as the dialog: the Results tab sets them, the Report tab prints them.
  const [choices, setChoices] = useState<AgreementChoices>({});
  const session = doc.evaluations.find((e) => e.id === wantedSession)?.id ?? doc.evaluations.at(-1)?.id ?? null;
  return (
    <Dialog title={m.reportDialogTitle} onClose={onClose} wide>
      <div className="eval-report">
        <div className="eval-report__tabs" role="tablist" aria-label={m.reportTabs}>
          {TABS.map((t) => (
            <button
              key={t}
              role="tab"
              id={`${ids}-${t}`}
              aria-selected={tab === t}
              aria-controls={`${ids}-panel`}
              className="eval-report__tab"
              onClick={(e) => {
                setTab(t);
                e.currentTarget.closest('.dialog__body')?.scrollTo(0, 0);
              }}
            >
              {m.tab[t]}
            </button>
          ))}
          {/* The header's undo sits behind this dialog; QFD and score edits made here stay undoable from here. */}
          <button
            className="eval-report__undo"
            onClick={wb.undo}
            disabled={!undoLabel}
            title={undoLabel ? m.undoWhatKey(undoLabel) : m.nothingToUndo}
            aria-label={undoLabel ? m.undoWhat(undoLabel) : m.undo}
          >
            ↶ {m.undo}
          </button>
        </div>
        <div className="eval-report__panel" role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-${tab}`}>
          {doc.evaluations.length === 0 ? (
            <div className="evaluation__empty">
              <h3>{m.noSessionsInModel}</h3>
              <p>{m.noSessionsHint}</p>
            </div>
          ) : tab === 'results' ? (
            <ResultsTab
              focus={session}
              choices={choices}
              onChoose={(c) => setChoices((all) => ({ ...all, [c.perspective]: c }))}
            />
          ) : tab === 'compare' ? (
            <CompareTab />
          ) : tab === 'qfd' ? (
            <QfdTab initial={session} />
          ) : (
            <ReportTab choices={choices} />
          )}
        </div>
      </div>
    </Dialog>
  );
}
