import { useState } from 'react';
import { newModel } from '../../core/method/new-model.ts';
import { DEFAULT_METHOD_ID, shippedMethods } from '../../core/method/shipped.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { saveModel } from '../shell/file-actions.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { currentActor } from './actor.ts';
import { Prose } from './Prose.tsx';
import './step-panel.css';

/** Starts an empty model that follows a shipped construction method, opened at its first step. */
export default function NewModelDialog({ onClose }: DialogProps) {
  const wb = useActions();
  const changes = useWb((s) => s.history.past.length);
  const openName = useWb((s) => s.history.document.meta.name);
  const [name, setName] = useState('');
  const [methodId, setMethodId] = useState(DEFAULT_METHOD_ID);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const method = shippedMethods.find((m) => m.id === methodId)!;

  const create = () => {
    if (!name.trim()) return setError('Give the model a name, e.g. “CRM outsourcing of Example Bank”.');
    if (changes > 0 && !confirming) return setConfirming(true);
    const actor = currentActor();
    const result = newModel({ name, methodId, description: description.trim(), authors: actor ? [actor] : [] });
    if (!result.ok) return setError(result.message);
    wb.open(result.document);
    wb.setSidePanel('method');
    wb.notify(
      'success',
      `“${result.document.meta.name}” is open at step 1 of ${method.name}: ${method.steps[0]!.title}.`,
    );
    onClose();
  };

  return (
    <Dialog title="New model" onClose={onClose}>
      <form
        className="new-model"
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <div className="field">
          <label htmlFor="new-model-name">Name</label>
          <input
            id="new-model-name"
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-model-error' : undefined}
            placeholder="e.g. CRM outsourcing of Example Bank"
          />
          {error ? (
            <div className="field__error" id="new-model-error" role="alert">
              {error}
            </div>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="new-model-description">Description (optional)</label>
          <textarea
            id="new-model-description"
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <fieldset className="new-model__methods">
          <legend>Construction method</legend>
          {shippedMethods.map((m) => (
            <label key={m.id} className={`new-model__method${m.id === methodId ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name="method"
                value={m.id}
                checked={m.id === methodId}
                onChange={() => setMethodId(m.id)}
              />
              <span>
                <strong>{m.name}</strong>
                <span className="muted">
                  {' '}
                  · {m.steps.length} steps in {m.phases.length} phase{m.phases.length === 1 ? '' : 's'}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="new-model__about">
          <Prose text={method.description} />
          <p className="muted">Steps: {method.steps.map((s, i) => `${i + 1} ${s.title}`).join(' · ')}</p>
        </div>
        <p className="field__hint">
          The new model starts with the default framework (Sales, Management, Operations × Client, Provider, Customer),
          which step 2 lets you change.
        </p>
        {confirming ? (
          <div className="new-model__confirm" role="alert">
            <p>
              <span aria-hidden="true">⚠ </span>“{openName}” has {changes} change{changes === 1 ? '' : 's'} in this
              session. A new model replaces it on screen; save it first if you want a file of it.
            </p>
            <div className="editor__actions">
              <button type="button" onClick={() => void saveModel(wb)}>
                Save “{openName}” first
              </button>
              <button type="submit" className="primary">
                Replace it with the new model
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div className="editor__actions">
            <button type="submit" className="primary">
              Create and start step 1
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
