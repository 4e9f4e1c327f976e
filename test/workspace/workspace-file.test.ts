import { describe, expect, it } from 'vitest';
import { deriveModel } from '../../src/core/derive/derive.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { modelHash } from '../../src/core/model/hash.ts';
import type { ModelRecord, VersionRecord } from '../../src/workspace/records.ts';
import { readWorkspaceFile, writeWorkspaceFile } from '../../src/workspace/workspace-file.ts';
import { toWorkspaceError } from '../../src/workspace/errors.ts';
import { smallModel } from '../core/diff/fixtures.ts';

const reference = smallModel();
const derived = deriveModel(reference, { id: 'acme', name: 'ACME CRM', at: '2026-03-01T00:00:00.000Z' });
const record = (document: typeof reference): ModelRecord => ({
  id: document.meta.id,
  name: document.meta.name,
  document,
  currentStep: 'macro-structure',
  currentView: 'full',
  updatedAt: '2026-03-02T00:00:00.000Z',
});
const version: VersionRecord = {
  modelId: 'small',
  id: 'v1',
  name: 'Before the workshop',
  createdAt: '2026-03-01T12:00:00.000Z',
  automatic: false,
  hash: modelHash(reference),
  document: reference,
};
const file = writeWorkspaceFile(
  [
    { model: record(reference), versions: [version] },
    { model: record(derived), versions: [] },
  ],
  '2026-03-03T00:00:00.000Z',
);

describe('workspace file', () => {
  it('reads back every model with its place and versions', () => {
    const result = readWorkspaceFile(file, crmBpoMetamodel);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.entries.map((e) => [e.model.id, e.model.name, e.model.currentStep, e.versions.length])).toEqual([
      ['small', 'Small CRM model', 'macro-structure', 1],
      ['acme', 'ACME CRM', 'macro-structure', 0],
    ]);
    expect(result.entries[0]!.versions[0]).toEqual(version);
    expect(result.entries[1]!.model.document).toEqual(derived);
  });

  it('rejects the whole file and names the path when one model is broken', () => {
    const broken = JSON.parse(file) as {
      models: { document: { elements: { name: string }[]; relations: { target: string }[] } }[];
    };
    broken.models[1]!.document.elements[2]!.name = '';
    broken.models[1]!.document.relations[0]!.target = 'nowhere';
    const result = readWorkspaceFile(JSON.stringify(broken), crmBpoMetamodel);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['models[1].document.elements[2].name']);
  });

  it('checks references once the shape is right', () => {
    const broken = JSON.parse(file) as { models: { versions: { document: { relations: { target: string }[] } }[] }[] };
    broken.models[0]!.versions[0]!.document.relations[0]!.target = 'nowhere';
    const result = readWorkspaceFile(JSON.stringify(broken), crmBpoMetamodel);
    expect(!result.ok && result.errors).toEqual([
      {
        path: 'models[0].versions[0].document.relations[0].target',
        message: 'Relation "r1" points to the element "nowhere", which does not exist.',
      },
    ]);
  });

  it('refuses two models with one id, a model file, and damaged JSON', () => {
    const twice = writeWorkspaceFile(
      [
        { model: record(reference), versions: [] },
        { model: record(reference), versions: [] },
      ],
      '2026-03-03T00:00:00.000Z',
    );
    expect(readWorkspaceFile(twice, crmBpoMetamodel)).toEqual({
      ok: false,
      errors: [{ path: 'models[1].document.meta.id', message: 'Two models in the file share the id "small".' }],
    });
    expect(readWorkspaceFile(JSON.stringify(reference), crmBpoMetamodel)).toEqual({
      ok: false,
      errors: [
        { path: 'format', message: 'This is not a Refmod workspace file (to open a single model, use Open model).' },
      ],
    });
    expect(readWorkspaceFile(file.slice(0, 200), crmBpoMetamodel).ok).toBe(false);
  });
});

describe('toWorkspaceError', () => {
  it('tells a full disk from unavailable storage and other failures', () => {
    expect(toWorkspaceError(new DOMException('x', 'QuotaExceededError')).kind).toBe('quota');
    expect(toWorkspaceError(new DOMException('x', 'SecurityError')).kind).toBe('unavailable');
    expect(toWorkspaceError(new DOMException('disk I/O', 'UnknownError'))).toMatchObject({
      kind: 'failed',
      message: 'The browser could not store the change (disk I/O).',
    });
  });
});
