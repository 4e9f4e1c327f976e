import { useId, useState } from 'react';
import type { MatookIndulskaModel } from '../../core/evaluation/checklist-schema.ts';
import type { QfdRecord } from '../../core/model/evaluation-record.ts';
import { CommitText } from '../inspector/fields.tsx';
import { formatNumber, useMessages } from '../i18n/messages.ts';
import { fixed } from './use-evaluation.ts';
import { screenLabel } from '../i18n/labels.ts';
import type { Label } from '../../core/commands/label.ts';

type Entry = QfdRecord['fulfilment'][string];
type Phase = MatookIndulskaModel['phases'][number];

/** One phase of the development checklist: its activities to tick, or a share entered directly. */
export function PhaseFulfilment({
  phase,
  entry,
  onChange,
}: {
  phase: Phase;
  entry: Entry | undefined;
  onChange: (entry: Entry | undefined, what: Label) => void;
}) {
  const m = useMessages().evaluation;
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const mode = !entry ? 'none' : 'share' in entry ? 'share' : 'activities';
  const ticked = entry && 'activities' in entry ? entry.activities : [];
  const name = m.phaseName(phase.number, phase.label);
  const setMode = (next: string) => {
    if (next === 'none') onChange(undefined, screenLabel('evaluation', 'undoFulfilmentCleared', name));
    else if (next === 'share')
      onChange(
        {
          share:
            entry && 'activities' in entry
              ? Math.round((100 * entry.activities.length) / phase.activities.length) / 100
              : 0,
        },
        screenLabel('evaluation', 'undoFulfilmentShare', name),
      );
    else onChange({ activities: [] }, screenLabel('evaluation', 'undoFulfilmentActivities', name));
  };
  const tick = (activity: string, on: boolean) => {
    const activities = phase.activities.map((a) => a.id).filter((a) => (a === activity ? on : ticked.includes(a)));
    onChange(
      { activities },
      on ? screenLabel('evaluation', 'undoTick', activity) : screenLabel('evaluation', 'undoUntick', activity),
    );
  };
  return (
    <div className="qfd-phase" data-phase={phase.id}>
      <div className="qfd-phase__head">
        <label htmlFor={`${id}-mode`} className="qfd-phase__name">
          {phase.number} {phase.label}
        </label>
        <span className="qfd-phase__controls">
          <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value)}>
            <option value="none">{m.fulfilmentMode.none}</option>
            <option value="activities">{m.fulfilmentMode.activities}</option>
            <option value="share">{m.fulfilmentMode.share}</option>
          </select>
          <span className="qfd-phase__value">
            {mode === 'activities'
              ? `${m.nOf(ticked.length, phase.activities.length)} = ${fixed(ticked.length / phase.activities.length, 4)}`
              : mode === 'share' && entry && 'share' in entry
                ? fixed(entry.share, 4)
                : '–'}
          </span>
        </span>
      </div>
      {mode === 'activities' ? (
        <details className="qfd-phase__activities">
          <summary>{m.activities(phase.activities.length)}</summary>
          {phase.activities.map((a) => (
            <label key={a.id} className="choice">
              <input type="checkbox" checked={ticked.includes(a.id)} onChange={(e) => tick(a.id, e.target.checked)} />
              <span>
                <span className="muted">{a.id}</span> {a.text}
              </span>
            </label>
          ))}
        </details>
      ) : null}
      {mode === 'share' && entry && 'share' in entry ? (
        <CommitText
          label={m.shareDone}
          value={String(entry.share)}
          onCommit={(text) => {
            const share = Number(text.replace(',', '.'));
            const valid = text.trim() !== '' && share >= 0 && share <= 1;
            setError(valid ? null : m.notAShare(text, formatNumber(entry.share)));
            if (valid) onChange({ share }, screenLabel('evaluation', 'undoFulfilment', name, formatNumber(share)));
          }}
          error={error}
        />
      ) : null}
    </div>
  );
}
