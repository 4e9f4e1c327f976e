import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/core/io/json.ts';
import { readShippedDocument } from '../../../src/core/io/shipped.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';

const text = readFileSync(new URL('../../../models/reference/crm-bpo.json', import.meta.url), 'utf8');

describe('the shipped model, read without a schema pass', () => {
  it('is exactly what the schema makes of it, in the current format, so the pass it skips would change nothing', () => {
    const checked = importDocument(text, crmBpoMetamodel);
    expect(checked.ok && checked.migratedFrom).toBe(null);
    expect(readShippedDocument(text, crmBpoMetamodel)).toEqual(checked);
  });

  it('still refuses a reference that does not resolve, and a file that is not JSON', () => {
    const doc = JSON.parse(text) as { relations: { target: string }[] };
    doc.relations[0]!.target = 'nowhere';
    const broken = readShippedDocument(JSON.stringify(doc), crmBpoMetamodel);
    expect(broken.ok ? [] : broken.errors.map((e) => e.message).join(' ')).toMatch(/nowhere/);
    expect(readShippedDocument('{"format":', crmBpoMetamodel)).toMatchObject({ ok: false, stage: 'file' });
  });
});
