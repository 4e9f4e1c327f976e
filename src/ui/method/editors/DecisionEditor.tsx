import { useState } from 'react';
import { appendMethodLog } from '../../../core/commands/method.ts';
import type { MethodStep } from '../../../core/method/schema.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument } from '../../workbench-context.ts';
import { currentActor } from '../actor.ts';
import { Field } from './form.tsx';
import { refusalMessage } from '../../../core/i18n/say.ts';

/** Records the decisions of a step (what was decided and why) in the method log, for the research record. */
export default function DecisionEditor({ step }: { step: MethodStep }) {
  const wb = useActions();
  const m = useMessages().method;
  const doc = useDocument();
  const decisions = doc.method.log.filter((e) => e.step === step.id && e.action === 'decision');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const record = () => {
    if (!note.trim()) return setError(m.decisionRequired);
    const result = appendMethodLog({ step: step.id, action: 'decision', note: note.trim(), actor: currentActor() });
    if (!result.ok) return setError(refusalMessage(result));
    wb.perform(result.edit);
    setNote('');
    setError(null);
  };
  return (
    <div className="editor">
      {decisions.length ? (
        <ul className="decisions">
          {decisions.map((d, i) => (
            <li key={i}>{d.note}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{m.noDecision}</p>
      )}
      <Field
        label={m.decision}
        value={note}
        onChange={setNote}
        multiline
        placeholder={m.decisionPlaceholder}
        error={error}
      />
      <button onClick={record}>{m.recordDecision}</button>
    </div>
  );
}
