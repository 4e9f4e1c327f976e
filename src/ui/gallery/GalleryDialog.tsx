import { useMemo, useState } from 'react';
import { exportDocument } from '../../core/io/json.ts';
import type { GalleryEntry } from '../../core/model/gallery.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { messages, useMessages } from '../i18n/messages.ts';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { download, fileNameFor } from '../shell/download.ts';
import { createFrom, listRecent, openStored, storedWorkspace } from '../workspace/session.ts';
import { useSession } from '../workspace/session-state.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { ModelCard } from './ModelCard.tsx';
import { RecentModels } from './RecentModels.tsx';
import { gallery, loadShipped, shippedModels, startFrom } from './shipped.ts';
import './gallery.css';
import { problemMessage } from '../../core/i18n/say.ts';

const TEMPLATE = gallery.find((e) => e.kind === 'template');

/** The stored models as of a workspace revision: each new revision reads them again. */
const readRecent = (_revision: number) => listRecent();

/** A change of model waiting for the user to decide what happens to unsaved work. */
interface Pending {
  what: string;
  run: () => Promise<void>;
}

/** The start page: the shipped models as cards, a new model from the template or as a copy, and the recent models. */
export default function GalleryDialog({ onClose }: DialogProps) {
  const wb = useActions();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().gallery;
  // Read after useMessages: a switch of language renders the cards again, in the new language.
  const entries = shippedModels();
  const openId = useWb((s) => s.history.document.meta.id);
  const openName = useWb((s) => s.history.document.meta.name);
  const edited = useWb((s) => s.history.past.length > 0);
  const revision = useSession((s) => s.revision);
  // One read of the stored models per change of the workspace; the cards and the recent list share it.
  const recent = useMemo(() => readRecent(revision), [revision]);
  const [name, setName] = useState(() => messages().gallery.defaultName);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs a change of model; a failure leaves the open model as it is and says so. */
  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    const done = await work();
    setBusy(false);
    if (done === null) return;
    onClose();
    wb.notify('success', done);
  };
  // Without browser storage the edits of the open model live only in this tab: ask before replacing them.
  const guarded = (what: string, work: () => Promise<string | null>) =>
    edited && !storedWorkspace() ? setPending({ what, run: () => run(work) }) : void run(work);

  /** Loads a shipped model and stores what `make` turns it into as a model of the workspace. */
  const fromShipped = async (
    entry: GalleryEntry,
    make: (doc: RefDocument) => RefDocument,
    message: (doc: RefDocument) => string,
  ) => {
    const result = await loadShipped(entry, metamodel);
    if (!result.ok) {
      wb.notify('error', m.loadFailed(result.errors.map((e) => problemMessage(e)).join(' ')));
      return null;
    }
    const doc = make(result.document);
    await createFrom(doc);
    return message(doc);
  };

  const open = (entry: GalleryEntry) =>
    guarded(m.openWhat(entry.title), async () => {
      // A shipped model already in the workspace opens as stored, with the user's changes; a copy gives the original.
      const stored = (await recent).find((m) => m.id === entry.id);
      if (stored) return (await openStored(stored.id)) ? m.openedKept(stored.name) : null;
      return fromShipped(
        entry,
        (d) => d,
        (d) => m.opened(d.meta.name),
      );
    });
  const copy = (entry: GalleryEntry) =>
    guarded(m.copyWhat(entry.title), () =>
      fromShipped(
        entry,
        (d) => startFrom(d, m.copyOf(d.meta.name)),
        (d) => m.createdCopy(d.meta.name),
      ),
    );
  const create = () => {
    if (!TEMPLATE) return;
    const modelName = name.trim() || m.defaultName;
    guarded(m.startWhat(modelName), () =>
      fromShipped(
        TEMPLATE,
        (d) => startFrom(d, modelName),
        (d) => m.createdFromTemplate(d.meta.name),
      ),
    );
  };
  const reopen = (id: string, modelName: string) =>
    run(async () => ((await openStored(id)) ? m.opened(modelName) : null));

  return (
    <Dialog title={m.title} onClose={onClose} wide>
      {pending ? (
        <div className="gallery__confirm" role="alertdialog" aria-label={m.unsavedChanges}>
          <p>
            <strong>{m.notKept(openName)}</strong> {m.replaces(pending.what)}
          </p>
          <div className="gallery__confirm-actions">
            <button
              className="primary"
              autoFocus
              onClick={() => {
                const doc = wb.store.getState().history.document;
                download(fileNameFor(doc, 'refmod.json'), exportDocument(doc));
                setPending(null);
                void pending.run();
              }}
            >
              {m.downloadThenContinue(openName)}
            </button>
            <button
              onClick={() => {
                setPending(null);
                void pending.run();
              }}
            >
              {m.continueWithoutSaving}
            </button>
            <button onClick={() => setPending(null)}>{m.cancel}</button>
          </div>
        </div>
      ) : null}
      <section className="gallery__section" aria-labelledby="gallery-shipped">
        <h3 id="gallery-shipped">{m.shipped}</h3>
        <p className="muted">{m.shippedHint}</p>
        <ul className="gallery__cards" aria-busy={busy}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <ModelCard
                entry={entry}
                metamodel={metamodel}
                recent={recent}
                isOpen={entry.id === openId}
                onOpen={() => (entry.id === TEMPLATE?.id ? create() : open(entry))}
                onCopy={entry.id === TEMPLATE?.id ? undefined : () => copy(entry)}
              />
            </li>
          ))}
        </ul>
      </section>
      {TEMPLATE ? (
        <section className="gallery__section" aria-labelledby="gallery-new">
          <h3 id="gallery-new">{m.startNew}</h3>
          <form
            className="gallery__new"
            onSubmit={(e) => {
              e.preventDefault();
              create();
            }}
          >
            <label>
              <span>{m.name}</span>
              <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
            </label>
            <button type="submit" className="primary" disabled={busy}>
              {m.newFromTemplate}
            </button>
          </form>
          <p className="muted">{m.templateHint}</p>
        </section>
      ) : null}
      <RecentModels recent={recent} openId={openId} onOpen={(id, modelName) => void reopen(id, modelName)} />
    </Dialog>
  );
}
