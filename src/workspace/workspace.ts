import type { ImportResult } from '../core/io/json.ts';
import { importValue } from '../core/io/json.ts';
import { crmBpoMetamodel } from '../core/metamodel/crm-bpo.ts';
import type { Metamodel } from '../core/metamodel/metamodel.ts';
import { modelHash } from '../core/model/hash.ts';
import type { Problem } from '../core/model/problems.ts';
import type { RefDocument } from '../core/model/schema.ts';
import { WorkspaceError } from './errors.ts';
import { openDatabase, request, transact } from './idb.ts';
import {
  summarise,
  type ModelRecord,
  type ModelSummary,
  type SaveInput,
  type TrashRecord,
  type TrashSummary,
  type VersionRecord,
  type VersionSummary,
  type WorkspaceSettings,
} from './records.ts';
import { readWorkspaceFile, writeWorkspaceFile } from './workspace-file.ts';

const DB_VERSION = 1;
const MODELS = 'models';
const VERSIONS = 'versions';
const TRASH = 'trash';
const SETTINGS = 'settings';
/** Automatic versions kept per model; named versions are never pruned. */
export const KEEP_AUTOMATIC_VERSIONS = 30;

/** A stored model, read back through migration and validation; a damaged one comes back raw, for recovery. */
export type LoadedModel =
  | { ok: true; model: ModelRecord; migratedFrom: number | null }
  | { ok: false; id: string; name: string; errors: Problem[]; raw: unknown };

export type WorkspaceImport =
  { ok: true; models: { id: string; name: string; replaced: boolean }[] } | { ok: false; errors: Problem[] };

/** The models, versions, trash and settings of Refmod in this browser. Promises reject only with WorkspaceError. */
export interface Workspace {
  readonly dbName: string;
  listModels(): Promise<ModelSummary[]>;
  loadModel(id: string): Promise<LoadedModel | null>;
  saveModel(input: SaveInput): Promise<ModelRecord>;
  /** Moves a model and its versions to the trash. */
  deleteModel(id: string): Promise<void>;
  listTrash(): Promise<TrashSummary[]>;
  restoreFromTrash(id: string): Promise<ModelRecord>;
  purgeFromTrash(id: string): Promise<void>;
  listVersions(modelId: string): Promise<VersionSummary[]>;
  loadVersion(modelId: string, versionId: string): Promise<VersionRecord | null>;
  /** The version whose content hash is `hash` (e.g. the reference state a derived model stems from). */
  findVersionByHash(modelId: string, hash: string): Promise<VersionRecord | null>;
  /** Keeps the given document (default: the stored one) as a version. */
  createVersion(
    modelId: string,
    options: { name: string; automatic?: boolean; document?: RefDocument },
  ): Promise<VersionSummary>;
  /** Deletes one version for good (to free room; the person confirmed it). */
  deleteVersion(modelId: string, versionId: string): Promise<void>;
  /** Makes a version the current model; the state it replaces is kept as an automatic version first. */
  restoreVersion(modelId: string, versionId: string): Promise<ModelRecord>;
  exportWorkspace(): Promise<string>;
  /** Adds the models of a workspace file; a model with an existing id replaces it after keeping a version of it. */
  importWorkspace(text: string): Promise<WorkspaceImport>;
  getSetting<K extends keyof WorkspaceSettings>(key: K): Promise<WorkspaceSettings[K] | undefined>;
  setSetting<K extends keyof WorkspaceSettings>(key: K, value: WorkspaceSettings[K]): Promise<void>;
  close(): void;
}

export interface WorkspaceOptions {
  metamodel?: Metamodel;
  /** The clock, as an ISO timestamp; tests pass a fixed one. */
  now?: () => string;
  /** A version's content hash (core's modelHash); the page computes it in a worker, as it takes seconds on large models. */
  fingerprint?: (document: RefDocument) => Promise<string>;
}

