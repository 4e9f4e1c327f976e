import { describe, expect, it } from 'vitest';
import { checkEdit } from '../../../src/core/commands/command.ts';
import { updateElement, updateRelation } from '../../../src/core/commands/elements.ts';
import { importCsv } from '../../../src/core/io/csv.ts';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel as metamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../../support/models.ts';

const doc = shippedModel();
const [element] = doc.elements;
const [relation] = doc.relations;

describe('the file format’s limits hold at the command', () => {
  it('refuses a name over 200 characters and a description over 20,000, saying the limit and the length', () => {
    expect(checkEdit(doc, metamodel, updateElement(element!.id, { name: 'n'.repeat(201) }))).toEqual({
      ok: false,
      message: 'A name can have at most 200 characters; this one has 201.',
      text: { id: 'schema.too-long', params: { what: 'name', limit: 200, length: 201 } },
    });
    expect(checkEdit(doc, metamodel, updateElement(element!.id, { description: 'd'.repeat(25_000) }))).toEqual({
      ok: false,
      message: 'A text can have at most 20,000 characters; this one has 25,000.',
      text: { id: 'schema.too-long', params: { what: 'text', limit: 20_000, length: 25_000 } },
    });
    expect(
      checkEdit(doc, metamodel, updateElement(element!.id, { name: 'n'.repeat(200), description: 'd'.repeat(20_000) }))
        .ok,
    ).toBe(true);
  });

  it('refuses a blank name and a relation label over 200 characters', () => {
    expect(checkEdit(doc, metamodel, updateElement(element!.id, { name: '' }))).toEqual({
      ok: false,
      message: 'A name cannot be empty.',
      text: { id: 'schema.name-empty', params: {} },
    });
    expect(updateRelation(doc, metamodel, relation!.id, { label: 'l'.repeat(201) })).toEqual({
      ok: false,
      message: 'A label can have at most 200 characters; this one has 201.',
      text: { id: 'schema.too-long', params: { what: 'label', limit: 200, length: 201 } },
    });
  });

  it('refuses a CSV row with a name over the limit, at its row and column', () => {
    const result = importCsv({ elements: `type,name\r\ncontact,${'n'.repeat(201)}\r\n` }, doc, metamodel);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          table: 'elements',
          row: 2,
          column: 'name',
          message: 'A name can have at most 200 characters; this one has 201.',
          text: { id: 'schema.too-long', params: { what: 'name', limit: 200, length: 201 } },
        },
      ],
    });
  });

  it('refuses a model file with absurd coordinates, naming where they are', () => {
    const file = JSON.parse(exportDocument(doc)) as {
      views: { id: string; positions: Record<string, { x: number; y: number }> }[];
    };
    file.views[1]!.positions[element!.id] = { x: 1e300, y: 0 };
    const result = importDocument(JSON.stringify(file), metamodel);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toEqual({
      path: `views[1].positions.${element!.id}.x`,
      message: 'A position lies within ±10,000,000.',
      text: { id: 'schema.position-range', params: { limit: 10_000_000 } },
    });
  });
});
