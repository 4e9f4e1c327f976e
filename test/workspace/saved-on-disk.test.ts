import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { produce } from 'immer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSaver } from '../../src/ui/workspace/open-model.ts';
import { sessionState } from '../../src/ui/workspace/session-state.ts';
import { createAutosaver } from '../../src/workspace/autosave.ts';
import { openWorkspace, type Workspace } from '../../src/workspace/workspace.ts';
import { smallModel } from '../core/diff/fixtures.ts';

const base = smallModel();
const edited = (text: string) => ({ document: produce(base, (d) => void (d.meta.description = text)) });
const storedDescription = async (ws: Workspace) => {
  const loaded = await ws.loadModel(base.meta.id);
  return loaded?.ok ? loaded.model.document.meta.description : null;
};

describe('"Saved" means committed to IndexedDB (fake-indexeddb in Node)', () => {
  let ws: Workspace;
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory(); // a fresh, empty browser per test
    ws = await openWorkspace('refmod-test');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    ws.close();
  });

  it('turns to Saved only after the write transaction has committed, and asks for strict durability', async () => {
    const events: string[] = [];
    const { transaction } = Object.getOwnPropertyDescriptors(IDBDatabase.prototype);
    const open = transaction.value!;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      stores,
      mode,
      options,
    ) {
      const tx = open.call(this, stores, mode, options);
      if (mode === 'readwrite') {
        events.push(`begin ${options?.durability ?? 'default'}`);
        tx.addEventListener('complete', () => events.push('committed'));
      }
      return tx;
    });
    const saver = createAutosaver(ws, { page: null, versionEveryMs: 0 });
    saver.subscribe((status) => events.push(status.state));
    saver.schedule(edited('first edit'));
    await saver.flush();
    expect(events).toEqual(['saving', 'begin strict', 'committed', 'saved']);
    const reopened = await openWorkspace('refmod-test');
    expect(await storedDescription(reopened)).toBe('first edit');
    reopened.close();
  });

  it('says "Not saved" with the banner\'s reason when a write fails, keeps what was saved, and saves on retry', async () => {
    const saver = startSaver(ws);
    saver.schedule(edited('kept'));
    await saver.flush();
    expect(sessionState.getState()).toMatchObject({ save: 'saved', problem: null });

    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    });
    saver.schedule(edited('lost?'));
    await saver.flush();
    expect(saver.status.state).toBe('error');
    expect(sessionState.getState()).toMatchObject({ save: 'not-saved', problem: { kind: 'quota' } });
    expect(await storedDescription(ws)).toBe('kept');

    put.mockRestore();
    await saver.flush(); // "Try again": the change that failed is still pending
    expect(sessionState.getState()).toMatchObject({ save: 'saved', problem: null });
    expect(await storedDescription(ws)).toBe('lost?');
    saver.dispose();
  });
});
