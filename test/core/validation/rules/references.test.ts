import { describe, expect, it } from 'vitest';
import { applyFix, changed, cleanModel, findingsOf, relation } from '../fixtures.ts';

describe('reference.dangling', () => {
  it('names the missing element of a dangling relation and offers to remove the relation', () => {
    const doc = changed((d) => {
      d.relations.push(relation('x9', 'output', 'p1', 'ghost'));
    });
    const [finding] = findingsOf('reference.dangling', doc);
    expect(finding).toMatchObject({ severity: 'error', elements: ['p1'], relations: ['x9'] });
    expect(finding!.message).toBe('Relation "x9" (output) points to the element "ghost", which does not exist.');
    expect(findingsOf('reference.dangling', applyFix(doc, finding!))).toEqual([]);
  });

  it('reports an element in a lane or serving a goal the model does not have, and drops those references', () => {
    const doc = changed((d) => {
      d.elements[1]!.area = 'nowhere';
      d.elements[1]!.goals = ['g1', 'g-gone'];
    });
    const [finding] = findingsOf('reference.dangling', doc);
    expect(finding!.message).toBe(
      'Inquiry "Inquiry" refers to the area "nowhere" and the structural goal "g-gone", which the model does not have.',
    );
    const fixed = applyFix(doc, finding!);
    expect(fixed.elements[1]).toMatchObject({ area: null, goals: ['g1'] });
  });

  it('reports a view showing an element that is gone, and removes it from the view', () => {
    const doc = changed((d) => {
      (d.views[1]!.elements as string[]).push('ghost');
    });
    const [finding] = findingsOf('reference.dangling', doc);
    expect(finding).toMatchObject({
      subjects: ['client'],
      message: 'View "client view" shows "ghost", which is not in the model.',
    });
    expect(applyFix(doc, finding!).views[1]!.elements).not.toContain('ghost');
  });

  it('is quiet when every reference resolves', () => {
    expect(findingsOf('reference.dangling', cleanModel())).toEqual([]);
  });
});
