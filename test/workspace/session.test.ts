import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { produce } from 'immer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { edit } from '../../src/core/commands/history.ts';
import type { RefDocument } from '../../src/core/model/schema.ts';
import type { Workbench } from '../../src/store/workbench.ts';
import { createSession, type Session, type SessionPorts } from '../../src/ui/workspace/create-session.ts';
import { WorkspaceError } from '../../src/workspace/errors.ts';
import { openWorkspace, type Workspace } from '../../src/workspace/workspace.ts';
import { smallModel } from '../core/diff/fixtures.ts';
import { FakeBus, FakeLocks } from './fake-locks.ts';

const shipped = smallModel();
const DB = 'refmod-session-test';

/** One browser: its IndexedDB, Web Locks and tab channels; each tab() is a page with a session of its own. */
function browser() {
  globalThis.indexedDB = new IDBFactory();
  const locks = new FakeLocks() as unknown as LockManager;
  const bus = new FakeBus();
  const downloads: { name: string; text: string }[] = [];
  const opened: Workspace[] = [];
  const ports = (overrides: Partial<SessionPorts> = {}): SessionPorts => ({
    openWorkspace: async () => {
      const ws = await openWorkspace(DB);
      opened.push(ws);
      return ws;
    },
    openingDocument: () => Promise.resolve({ ok: true, document: shipped, migratedFrom: null }),
    download: (name, text) => downloads.push({ name, text }),
    page: null,
    locks,
    channel: () => bus.channel(),
    autosave: { page: null, versionEveryMs: 0 },
    ...overrides,
  });
  const tab = async (overrides: Partial<SessionPorts> = {}) => {
    const session = createSession(ports(overrides));
    const boot = await session.start();
    if (!boot.ok) throw new Error('the session did not start');
    return { session, wb: boot.workbench };
  };
  return { tab, downloads, close: () => opened.forEach((ws) => ws.close()) };
}

const rename = (wb: Workbench, name: string) =>
  wb.perform(edit({ id: 'room.change' }, (d) => void (d.meta.name = name)));
const stored = async (session: Session, id: string) => {
  const loaded = await session.workspace()!.loadModel(id);
  return loaded?.ok ? loaded.model : null;
};
/** Resolves once the session's state matches. */
const until = (session: Session, match: (s: ReturnType<Session['state']['getState']>) => boolean) =>
  new Promise<void>((resolve) => {
    if (match(session.state.getState())) return resolve();
    const stop = session.state.subscribe(() => {
      if (!match(session.state.getState())) return;
      stop();
      resolve();
    });
  });

