// @vitest-environment jsdom
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toErDiagram } from '../../../src/core/io/er-diagram.ts';
import { importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { mermaidEr } from './mermaid-db.ts';
import { everyCategory, sampleDocument } from './sample-document.ts';

describe('erDiagram of the business-object model', () => {
  it('shows business objects as entities with their properties, and belongs-to / refers-to as relationships', async () => {
    const doc = sampleDocument({
      elements: [
        { id: 'portfolio', type: 'portfolio', name: 'Portfolio' },
        { id: 'product', type: 'product', name: 'Product', properties: { productLine: 'Mobile "Pro"' } },
        { id: 'contact', type: 'contact', name: 'Contact', properties: { channel: 'phone' } },
        { id: 'sales', type: 'delivery-process', name: 'Sell', area: 'sales', role: 'provider' },
      ],
      relations: [
        { id: 'r1', type: 'belongs-to', source: 'product', target: 'portfolio' },
        { id: 'r2', type: 'refers-to', source: 'contact', target: 'product', label: 'asks about' },
        { id: 'r3', type: 'input', source: 'contact', target: 'sales' },
      ],
    });
    const er = await mermaidEr(toErDiagram(doc, { direction: 'LR' }));
    expect(er.entities.map((e) => e.alias)).toEqual(['Portfolio', 'Product', 'Contact']);
    expect(er.entities[1]!.attributes).toEqual([
      expect.objectContaining({ type: 'string', name: 'productLine', comment: 'Mobile "Pro"' }),
    ]);
    expect(er.entities[2]!.attributes).toEqual([
      expect.objectContaining({ type: 'enum', name: 'channel', comment: 'phone' }),
    ]);
    expect(er.relationships.map((r) => [r.roleA, r.relSpec.relType, r.relSpec.cardA, r.relSpec.cardB])).toEqual([
      ['belongs to', 'IDENTIFYING', 'ONLY_ONE', 'ZERO_OR_MORE'],
      ['asks about', 'NON_IDENTIFYING', 'ZERO_OR_MORE', 'ZERO_OR_MORE'],
    ]);
  });

  it('packs the business objects of a large model into rows, each relationship inside one row (the browser test measures the width)', async () => {
    const imported = importDocument(readFileSync('models/reference/crm-bpo.json', 'utf8'), crmBpoMetamodel);
    if (!imported.ok) throw new Error('the shipped model does not import');
    const doc = imported.document;
    const objects = doc.elements.filter((el) => crmBpoMetamodel.categoryOf(el.type)?.id === 'business-object');
    for (const direction of [undefined, 'LR'] as const) {
      const er = await mermaidEr(toErDiagram(doc, { direction }));
      expect(er.entities).toHaveLength(objects.length);
      expect(er.subgraphs.length).toBeGreaterThan(2);
      const rowOf = new Map(er.subgraphs.flatMap((s) => s.nodes.map((n) => [n, s.id])));
      expect(rowOf.size).toBe(objects.length);
      for (const r of er.relationships) expect(rowOf.get(r.entityA)).toBe(rowOf.get(r.entityB));
    }
  });

  it('keeps a small diagram in one piece, in the direction asked for', async () => {
    const doc = sampleDocument({
      elements: [
        { id: 'portfolio', type: 'portfolio', name: 'Portfolio' },
        { id: 'product', type: 'product', name: 'Product' },
      ],
      relations: [{ id: 'r1', type: 'belongs-to', source: 'product', target: 'portfolio' }],
    });
    const text = toErDiagram(doc, { direction: 'LR' });
    expect(text).toContain('  direction LR\n');
    expect((await mermaidEr(text)).subgraphs).toEqual([]);
  });

  it('leaves processes and other categories out', () => {
    const text = toErDiagram(everyCategory());
    expect(text).toContain('Inquiry');
    expect(text).not.toContain('Handle inquiry');
  });

  it('parses whatever the names and ids are', async () => {
    const hostile = [
      '"',
      '[',
      ']',
      '{',
      '}',
      '<b>',
      '&amp;',
      'end',
      '#',
      ';',
      ':',
      '|',
      '`',
      '%%',
      '😀',
      'Grüße',
      '한국어',
      ' ',
      'x',
    ];
    const name = fc
      .array(fc.constantFrom(...hostile), { minLength: 1, maxLength: 6 })
      .map((p) => p.join('').trim())
      .filter((s) => s.length > 0);
    const id = fc.constantFrom(
      'one',
      'ONE',
      'to',
      'many',
      'only',
      'style',
      'class',
      'end',
      'erDiagram',
      'direction',
      'u',
      'PK',
      'o',
      'x1',
      'a.b',
      'a-b',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(id, { minLength: 2, maxLength: 4 }),
        fc.array(name, { minLength: 4, maxLength: 4 }),
        async (ids, names) => {
          const doc = sampleDocument({
            elements: ids.map((id, i) => ({
              id,
              type: 'product',
              name: names[i]!,
              properties: { productLine: names[3 - i]! },
            })),
            relations: [{ id: 'r1', type: 'belongs-to', source: ids[0]!, target: ids[1]!, label: names[2]! }],
          });
          const er = await mermaidEr(toErDiagram(doc));
          expect(er.entities.map((e) => e.alias)).toEqual(doc.elements.map((e) => e.name));
          expect(er.entities.map((e) => e.attributes[0]?.comment)).toEqual(
            doc.elements.map((e) => e.properties.productLine),
          );
          expect(er.relationships.map((r) => r.roleA)).toEqual([names[2]]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