/** Opens (creating on first use) the workspace database of this browser. */
export async function openWorkspace(dbName = 'refmod', options: WorkspaceOptions = {}): Promise<Workspace> {
  if (typeof indexedDB === 'undefined')
    throw new WorkspaceError(
      'unavailable',
      'This browser offers no storage for Refmod (IndexedDB is missing). Export your work to a file before closing the tab.',
    );
  const metamodel = options.metamodel ?? crmBpoMetamodel;
  const now = options.now ?? (() => new Date().toISOString());
  const fingerprint = options.fingerprint ?? ((document: RefDocument) => Promise.resolve(modelHash(document)));
  const db = await openDatabase(dbName, DB_VERSION, (database) => {
    database.createObjectStore(MODELS, { keyPath: 'id' });
    database.createObjectStore(VERSIONS, { keyPath: ['modelId', 'id'] }).createIndex('byModel', 'modelId');
    database.createObjectStore(TRASH, { keyPath: 'id' });
    database.createObjectStore(SETTINGS);
  });
  let counter = 0;
  const versionId = (at: string) =>
    `v${Date.parse(at).toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const read = <T>(stores: string[], work: (tx: IDBTransaction) => Promise<T>) =>
    transact(db, stores, 'readonly', work);
  const write = <T>(stores: string[], work: (tx: IDBTransaction) => Promise<T>) =>
    transact(db, stores, 'readwrite', work);
  const versionsOf = (tx: IDBTransaction, modelId: string) =>
    request(tx.objectStore(VERSIONS).index('byModel').getAll(modelId) as IDBRequest<VersionRecord[]>);

  const putVersion = async (tx: IDBTransaction, version: VersionRecord) => {
    const store = tx.objectStore(VERSIONS);
    await request(store.put(version));
    if (!version.automatic) return;
    const automatic = (await versionsOf(tx, version.modelId)).filter((v) => v.automatic).sort(newestFirst);
    for (const old of automatic.slice(KEEP_AUTOMATIC_VERSIONS)) await request(store.delete([old.modelId, old.id]));
  };
  const makeVersion = (
    modelId: string,
    name: string,
    automatic: boolean,
    document: RefDocument,
    hash = modelHash(document),
  ): VersionRecord => {
    const createdAt = now();
    return { modelId, id: versionId(createdAt), name, createdAt, automatic, hash, document };
  };
  const getModel = (tx: IDBTransaction, id: string) =>
    request(tx.objectStore(MODELS).get(id) as IDBRequest<ModelRecord | undefined>);

  return {
    dbName,
    listModels: () =>
      read([MODELS], async (tx) =>
        (await request(tx.objectStore(MODELS).getAll() as IDBRequest<ModelRecord[]>))
          .map(summarise)
          .sort(newestFirstBy('updatedAt')),
      ),

    loadModel: (id) =>
      read([MODELS], async (tx) => {
        const record = await getModel(tx, id);
        return record ? validate(record, metamodel) : null;
      }),

    saveModel: (input) =>
      write([MODELS], async (tx) => {
        const store = tx.objectStore(MODELS);
        // Read the stored places only when the caller leaves them out: a save on pagehide must need one round trip.
        const previous =
          input.currentStep === undefined || input.currentView === undefined
            ? await getModel(tx, input.document.meta.id)
            : undefined;
        const record: ModelRecord = {
          id: input.document.meta.id,
          name: input.document.meta.name,
          document: input.document,
          currentStep: input.currentStep !== undefined ? input.currentStep : (previous?.currentStep ?? null),
          currentView: input.currentView !== undefined ? input.currentView : (previous?.currentView ?? null),
          updatedAt: now(),
        };
        await request(store.put(record));
        return record;
      }),

    deleteModel: (id) =>
      write([MODELS, VERSIONS, TRASH], async (tx) => {
        const model = await getModel(tx, id);
        if (!model) throw new WorkspaceError('not-found', `There is no model "${id}" to delete.`);
        const versions = await versionsOf(tx, id);
        const entry: TrashRecord = { id, name: model.name, deletedAt: now(), model, versions };
        await request(tx.objectStore(TRASH).put(entry));
        for (const v of versions) await request(tx.objectStore(VERSIONS).delete([id, v.id]));
        await request(tx.objectStore(MODELS).delete(id));
      }),

    listTrash: () =>
      read([TRASH], async (tx) =>
        (await request(tx.objectStore(TRASH).getAll() as IDBRequest<TrashRecord[]>))
          .map((t) => ({ id: t.id, name: t.name, deletedAt: t.deletedAt, versions: t.versions.length }))
          .sort(newestFirstBy('deletedAt')),
      ),

    restoreFromTrash: (id) =>
      write([MODELS, VERSIONS, TRASH], async (tx) => {
        const entry = await request(tx.objectStore(TRASH).get(id) as IDBRequest<TrashRecord | undefined>);
        if (!entry) throw new WorkspaceError('not-found', `The trash holds no model "${id}".`);
        if (await getModel(tx, id))
          throw new WorkspaceError(
            'conflict',
            `A model with the id "${id}" exists again; rename or delete it before restoring "${entry.name}".`,
          );
        await request(tx.objectStore(MODELS).put(entry.model));
        for (const v of entry.versions) await request(tx.objectStore(VERSIONS).put(v));
        await request(tx.objectStore(TRASH).delete(id));
        return entry.model;
      }),

    purgeFromTrash: (id) => write([TRASH], async (tx) => void (await request(tx.objectStore(TRASH).delete(id)))),

    listVersions: (modelId) =>
      read([VERSIONS], async (tx) => (await versionsOf(tx, modelId)).sort(newestFirst).map(withoutDocument)),

    loadVersion: (modelId, id) =>
      read(
        [VERSIONS],
        async (tx) =>
          (await request(tx.objectStore(VERSIONS).get([modelId, id]) as IDBRequest<VersionRecord | undefined>)) ?? null,
      ),

    findVersionByHash: (modelId, hash) =>
      read(
        [VERSIONS],
        async (tx) => (await versionsOf(tx, modelId)).sort(newestFirst).find((v) => v.hash === hash) ?? null,
      ),

    async createVersion(modelId, options) {
      const document = options.document ?? (await read([MODELS], (tx) => getModel(tx, modelId)))?.document;
      if (!document) throw new WorkspaceError('not-found', `There is no model "${modelId}" to keep a version of.`);
      // Hashed before the transaction: an IndexedDB transaction closes while its caller awaits anything else.
      const hash = await fingerprint(document);
      return write([VERSIONS], async (tx) => {
        const version = makeVersion(modelId, options.name, options.automatic ?? false, document, hash);
        await putVersion(tx, version);
        return withoutDocument(version);
      });
    },

    deleteVersion: (modelId, id) =>
      write([VERSIONS], async (tx) => void (await request(tx.objectStore(VERSIONS).delete([modelId, id])))),

    restoreVersion: (modelId, id) =>
      write([MODELS, VERSIONS], async (tx) => {
        const version = await request(
          tx.objectStore(VERSIONS).get([modelId, id]) as IDBRequest<VersionRecord | undefined>,
        );
        const current = await getModel(tx, modelId);
        if (!version || !current)
          throw new WorkspaceError('not-found', `The version "${id}" of "${modelId}" no longer exists.`);
        await putVersion(tx, makeVersion(modelId, `Before restoring "${version.name}"`, true, current.document));
        const restored: ModelRecord = {
          ...current,
          document: { ...version.document, meta: { ...version.document.meta, id: modelId } },
          updatedAt: now(),
        };
        await request(tx.objectStore(MODELS).put(restored));
        return restored;
      }),

    exportWorkspace: () =>
      read([MODELS, VERSIONS], async (tx) => {
        const models = (await request(tx.objectStore(MODELS).getAll() as IDBRequest<ModelRecord[]>)).sort((a, b) =>
          a.id.localeCompare(b.id),
        );
        const entries = [];
        for (const model of models)
          entries.push({
            model,
            versions: (await versionsOf(tx, model.id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
          });
        return writeWorkspaceFile(entries, now());
      }),

    async importWorkspace(text) {
      const file = readWorkspaceFile(text, metamodel);
      if (!file.ok) return file;
      return write([MODELS, VERSIONS], async (tx) => {
        const imported = [];
        for (const { model, versions } of file.entries) {
          const existing = await getModel(tx, model.id);
          if (existing) await putVersion(tx, makeVersion(model.id, 'Before workspace import', true, existing.document));
          await request(tx.objectStore(MODELS).put(model));
          for (const v of versions) await request(tx.objectStore(VERSIONS).put(v));
          imported.push({ id: model.id, name: model.name, replaced: existing !== undefined });
        }
        return { ok: true as const, models: imported };
      });
    },

    getSetting: <K extends keyof WorkspaceSettings>(key: K) =>
      read([SETTINGS], (tx) =>
        request(tx.objectStore(SETTINGS).get(key) as IDBRequest<WorkspaceSettings[K] | undefined>),
      ),
    setSetting: (key, value) =>
      write([SETTINGS], async (tx) => void (await request(tx.objectStore(SETTINGS).put(value, key)))),
    close: () => db.close(),
  };
}

function validate(record: ModelRecord, metamodel: Metamodel): LoadedModel {
  const result: ImportResult = importValue(record.document, metamodel);
  if (!result.ok) return { ok: false, id: record.id, name: record.name, errors: result.errors, raw: record.document };
  return { ok: true, model: { ...record, document: result.document }, migratedFrom: result.migratedFrom };
}

function withoutDocument({ document: _document, ...summary }: VersionRecord): VersionSummary {
  return summary;
}

function newestFirst(a: { createdAt: string }, b: { createdAt: string }): number {
  return b.createdAt.localeCompare(a.createdAt);
}

function newestFirstBy<K extends string>(key: K) {
  return (a: Record<K, string>, b: Record<K, string>) => b[key].localeCompare(a[key]);
}