describe('the browser session, with storage and locks injected (fake-indexeddb and fake Web Locks in Node)', () => {
  let b: ReturnType<typeof browser>;
  beforeEach(() => void (b = browser()));
  afterEach(() => b.close());

  it('on a first visit opens the shipped model, stores it, and saves every edit', async () => {
    const { session, wb } = await b.tab();
    expect(wb.store.getState()).toMatchObject({ firstVisit: true, readOnly: false });
    expect(session.state.getState()).toMatchObject({ modelId: shipped.meta.id, lock: null, problem: null });
    rename(wb, 'Renamed in the workshop');
    expect(await session.settle()).toBe(true);
    expect((await stored(session, shipped.meta.id))?.document.meta.name).toBe('Renamed in the workshop');
    expect(session.state.getState().save).toBe('saved');
  });

  it('opens the last model with its last view on the next visit', async () => {
    const first = await b.tab();
    const otherView = shipped.views[1]!.id;
    first.wb.setView(otherView);
    rename(first.wb, 'Kept across visits');
    await first.session.settle();
    b.close();
    const { wb } = await b.tab({ locks: new FakeLocks() as unknown as LockManager });
    expect(wb.store.getState()).toMatchObject({ firstVisit: false, viewId: otherView });
    expect(wb.store.getState().history.document.meta.name).toBe('Kept across visits');
  });

  it('opens a model another tab edits read-only; taking over makes the other tab read-only', async () => {
    const first = await b.tab();
    const second = await b.tab();
    expect(second.wb.store.getState().readOnly).toBe(true);
    expect(second.session.state.getState().lock).toMatchObject({ reason: 'open-elsewhere' });
    rename(second.wb, 'Not taken');
    expect(second.wb.store.getState().history.document.meta.name).toBe(shipped.meta.name);

    rename(first.wb, 'Saved by the first tab');
    await second.session.takeOverEditing();
    await until(first.session, (s) => s.lock?.reason === 'taken-over');
    expect(first.wb.store.getState().readOnly).toBe(true);
    expect(second.wb.store.getState()).toMatchObject({ readOnly: false });
    // The first tab saved before it handed over, and the second shows that state.
    expect(second.wb.store.getState().history.document.meta.name).toBe('Saved by the first tab');
    expect(second.session.state.getState().lock).toBeNull();
  });

  it('lists a model made a moment ago, without waiting for its save first', async () => {
    const { session } = await b.tab();
    const id = await session.createFrom(shipped, { name: 'Made just now' });
    expect((await session.listRecent()).map((m) => m.name)).toContain('Made just now');
    expect((await session.listRecent()).map((m) => m.id)).toContain(id);
  });

  it('stores a new model under a fresh id, switches between models, and deletes one with an undo', async () => {
    const { session, wb } = await b.tab();
    const id = await session.createFrom(shipped, { name: 'A second model' });
    expect(id).not.toBe(shipped.meta.id);
    expect(wb.store.getState().history.document.meta).toMatchObject({ id, name: 'A second model' });
    await session.settle();
    expect((await session.listRecent()).map((m) => m.id).sort()).toEqual([id, shipped.meta.id].sort());

    expect(await session.openStored(shipped.meta.id)).toBe(true);
    expect(session.state.getState().modelId).toBe(shipped.meta.id);
    expect(await session.deleteStored(shipped.meta.id)).toBe(true);
    // The open model went to the trash, so the other one is open now.
    expect(wb.store.getState().history.document.meta.id).toBe(id);
    expect((await session.listRecent()).map((m) => m.id)).toEqual([id]);
    const undo = wb.store.getState().notices.at(-1)!;
    expect(undo.message).toContain('to the trash');
    expect(await session.restoreDeleted(shipped.meta.id)).toBe(true);
    expect((await session.listRecent()).map((m) => m.id).sort()).toEqual([id, shipped.meta.id].sort());
  });

  it('stores a document a feature opens; another copy of the open model replaces it and keeps a version', async () => {
    const { session, wb } = await b.tab();
    await session.settle();
    const copy = produce(shipped, (d) => void (d.meta.description = 'From a file'));
    wb.open(copy);
    await until(session, (s) => s.revision > 0);
    await session.settle();
    expect((await stored(session, shipped.meta.id))?.document.meta.description).toBe('From a file');
    const versions = await session.workspace()!.listVersions(shipped.meta.id);
    expect(versions.map((v) => v.name)).toContain('Before opening another copy over it');
  });

  it('without storage opens the shipped model unsaved, and asks before replacing changes it cannot keep', async () => {
    const { session, wb } = await b.tab({
      openWorkspace: () => Promise.reject(new WorkspaceError('unavailable', 'storage is switched off')),
    });
    expect(session.workspace()).toBeNull();
    expect(session.state.getState()).toMatchObject({
      save: 'not-saved',
      problem: { kind: 'unavailable', message: 'storage is switched off' },
    });
    expect(await session.settle({ askWithoutStorage: true })).toBe(true); // nothing changed yet
    rename(wb, 'Changed without storage');
    const asked = session.settle({ askWithoutStorage: true });
    await until(session, (s) => s.leaving !== null);
    expect(session.state.getState().leaving?.model).toBe('Changed without storage');
    session.state.getState().leaving!.answer(true);
    expect(await asked).toBe(true);
    expect(b.downloads).toHaveLength(1);
    expect((JSON.parse(b.downloads[0]!.text) as RefDocument).meta.name).toBe('Changed without storage');
  });

  it('keeps a damaged stored model untouched and says so, opening the shipped model under a new id', async () => {
    const ws = await openWorkspace(DB);
    await ws.saveModel({ document: shipped });
    // A record whose document no longer reads as a model (e.g. written by a broken extension).
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(DB);
      req.onsuccess = () => resolve(req.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('models', 'readwrite');
      const models = tx.objectStore('models');
      models.get(shipped.meta.id).onsuccess = (event) => {
        const record = (event.target as IDBRequest<{ document: RefDocument }>).result;
        models.put({ ...record, document: { ...record.document, elements: 'broken' } });
      };
      tx.oncomplete = () => resolve();
    });
    db.close();
    ws.close();
    const { session, wb } = await b.tab();
    expect(
      wb.store
        .getState()
        .notices.map((n) => n.message)
        .join(' '),
    ).toContain('could not be read');
    expect(wb.store.getState().history.document.meta.id).not.toBe(shipped.meta.id);
    expect((await session.workspace()!.loadModel(shipped.meta.id))?.ok).toBe(false);
  });
});
