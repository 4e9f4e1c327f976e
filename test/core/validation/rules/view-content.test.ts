import { describe, expect, it } from 'vitest';
import { applyFix, changed, cleanModel, findingsOf } from '../fixtures.ts';

describe('view.empty', () => {
  it('finds an emptied view, which no longer counts as its perspective, and deletes it as a quick fix', () => {
    const doc = changed((d) => {
      d.views.find((v) => v.id === 'customer')!.elements = [];
    });
    const [finding, ...more] = findingsOf('view.empty', doc);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ message: 'View "customer view" shows no element.', subjects: ['customer'] });
    expect(findingsOf('view.perspectives', doc).map((f) => f.message)).toEqual([
      'The model has no view for the customer perspective.',
    ]);
    expect(finding!.fix!.label).toBe('Delete the empty view "customer view"');
    const fixed = applyFix(doc, finding!);
    expect(fixed.views.map((v) => v.id)).toEqual(['full', 'client', 'internal']);
    expect(findingsOf('view.empty', fixed)).toEqual([]);
    expect(findingsOf('view.empty', cleanModel())).toEqual([]);
  });
});

describe('object.no-area', () => {
  it('finds a business object outside every area and places it where its process is', () => {
    const doc = changed((d) => {
      d.macroStructure.areas.push({ id: 'sales', name: 'Sales', colour: '#777777', description: '' });
      d.macroStructure.areas.reverse();
      d.elements.find((e) => e.id === 'o1')!.area = null;
    });
    const [finding] = findingsOf('object.no-area', doc);
    expect(finding).toMatchObject({ elements: ['o1'], step: 'process-structure' });
    expect(finding!.message).toMatch(/Inquiry.* sits in no area\.$/);
    expect(finding!.fix!.label).toBe('Place it in Operations');
    expect(applyFix(doc, finding!).elements.find((e) => e.id === 'o1')!.area).toBe('operations');
    expect(findingsOf('object.no-area', cleanModel())).toEqual([]);
  });
});

describe('view.perspective-empty', () => {
  it("finds a perspective view without its reader's elements and shows them as a quick fix", () => {
    const doc = changed((d) => {
      d.macroStructure.roles.push({ id: 'client', name: 'Client', colour: '#1f77b4', description: '' });
      d.elements.find((e) => e.id === 'o1')!.role = 'client';
      d.views.find((v) => v.id === 'internal')!.elements = ['o1'];
    });
    const [finding, ...more] = findingsOf('view.perspective-empty', doc);
    expect(more.map((f) => f.subjects)).toEqual([]);
    expect(finding).toMatchObject({
      message: 'View "internal view" is the internal view but shows no element of the Provider role.',
      subjects: ['internal'],
    });
    expect(finding!.fix!.label).toBe('Show the 4 Provider elements in "internal view"');
    const fixed = applyFix(doc, finding!);
    expect(fixed.views.find((v) => v.id === 'internal')!.elements).toEqual(['o1', 'p1', 'o2', 'm1', 'r1']);
    expect(findingsOf('view.perspective-empty', fixed)).toEqual([]);
    expect(findingsOf('view.perspective-empty', cleanModel())).toEqual([]);
  });
});
