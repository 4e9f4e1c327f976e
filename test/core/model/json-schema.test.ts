import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from '../../../src/core/model/json-schema.ts';

describe('the published JSON Schema', () => {
  it('matches the zod schema (regenerate with `npm run schema` when this fails)', () => {
    const published = JSON.parse(
      readFileSync(new URL('../../../public/schema/refmod-document.schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(published).toEqual(documentJsonSchema());
  });

  it('describes every top-level part of a model', () => {
    const schema = documentJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'formatVersion',
        'meta',
        'structuralGoals',
        'macroStructure',
        'designGoals',
        'method',
        'elements',
        'relations',
        'views',
        'evaluations',
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'meta', 'macroStructure', 'method']));
  });
});
