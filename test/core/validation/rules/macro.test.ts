import { describe, expect, it } from 'vitest';
import { changed, cleanModel, findingsOf } from '../fixtures.ts';

describe('macro.defined', () => {
  it('reports a macro structure without areas, and lanes that share a name', () => {
    const doc = changed((d) => {
      d.macroStructure.areas = [];
      d.macroStructure.roles.push({ id: 'provider-2', name: 'provider ', colour: '#000000', description: '' });
      for (const el of d.elements) el.area = null;
    });
    expect(findingsOf('macro.defined', doc).map((f) => f.message)).toEqual([
      'The macro structure has no areas (e.g. Sales, Management, Operations).',
      '2 roles are named "Provider".',
    ]);
    expect(findingsOf('macro.defined', cleanModel())).toEqual([]);
  });
});

describe('lane.empty', () => {
  it('warns about an area that holds no element', () => {
    const doc = changed((d) => {
      d.macroStructure.areas.push({ id: 'sales', name: 'Sales', colour: '#5b6b8c', description: '' });
    });
    expect(findingsOf('lane.empty', doc)).toMatchObject([
      { subjects: ['sales'], message: 'The area "Sales" holds no element.', principle: 'economic-efficiency' },
    ]);
    expect(findingsOf('lane.empty', cleanModel())).toEqual([]);
  });
});
