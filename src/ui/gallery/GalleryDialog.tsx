import { useMemo, useState } from 'react';
import { exportDocument } from '../../core/io/json.ts';
import type { GalleryEntry } from '../../core/model/gallery.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { download, fileNameFor } from '../shell/download.ts';
import { createFrom, listRecent, openStored, storedWorkspace } from '../workspace/session.ts';
import { useSession } from '../workspace/session-state.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { ModelCard } from './ModelCard.tsx';
import { RecentModels } from './RecentModels.tsx';
import { gallery, loadShipped, startFrom } from './shipped.ts';
import './gallery.css';

const TEMPLATE = gallery.find((e) => e.kind === 'template');
const DEFAULT_NAME = 'New CRM-in-BPO model';

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
  const openId = useWb((s) => s.history.document.meta.id);
  const openName = useWb((s) => s.history.document.meta.name);
  const edited = useWb((s) => s.history.past.length > 0);
  const revision = useSession((s) => s.revision);
  // One read of the stored models per change of the workspace; the cards and the recent list share it.
  const recent = useMemo(() => readRecent(revision), [revision]);
  const [name, setName] = useState(DEFAULT_NAME);
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
      wb.notify('error', `${result.errors.map((e) => e.message).join(' ')} The open model is unchanged.`);
      return null;
    }
    const doc = make(result.document);
    await createFrom(doc);
    return message(doc);
  };

  const open = (entry: GalleryEntry) =>
    guarded(`open “${entry.title}”`, async () => {
      // A shipped model already in the workspace opens as stored, with the user's changes; a copy gives the original.
      const stored = (await recent).find((m) => m.id === entry.id);
      if (stored)
        return (await openStored(stored.id))
          ? `Opened “${stored.name}” as kept in this browser, with your changes. For the original, make a copy.`
          : null;
      return fromShipped(
        entry,
        (d) => d,
        (d) => `Opened “${d.meta.name}”.`,
      );
    });
  const copy = (entry: GalleryEntry) =>
    guarded(`copy “${entry.title}”`, () =>
      fromShipped(
        entry,
        (d) => startFrom(d, `Copy of ${d.meta.name}`),
        (d) => `Created “${d.meta.name}”. The shipped model stays as it is.`,
      ),
    );
  const create = () => {
    if (!TEMPLATE) return;
    const modelName = name.trim() || DEFAULT_NAME;
    guarded(`start “${modelName}”`, () =>
      fromShipped(
        TEMPLATE,
        (d) => startFrom(d, modelName),
        (d) => `Created “${d.meta.name}” from the template. Start with step 1 of the method: its structural goals.`,
      ),
    );
  };
  const reopen = (id: string, modelName: string) =>
    run(async () => ((await openStored(id)) ? `Opened “${modelName}”.` : null));

  return (
    <Dialog title="Models" onClose={onClose} wide>
      {pending ? (
        <div className="gallery__confirm" role="alertdialog" aria-label="Unsaved changes">
          <p>
            <strong>“{openName}” has changes this browser could not keep.</strong> To {pending.what}, Refmod replaces
            the open model in this tab.
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
              Download “{openName}”, then continue
            </button>
            <button
              onClick={() => {
                setPending(null);
                void pending.run();
              }}
            >
              Continue without saving
            </button>
            <button onClick={() => setPending(null)}>Cancel</button>
          </div>
        </div>
      ) : null}
      <section className="gallery__section" aria-labelledby="gallery-shipped">
        <h3 id="gallery-shipped">Shipped models</h3>
        <p className="muted">
          Open one to explore it: select an element to read what it is and where it comes from. Make a copy to adapt it
          for a client.
        </p>
        <ul className="gallery__cards" aria-busy={busy}>
          {gallery.map((entry) => (
            <li key={entry.id}>
              <ModelCard
                entry={entry}
                metamodel={metamodel}
                recent={recent}
                isOpen={entry.id === openId}
                onOpen={() => (entry === TEMPLATE ? create() : open(entry))}
                onCopy={entry === TEMPLATE ? undefined : () => copy(entry)}
              />
            </li>
          ))}
        </ul>
      </section>
      {TEMPLATE ? (
        <section className="gallery__section" aria-labelledby="gallery-new">
          <h3 id="gallery-new">Start a new model</h3>
          <form
            className="gallery__new"
            onSubmit={(e) => {
              e.preventDefault();
              create();
            }}
          >
            <label>
              <span>Name</span>
              <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
            </label>
            <button type="submit" className="primary" disabled={busy}>
              New model from the template
            </button>
          </form>
          <p className="muted">
            The template holds the Client / Provider / Customer roles and the Sales / Management / Operations areas; the
            method starts at step 1.
          </p>
        </section>
      ) : null}
      <RecentModels recent={recent} openId={openId} onOpen={(id, modelName) => void reopen(id, modelName)} />
    </Dialog>
  );
}
