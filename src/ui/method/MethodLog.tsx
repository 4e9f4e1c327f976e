import { useState } from 'react';
import { writeCsv } from '../../core/io/csv.ts';
import type { Method } from '../../core/method/schema.ts';
import { formatDate, useMessages } from '../i18n/messages.ts';
import { download, fileNameFor } from '../shell/download.ts';
import { useDocument } from '../workbench-context.ts';
import { setActor, useActor } from './actor.ts';

/** The method log of the model (who did which step when, what was decided, which gates were skipped), for the research record. */
export function MethodLog({ method }: { method: Method }) {
  const doc = useDocument();
  const actor = useActor();
  const m = useMessages().method;
  const action: Record<string, string> = {
    entered: m.logEntered,
    completed: m.logCompleted,
    'gate-skipped': m.logSkipped,
    decision: m.logDecided,
    reopened: m.logReopened,
  };
  const [name, setName] = useState(actor);
  const log = doc.method.log;
  const title = (stepId: string) => method.steps.find((s) => s.id === stepId)?.title ?? stepId;
  const exportCsv = () => {
    const rows = [
      ['time', 'step', 'action', 'note', 'who'],
      ...log.map((e) => [e.at, title(e.step), e.action, e.note, e.actor]),
    ];
    download(fileNameFor(doc, 'method-log.csv'), writeCsv(rows, { bom: true }), 'text/csv');
  };
  return (
    <details className="method-log">
      <summary>
        {m.methodLog} <span className="step-guide__count">{m.logEntries(log.length)}</span>
      </summary>
      <div className="method-log__who">
        <label htmlFor="method-actor">{m.yourName}</label>
        <input
          id="method-actor"
          value={name}
          placeholder={m.yourNamePlaceholder}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => setActor(name)}
          onKeyDown={(e) => e.key === 'Enter' && setActor(name)}
        />
      </div>
      {log.length === 0 ? (
        <p className="muted">{m.logEmpty}</p>
      ) : (
        <ol className="method-log__entries" reversed>
          {[...log].reverse().map((e, i) => (
            <li key={log.length - i} className={`method-log__entry method-log__entry--${e.action}`}>
              <span className="method-log__meta">
                {formatDate(e.at)}
                {e.actor ? ` · ${e.actor}` : ''}
              </span>
              <span>
                <strong>{action[e.action] ?? e.action}</strong> {title(e.step)}
              </span>
              {e.note ? (
                <span className="method-log__note" translate="no">
                  {e.note}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {log.length ? <button onClick={exportCsv}>{m.downloadLog}</button> : null}
    </details>
  );
}
