import { describe, expect, it } from 'vitest';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import { changed, cleanModel, metamodel } from './fixtures.ts';

describe('validation settings in the file format', () => {
  it('default to the default profile with nothing overridden, so files without them still open', () => {
    const { validation: _, ...old } = JSON.parse(exportDocument(cleanModel())) as Record<string, unknown>;
    const result = importDocument(JSON.stringify(old), metamodel);
    expect(result.ok && result.document.validation).toEqual({
      profile: 'default',
      overrides: {},
      suppressions: [],
      rules: [],
    });
  });

  it('survive export and import, with overrides written in sorted order', () => {
    const doc = changed((d) => {
      d.validation.overrides = { 'naming.rule': 'error', 'element.isolated': 'off' };
      d.validation.suppressions = [{ rule: 'lane.empty', target: 'sales', reason: 'Filled in step 3.' }];
      d.validation.rules = [
        {
          id: 'short',
          title: 'Short names',
          severity: 'info',
          hint: '',
          appliesTo: 'inquiry',
          kind: 'naming',
          pattern: '^.{1,20}$',
        },
      ];
    });
    const text = exportDocument(doc);
    expect(text.indexOf('"element.isolated"')).toBeLessThan(text.indexOf('"naming.rule"'));
    const again = importDocument(text, metamodel);
    expect(again.ok && again.document.validation).toEqual(doc.validation);
  });

  it('refuse a suppression without a reason', () => {
    const doc = JSON.parse(exportDocument(cleanModel())) as { validation: { suppressions: unknown[] } };
    doc.validation.suppressions = [{ rule: 'lane.empty', target: 'sales', reason: '  ' }];
    expect(importDocument(JSON.stringify(doc), metamodel)).toMatchObject({
      ok: false,
      stage: 'schema',
      errors: [{ path: 'validation.suppressions[0].reason' }],
    });
  });
});
