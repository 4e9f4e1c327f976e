import { describe, expect, it } from 'vitest';
import data from '../../../models/metamodel/crm-bpo.json' with { type: 'json' };
import { MetamodelData } from '../../../src/core/metamodel/schema.ts';

describe('the shipped metamodel file', () => {
  it('is stored in its schema’s parsed form, so the first screen can build it without parsing', () => {
    expect(MetamodelData.parse(data)).toStrictEqual(data);
  });
});
