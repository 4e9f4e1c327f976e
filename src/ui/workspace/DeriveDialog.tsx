import { useState } from 'react';
import { deriveModel } from '../../core/derive/derive.ts';
import { slug } from '../../core/model/ids.ts';
import { useMessages } from '../i18n/messages.ts';
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
  const m = useMessages().workspace;
  if (doc.derivation) {
    return (
      <Dialog title={m.conformanceTitle(doc.derivation.reference.name)} onClose={onClose} wide>
        <Conformance />
      </Dialog>
    );
  }
  return (
    <Dialog title={m.deriveTitle} onClose={onClose}>
      <DeriveForm onClose={onClose} />
    </Dialog>
  );
}

function DeriveForm({ onClose }: { onClose: () => void }) {
  const wb = useActions();
  const doc = useDocument();
  const m = useMessages().workspace;
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const derive = async () => {
    const title = name.trim();
    if (!title) return;
    setBusy(true);
    if (!(await settle())) return setBusy(false);
    const reference = wb.store.getState().history.document;
    try {
      await keepReferenceState(reference, m.derivedFromState(title));
    } catch {
      // Without the version the derived model still works; only the review of later reference changes needs it.
    }
    await createFrom(deriveModel(reference, { id: slug(title) || 'derived-model', name: title }));
    wb.notify('success', m.derived(title));
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
        {m.deriveIntroBefore}
        <strong translate="no">{doc.meta.name}</strong>
        {m.deriveIntroAfter(doc.meta.version)}
      </p>
      <p className="muted">{m.deriveKeepsReference}</p>
      <div className="field">
        <label htmlFor="derived-name">{m.derivedName}</label>
        <input
          id="derived-name"
          value={name}
          maxLength={200}
          placeholder={m.derivedNamePlaceholder}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
      </div>
      <div className="derive-form__actions">
        <button type="button" onClick={onClose}>
          {m.cancel}
        </button>
        <button type="submit" className="primary" disabled={!name.trim() || busy}>
          {busy ? m.deriving : m.deriveModel}
        </button>
      </div>
    </form>
  );
}
