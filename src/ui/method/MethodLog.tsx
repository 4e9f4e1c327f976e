import { useState } from 'react';
import { writeCsv } from '../../core/io/csv.ts';
import type { Method } from '../../core/method/schema.ts';
import { download, fileNameFor } from '../shell/download.ts';
import { useDocument } from '../workbench-context.ts';
import { setActor, useActor } from './actor.ts';

const ACTION: Record<string, string> = {
  entered: 'entered',
  completed: 'completed',
  'gate-skipped': 'skipped the gate',
  decision: 'decided',
  reopened: 'reopened',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The method log of the model (who did which step when, what was decided, which gates were skipped), for the research record. */
export function MethodLog({ method }: { method: Method }) {
  const doc = useDocument();
  const actor = useActor();
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
        Method log{' '}
        <span className="step-guide__count">
          {log.length} entr{log.length === 1 ? 'y' : 'ies'}
        </span>
      </summary>
      <div className="method-log__who">
        <label htmlFor="method-actor">Your name in the log</label>
        <input
          id="method-actor"
          value={name}
          placeholder="e.g. A. Researcher"
          onChange={(e) => setName(e.target.value)}
          onBlur={() => setActor(name)}
          onKeyDown={(e) => e.key === 'Enter' && setActor(name)}
        />
      </div>
      {log.length === 0 ? (
        <p className="muted">
          Nothing logged yet. Entering, completing and skipping steps, and the decisions you record, appear here.
        </p>
      ) : (
        <ol className="method-log__entries" reversed>
          {[...log].reverse().map((e, i) => (
            <li key={log.length - i} className={`method-log__entry method-log__entry--${e.action}`}>
              <span className="method-log__meta">
                {when(e.at)}
                {e.actor ? ` · ${e.actor}` : ''}
              </span>
              <span>
                <strong>{ACTION[e.action] ?? e.action}</strong> {title(e.step)}
              </span>
              {e.note ? <span className="method-log__note">{e.note}</span> : null}
            </li>
          ))}
        </ol>
      )}
      {log.length ? <button onClick={exportCsv}>Download the log (CSV)</button> : null}
    </details>
  );
}
