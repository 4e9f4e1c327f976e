import * as z from 'zod';
import { importValue } from '../core/io/json.ts';
import { parseUntrustedJson } from '../core/io/safe-json.ts';
import type { Metamodel } from '../core/metamodel/metamodel.ts';
import { modelHash } from '../core/model/hash.ts';
import { Timestamp } from '../core/model/primitives.ts';
import type { Problem } from '../core/model/problems.ts';
import type { ModelRecord, VersionRecord } from './records.ts';

export const WORKSPACE_FORMAT = 'refmod-workspace';

const FileVersion = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().max(200),
  createdAt: Timestamp,
  automatic: z.boolean().default(false),
  document: z.unknown(),
});

const FileModel = z.strictObject({
  currentStep: z.string().max(200).nullable().default(null),
  currentView: z.string().max(200).nullable().default(null),
  updatedAt: Timestamp,
  document: z.unknown(),
  versions: z.array(FileVersion).default([]),
});

/** One JSON file holding every model of a workspace with its versions (the trash and settings stay in the browser). */
export const WorkspaceFile = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: Timestamp,
  models: z.array(FileModel),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;

export interface WorkspaceEntry {
  readonly model: ModelRecord;
  readonly versions: readonly VersionRecord[];
}

/** Writes models and their versions as a workspace file. Documents go out as stored; reading migrates them. */
export function writeWorkspaceFile(entries: readonly WorkspaceEntry[], exportedAt: string): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    formatVersion: 1,
    exportedAt,
    models: entries.map(({ model, versions }) => ({
      currentStep: model.currentStep,
      currentView: model.currentView,
      updatedAt: model.updatedAt,
      document: model.document,
      versions: versions.map((v) => ({
        id: v.id,
        name: v.name,
        createdAt: v.createdAt,
        automatic: v.automatic,
        document: v.document,
      })),
    })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Reads a workspace file: its shape, then every model and version document as a model file is read
 * (migration, schema, integrity). All or nothing: any problem rejects the whole file, with its path.
 */
export function readWorkspaceFile(
  text: string,
  metamodel: Metamodel,
): { ok: true; entries: WorkspaceEntry[] } | { ok: false; errors: Problem[] } {
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return parsed;
  const shape = WorkspaceFile.safeParse(parsed.value);
  if (!shape.success) {
    const isWorkspace =
      typeof parsed.value === 'object' &&
      parsed.value !== null &&
      (parsed.value as { format?: unknown }).format === WORKSPACE_FORMAT;
    if (!isWorkspace)
      return {
        ok: false,
        errors: [
          { path: 'format', message: 'This is not a Refmod workspace file (to open a single model, use Open model).' },
        ],
      };
    return {
      ok: false,
      errors: shape.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || '(file)',
        message: issue.message,
      })),
    };
  }
  const errors: Problem[] = [];
  const entries: WorkspaceEntry[] = [];
  const seen = new Set<string>();
  shape.data.models.forEach((m, i) => {
    const document = readDocument(m.document, `models[${i}].document`, metamodel, errors);
    if (!document) return;
    if (seen.has(document.meta.id))
      errors.push({
        path: `models[${i}].document.meta.id`,
        message: `Two models in the file share the id "${document.meta.id}".`,
      });
    seen.add(document.meta.id);
    const model: ModelRecord = {
      id: document.meta.id,
      name: document.meta.name,
      document,
      currentStep: m.currentStep,
      currentView: m.currentView,
      updatedAt: m.updatedAt,
    };
    const versions: VersionRecord[] = [];
    m.versions.forEach((v, j) => {
      const versionDoc = readDocument(v.document, `models[${i}].versions[${j}].document`, metamodel, errors);
      // A version always belongs to its model, whatever id its document carried then.
      if (versionDoc)
        versions.push({
          modelId: model.id,
          id: v.id,
          name: v.name,
          createdAt: v.createdAt,
          automatic: v.automatic,
          hash: modelHash(versionDoc),
          document: { ...versionDoc, meta: { ...versionDoc.meta, id: model.id } },
        });
    });
    entries.push({ model, versions });
  });
  return errors.length ? { ok: false, errors } : { ok: true, entries };
}

function readDocument(value: unknown, at: string, metamodel: Metamodel, errors: Problem[]) {
  const result = importValue(value, metamodel);
  if (result.ok) return result.document;
  for (const e of result.errors)
    errors.push({ path: e.path === '(document)' ? at : `${at}.${e.path}`, message: e.message });
  return null;
}
