import { describe, expect, it } from 'vitest';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../../support/models.ts';

const doc = shippedModel();
const text = exportDocument(doc);
const mutate = (fn: (d: Record<string, any>) => void) => {
  const copy = JSON.parse(text) as Record<string, any>;
  fn(copy);
  return importDocument(JSON.stringify(copy), crmBpoMetamodel);
};

describe('JSON export', () => {
  it('is canonical: a round trip gives identical text', () => {
    const again = importDocument(text, crmBpoMetamodel);
    expect(again.ok).toBe(true);
    if (again.ok) expect(exportDocument(again.document)).toBe(text);
  });

  it('writes keys in a stable order whatever order the file had', () => {
    const shuffled = JSON.parse(text) as Record<string, any>;
    shuffled.elements[0] = Object.fromEntries(Object.entries(shuffled.elements[0]).reverse());
    const reordered = importDocument(
      JSON.stringify(Object.fromEntries(Object.entries(shuffled).reverse())),
      crmBpoMetamodel,
    );
    expect(reordered.ok && exportDocument(reordered.document)).toBe(text);
  });

  it('starts with the format version and ends with a newline', () => {
    expect(text.startsWith('{\n  "formatVersion": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('JSON import errors', () => {
  it('names the missing element of a dangling relation', () => {
    const result = mutate((d) => (d.relations[0].target = 'no-such-element'));
    expect(result).toMatchObject({ ok: false, stage: 'integrity' });
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        path: 'relations[0].target',
        message: expect.stringContaining('"no-such-element", which does not exist'),
        text: { id: 'integrity.missing-end', params: expect.objectContaining({ element: 'no-such-element' }) },
      });
  });

  it.each([
    ['duplicate element ids', (d: any) => (d.elements[1].id = d.elements[0].id), /share the id/],
    ['an unknown element type', (d: any) => (d.elements[0].type = 'spaceship'), /does not define/],
    ['an unknown area', (d: any) => (d.elements[0].area = 'marketing'), /area "marketing"/],
    ['an unknown role', (d: any) => (d.elements[0].role = 'partner'), /role "partner"/],
    ['an unknown relation type', (d: any) => (d.relations[0].type = 'loves'), /type "loves"/],
    [
      'a view showing a missing element',
      (d: any) => d.views.find((v: any) => Array.isArray(v.elements)).elements.push('ghost'),
      /"ghost", which does not exist/,
    ],
  ])('rejects %s with a sentence and a path', (_name, change, message) => {
    const result = mutate(change);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('reports schema problems with their JSON path', () => {
    const result = mutate((d) => {
      d.elements[2].name = '';
      delete d.meta.created;
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.stage).toBe('schema');
      expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['elements[2].name', 'meta.created']));
      expect(result.errors.find((e) => e.path === 'meta.created')?.message).toMatch(/missing/);
    }
  });

  it('refuses keys it does not know rather than dropping them silently', () => {
    const result = mutate((d) => (d.elements[0].colour = 'red'));
    expect(!result.ok && result.errors[0]?.message).toMatch(/does not know the key "colour"/);
  });

  it.each([
    ['a truncated file', text.slice(0, text.length / 2), /not valid JSON .*line \d+, column \d+/],
    ['an empty file', '   ', /empty/],
    ['a JSON array', '[]', /JSON object/],
    ['a file without format version', '{"meta":{}}', /no valid "formatVersion"/],
    ['a file from a newer Refmod', '{"formatVersion": 99}', /newer Refmod \(format 99\)/],
    ['a __proto__ key', '{"formatVersion":1,"meta":{"__proto__":{"polluted":true}}}', /"__proto__" is not allowed/],
    ['a constructor key', '{"formatVersion":1,"constructor":{}}', /"constructor" is not allowed/],
    ['absurd nesting', '['.repeat(5000) + ']'.repeat(5000), /nested deeper than 64/],
    ['a file over 20 MB', ' '.repeat(20 * 1024 * 1024 + 1), /20 MB/],
  ])('turns %s into a clear error', (_name, input, message) => {
    const result = importDocument(input, crmBpoMetamodel);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
