import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { produce } from 'immer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_AUTOMATIC_VERSIONS, openWorkspace, type Workspace } from '../../src/workspace/workspace.ts';
import { modelHash } from '../../src/core/model/hash.ts';
import { smallModel } from '../core/diff/fixtures.ts';

const base = smallModel();
const renamed = (name: string) => produce(base, (d) => void (d.meta.name = name));
let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();

describe('the browser workspace (IndexedDB, fake-indexeddb in Node)', () => {
  let ws: Workspace;
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory(); // a fresh, empty browser per test
    ws = await openWorkspace('refmod-test', { now });
  });
  afterEach(() => ws.close());

  it('saves a model, lists it with its size, and loads the same document back', async () => {
    await ws.saveModel({ document: base, currentStep: 'step-2', currentView: base.views[0]!.id });
    const [summary] = await ws.listModels();
    expect(summary).toMatchObject({ id: base.meta.id, name: base.meta.name, elements: base.elements.length });
    const loaded = await ws.loadModel(base.meta.id);
    expect(loaded?.ok).toBe(true);
    if (loaded?.ok) {
      expect(loaded.model.document).toEqual(base);
      expect(loaded.model.currentStep).toBe('step-2');
    }
    expect(await ws.loadModel('no-such-model')).toBeNull();
  });

  it('keeps the places a later save leaves out (step and view)', async () => {
    await ws.saveModel({ document: base, currentStep: 'step-3', currentView: 'v1' });
    await ws.saveModel({ document: renamed('Renamed') });
    const loaded = await ws.loadModel(base.meta.id);
    expect(loaded?.ok && [loaded.model.document.meta.name, loaded.model.currentStep, loaded.model.currentView]).toEqual(
      ['Renamed', 'step-3', 'v1'],
    );
  });

  it('moves a deleted model and its versions to the trash, restores it whole, and purges it for good', async () => {
    await ws.saveModel({ document: base });
    await ws.createVersion(base.meta.id, { name: 'Before the workshop' });
    await ws.deleteModel(base.meta.id);
    expect(await ws.listModels()).toEqual([]);
    expect((await ws.listTrash()).map((t) => t.id)).toEqual([base.meta.id]);
    await ws.restoreFromTrash(base.meta.id);
    expect((await ws.listModels()).map((m) => m.id)).toEqual([base.meta.id]);
    expect((await ws.listVersions(base.meta.id)).map((v) => v.name)).toEqual(['Before the workshop']);
    await ws.deleteModel(base.meta.id);
    await ws.purgeFromTrash(base.meta.id);
    expect(await ws.listTrash()).toEqual([]);
  });

  it('hashes a version with the fingerprint it was given (the page passes a worker), the same as core computes', async () => {
    const asked: string[] = [];
    const hashing = await openWorkspace('refmod-fingerprint', {
      now,
      fingerprint: (document) => {
        asked.push(document.meta.name);
        return Promise.resolve(modelHash(document));
      },
    });
    try {
      await hashing.saveModel({ document: base });
      await hashing.createVersion(base.meta.id, { name: 'Stored' });
      await hashing.createVersion(base.meta.id, { name: 'Given', document: renamed('Given') });
      expect(asked).toEqual([base.meta.name, 'Given']);
      expect((await hashing.findVersionByHash(base.meta.id, modelHash(renamed('Given'))))?.name).toBe('Given');
    } finally {
      hashing.close();
    }
  });

  it('restores a version as the current model after keeping the state it replaces', async () => {
    await ws.saveModel({ document: base });
    const kept = await ws.createVersion(base.meta.id, { name: 'Original' });
    await ws.saveModel({ document: renamed('Changed') });
    await ws.restoreVersion(base.meta.id, kept.id);
    const loaded = await ws.loadModel(base.meta.id);
    expect(loaded?.ok && loaded.model.document.meta.name).toBe(base.meta.name);
    const versions = await ws.listVersions(base.meta.id);
    expect(versions.some((v) => v.automatic)).toBe(true);
    const replaced = versions.find((v) => v.automatic)!;
    expect((await ws.loadVersion(base.meta.id, replaced.id))?.document.meta.name).toBe('Changed');
  });

  it(`keeps only the newest ${KEEP_AUTOMATIC_VERSIONS} automatic versions, and every named one`, async () => {
    await ws.saveModel({ document: base });
    await ws.createVersion(base.meta.id, { name: 'Named' });
    for (let i = 0; i < KEEP_AUTOMATIC_VERSIONS + 3; i++)
      await ws.createVersion(base.meta.id, { name: `Auto ${i}`, automatic: true, document: renamed(`v${i}`) });
    const versions = await ws.listVersions(base.meta.id);
    expect(versions.filter((v) => v.automatic)).toHaveLength(KEEP_AUTOMATIC_VERSIONS);
    expect(versions.filter((v) => !v.automatic).map((v) => v.name)).toEqual(['Named']);
    expect(versions.map((v) => v.name)).not.toContain('Auto 0');
  });

  it('exports every model with its versions, and imports the file into an empty browser', async () => {
    await ws.saveModel({ document: base });
    await ws.createVersion(base.meta.id, { name: 'Kept' });
    const file = await ws.exportWorkspace();
    ws.close();
    globalThis.indexedDB = new IDBFactory();
    ws = await openWorkspace('refmod-test', { now });
    const result = await ws.importWorkspace(file);
    expect(result.ok).toBe(true);
    expect((await ws.listModels()).map((m) => m.id)).toEqual([base.meta.id]);
    expect((await ws.listVersions(base.meta.id)).map((v) => v.name)).toEqual(['Kept']);
  });

  it('refuses a broken workspace file and changes nothing', async () => {
    await ws.saveModel({ document: base });
    const result = await ws.importWorkspace('{"format": "not a workspace"');
    expect(result.ok).toBe(false);
    expect((await ws.listModels()).map((m) => m.id)).toEqual([base.meta.id]);
  });

  it('remembers settings across openings of the database', async () => {
    await ws.setSetting('lastOpenedModel', base.meta.id);
    ws.close();
    ws = await openWorkspace('refmod-test', { now });
    expect(await ws.getSetting('lastOpenedModel')).toBe(base.meta.id);
  });
});
