import { describe, expect, it } from 'vitest';
import { applyFix, changed, cleanModel, element, findingsOf, relation } from '../fixtures.ts';

describe('view.perspectives', () => {
  it('names the perspectives without a view', () => {
    const doc = changed((d) => {
      d.views = d.views.filter((v) => v.perspective !== 'customer');
    });
    expect(findingsOf('view.perspectives', doc)).toMatchObject([
      { message: 'The model has no view for the customer perspective.', step: 'design-structure' },
    ]);
    expect(findingsOf('view.perspectives', cleanModel())).toEqual([]);
  });
});

describe('view.too-many-elements', () => {
  it("warns about each view over the design goals' limit", () => {
    const doc = changed((d) => {
      d.designGoals.maxElementsPerView = 4;
      d.views[1]!.elements = ['p1', 'o1'];
    });
    expect(findingsOf('view.too-many-elements', doc).map((f) => f.subjects)).toEqual([
      ['full'],
      ['customer'],
      ['internal'],
    ]);
    expect(findingsOf('view.too-many-elements', doc)[0]!.message).toBe(
      'View "Full model" shows 5 elements; the design goals allow 4 per view.',
    );
    expect(findingsOf('view.too-many-elements', cleanModel())).toEqual([]);
  });
});

describe('element.in-no-view', () => {
  const withoutFullView = () =>
    changed((d) => {
      d.views = d.views.filter((v) => v.elements !== 'all');
      d.views[0]!.positions = { p1: { x: 100, y: 40 } };
      d.elements.push(element('o3', 'complaint', { name: 'Complaint' }));
      d.relations.push(relation('x5', 'input', 'o3', 'p1'));
    });

  it('notes an element no view shows, and adds it to a view next to its neighbour', () => {
    const doc = withoutFullView();
    const [finding] = findingsOf('element.in-no-view', doc);
    expect(finding).toMatchObject({ severity: 'info', elements: ['o3'], fix: { label: 'Add to view "client view"' } });
    const fixed = applyFix(doc, finding!);
    expect(fixed.views[0]!.elements).toContain('o3');
    expect(fixed.views[0]!.positions.o3).toEqual({ x: 100, y: 160 });
    expect(findingsOf('element.in-no-view', fixed)).toEqual([]);
  });

  it('counts a view of "all" elements as showing every element, and says nothing before any view exists', () => {
    expect(findingsOf('element.in-no-view', cleanModel())).toEqual([]);
    const doc = changed((d) => {
      d.views = [];
    });
    expect(findingsOf('element.in-no-view', doc)).toEqual([]);
  });
});
