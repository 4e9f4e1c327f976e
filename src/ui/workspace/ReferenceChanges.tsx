import { useMemo, useState } from 'react';
import { takeOver } from '../../core/commands/derive.ts';
import { referenceChanges, type ReferenceChange } from '../../core/derive/reference-changes.ts';
import { deriveMessage } from '../../core/i18n/say.ts';
import { useMessages } from '../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { keepReferenceState, type ReferenceState } from './reference-state.ts';
import './diff.css';

/** The changes of the reference model since derivation, to review and take over (one undo step). */
export function ReferenceChanges({ state }: { state: Extract<ReferenceState, { found: true }> }) {
  const wb = useActions();
  const doc = useDocument();
  const readOnly = useWb((s) => s.readOnly);
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().workspace;
  const changes = useMemo(
    () => (state.changed && state.derivedFrom ? referenceChanges(state.derivedFrom, state.latest, doc) : []),
    [state, doc],
  );
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const stamp = doc.derivation!.reference;

  if (!state.changed) return <p className="muted">{m.referenceUnchanged(stamp.version)}</p>;
  if (!state.derivedFrom) return <p className="muted">{m.referenceStateGone}</p>;

  const byKey = new Map(changes.map((c) => [c.key, c]));
  /** A change comes with the changes it needs (a new relation with its new elements). */
  const withRequirements = (key: string, into: Set<string>) => {
    if (into.has(key)) return;
    into.add(key);
    for (const r of byKey.get(key)?.requires ?? []) withRequirements(r, into);
  };
  const toggle = (key: string, on: boolean) => {
    const next = new Set(picked);
    if (on) withRequirements(key, next);
    else next.delete(key);
    setPicked(next);
  };
  const apply = async (chosen: ReferenceChange[]) => {
    if (!chosen.length) return;
    wb.perform(takeOver(chosen, state.latest));
    setPicked(new Set());
    await keepReferenceState(state.latest, m.tookOverState(doc.meta.name)).catch(() => undefined);
    wb.notify('success', m.tookOver(chosen.length), { label: m.undo, run: wb.undo });
  };

  return (
    <div className="ref-changes">
      <p>{m.referenceChangedSince(state.latest.meta.name, stamp.version, changes.length)}</p>
      {changes.length === 0 ? <p className="muted">{m.hasEveryChange}</p> : null}
      <ul className="ref-changes__list">
        {changes.map((c) => (
          <li
            key={c.key}
            className={c.conflict ? 'ref-changes__item ref-changes__item--conflict' : 'ref-changes__item'}
          >
            <label>
              <input
                type="checkbox"
                checked={picked.has(c.key)}
                disabled={readOnly}
                onChange={(e) => toggle(c.key, e.target.checked)}
              />
              <span className={`diff__kind diff__kind--${c.kind}`}>{m.kind[c.kind]}</span>
              <span className="muted">{m.subject[c.subject]}</span>{' '}
              {deriveMessage({ message: c.summary, text: c.summaryText }, metamodel)}
            </label>
            {c.conflict ? (
              <div className="ref-changes__conflict">
                <span aria-hidden="true">!</span>{' '}
                {c.conflictText ? deriveMessage({ message: c.conflict, text: c.conflictText }, metamodel) : c.conflict}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="derive-form__actions">
        <button
          onClick={() => setPicked(new Set(changes.filter((c) => !c.conflict).map((c) => c.key)))}
          disabled={readOnly || !changes.length}
        >
          {m.tickAll}
        </button>
        <button
          className="primary"
          disabled={readOnly || picked.size === 0}
          onClick={() => void apply(changes.filter((c) => picked.has(c.key)))}
        >
          {m.takeOverSelected(picked.size)}
        </button>
      </div>
    </div>
  );
}
