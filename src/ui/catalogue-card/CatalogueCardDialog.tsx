import { useEffect, useMemo, useState } from 'react';
import { cardMarkdown, catalogueCard, type KnownDerivation } from '../../core/catalogue-card/card.ts';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { download } from '../shell/download.ts';
import { useDocument, useWb } from '../workbench-context.ts';
import { listRecent, storedWorkspace } from '../workspace/session.ts';
import './catalogue-card.css';

/** The open model's entry for a reference-model catalogue (Fettke & Loos), as Markdown or JSON. */
export default function CatalogueCardDialog({ onClose }: DialogProps) {
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().catalogueCard;
  const [derivations, setDerivations] = useState<KnownDerivation[]>([]);
  useEffect(() => {
    // The models in this browser derived from this one are its known derivations.
    void (async () => {
      const workspace = storedWorkspace();
      const found: KnownDerivation[] = [];
      for (const m of await listRecent()) {
        if (!m.derivedFrom) continue;
        const loaded = await workspace?.loadModel(m.id);
        if (loaded?.ok && loaded.model.document.derivation?.reference.id === doc.meta.id)
          found.push({ name: m.name, version: loaded.model.document.meta.version });
      }
      setDerivations(found);
    })().catch(() => undefined);
  }, [doc.meta.id]);
  const card = useMemo(() => catalogueCard(doc, metamodel, derivations), [doc, metamodel, derivations]);
  const markdown = useMemo(() => cardMarkdown(card), [card]);
  const file = doc.meta.id;
  return (
    <Dialog title={m.title(doc.meta.name)} onClose={onClose} wide>
      <div className="catalogue-card">
        <p className="muted">{m.intro}</p>
        <pre className="catalogue-card__text" aria-label={m.asMarkdown} tabIndex={0}>
          {markdown}
        </pre>
        <div className="catalogue-card__actions">
          <button onClick={() => download(`${file}.catalogue-card.md`, markdown, 'text/markdown')}>
            {m.downloadMarkdown}
          </button>
          <button
            className="primary"
            onClick={() =>
              download(`${file}.catalogue-card.json`, JSON.stringify(card, null, 2) + '\n', 'application/json')
            }
          >
            {m.downloadJson}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
