import { describe, expect, it } from 'vitest';
import { fnv1a64, modelHash } from '../../../src/core/evaluation/model-hash.ts';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { model, session } from './support.ts';

describe('model hash', () => {
  it('is FNV-1a 64-bit over UTF-8 (published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    expect(fnv1a64('ü')).not.toBe(fnv1a64('u'));
  });

  const doc = model([{ id: 'p', type: 'delivery-process', name: 'Manage service' }]);

  it('ignores the stored evaluations and the save time, and survives an export/import round trip', () => {
    const hash = modelHash(doc);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(modelHash({ ...doc, evaluations: [session('s', ['client'], { 'C0.1': 2 })] })).toBe(hash);
    expect(modelHash({ ...doc, meta: { ...doc.meta, modified: '2026-05-05T10:00:00.000Z' } })).toBe(hash);
    const reread = importDocument(exportDocument(doc), crmBpoMetamodel);
    expect(reread.ok && modelHash(reread.document)).toBe(hash);
  });

  it('changes when the model content changes', () => {
    const renamed = { ...doc, elements: [{ ...doc.elements[0]!, name: 'Manage services' }] };
    expect(modelHash(renamed)).not.toBe(modelHash(doc));
  });
});
