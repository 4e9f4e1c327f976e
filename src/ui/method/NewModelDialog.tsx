import { useState } from 'react';
import { newModel } from '../../core/method/new-model.ts';
import { DEFAULT_METHOD_ID, shippedMethods } from '../../core/method/shipped.ts';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { DialogForm, SubmitButtons } from '../shell/dialog-parts.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { saveModel } from '../shell/file-actions.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { currentActor } from './actor.ts';
import { Prose } from './Prose.tsx';
import './step-panel.css';
import { refusalMessage } from '../../core/i18n/say.ts';

/** Starts an empty model that follows a shipped construction method, opened at its first step. */
export default function NewModelDialog({ onClose }: DialogProps) {
  const wb = useActions();
  const m = useMessages().method;
  const changes = useWb((s) => s.history.past.length);
  const openName = useWb((s) => s.history.document.meta.name);
  const [name, setName] = useState('');
  const [methodId, setMethodId] = useState(DEFAULT_METHOD_ID);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const method = shippedMethods.find((m) => m.id === methodId)!;

  const create = () => {
    if (!name.trim()) return setError(m.nameRequired);
    if (changes > 0 && !confirming) return setConfirming(true);
    const actor = currentActor();
    const result = newModel({ name, methodId, description: description.trim(), authors: actor ? [actor] : [] });
    if (!result.ok) return setError(refusalMessage(result));
    wb.open(result.document);
    wb.setSidePanel('method');
    wb.notify('success', m.openedAtStep1(result.document.meta.name, method.name, method.steps[0]!.title));
    onClose();
  };

  return (
    <Dialog title={m.newModelTitle} onClose={onClose}>
      <DialogForm className="new-model" onSubmit={create}>
        <div className="field">
          <label htmlFor="new-model-name">{m.name}</label>
          <input
            id="new-model-name"
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-model-error' : undefined}
            placeholder={m.modelNamePlaceholder}
          />
          {error ? (
            <div className="field__error" id="new-model-error" role="alert">
              {error}
            </div>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="new-model-description">{m.descriptionOptional}</label>
          <textarea
            id="new-model-description"
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <fieldset className="new-model__methods">
          <legend>{m.constructionMethod}</legend>
          {shippedMethods.map((option) => (
            <label key={option.id} className={`new-model__method${option.id === methodId ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name="method"
                value={option.id}
                checked={option.id === methodId}
                onChange={() => setMethodId(option.id)}
              />
              <span>
                <strong>{option.name}</strong>
                <span className="muted">{m.methodSize(option.steps.length, option.phases.length)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="new-model__about">
          <Prose text={method.description} />
          <p className="muted">{m.stepsList(method.steps.map((s, i) => `${i + 1} ${s.title}`).join(' · '))}</p>
        </div>
        <p className="field__hint">{m.defaultFramework}</p>
        {confirming ? (
          <div className="new-model__confirm" role="alert">
            <p>
              <span aria-hidden="true">⚠ </span>
              {m.replaceWarning(openName, changes)}
            </p>
            <SubmitButtons submit={m.replaceIt} cancel={m.cancel} onCancel={() => setConfirming(false)}>
              <button type="button" onClick={() => void saveModel(wb)}>
                {m.saveFirst(openName)}
              </button>
            </SubmitButtons>
          </div>
        ) : (
          <SubmitButtons submit={m.createAndStart} cancel={m.cancel} onCancel={onClose} />
        )}
      </DialogForm>
    </Dialog>
  );
}
