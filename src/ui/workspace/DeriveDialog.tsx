import { useState } from 'react';
import { deriveModel } from '../../core/derive/derive.ts';
import { slug } from '../../core/model/ids.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { useActions, useDocument } from '../workbench-context.ts';
import { Conformance } from './Conformance.tsx';
import { keepReferenceState } from './reference-state.ts';
import { createFrom, settle } from './session.ts';
import './derive.css';

/** Derives a company model from the open reference model; for a derived model, shows how it conforms to its reference. */
export default function DeriveDialog({ onClose }: DialogProps) {
  const doc = useDocument();
  if (doc.derivation) {
    return (
      <Dialog title={`Conformance to “${doc.derivation.reference.name}”`} onClose={onClose} wide>
        <Conformance />
      </Dialog>
    );
  }
  return (
    <Dialog title="Derive a model from this reference model" onClose={onClose}>
      <DeriveForm onClose={onClose} />
    </Dialog>
  );
}

function DeriveForm({ onClose }: { onClose: () => void }) {
  const wb = useActions();
  const doc = useDocument();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const derive = async () => {
    const title = name.trim();
    if (!title) return;
    setBusy(true);
    if (!(await settle())) return setBusy(false);
    const reference = wb.store.getState().history.document;
    try {
      await keepReferenceState(reference, `State “${title}” was derived from`);
    } catch {
      // Without the version the derived model still works; only the review of later reference changes needs it.
    }
    await createFrom(deriveModel(reference, { id: slug(title) || 'derived-model', name: title }));
    wb.notify(
      'success',
      `Derived “${title}”. Rename, omit, specialise or add elements; Versions › Conformance shows how it adapts the reference model.`,
    );
    onClose();
  };
  return (
    <form
      className="derive-form"
      onSubmit={(e) => {
        e.preventDefault();
        void derive();
      }}
    >
      <p>
        A new model starts as a copy of <strong>{doc.meta.name}</strong> (v{doc.meta.version}), with every element
        linked to the element it stems from. Adapt it to one company: rename, omit, specialise or add elements. The
        conformance view then shows how much of the reference model it reuses and where it departs from it.
      </p>
      <p className="muted">
        The reference model stays as it is; when it changes later, the derived model can review the changes and take
        them over.
      </p>
      <div className="field">
        <label htmlFor="derived-name">Name of the derived model</label>
        <input
          id="derived-name"
          value={name}
          maxLength={200}
          placeholder="e.g. ACME customer service CRM"
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
      </div>
      <div className="derive-form__actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!name.trim() || busy}>
          {busy ? 'Deriving…' : 'Derive model'}
        </button>
      </div>
    </form>
  );
}
