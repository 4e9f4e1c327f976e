import { describe, expect, it } from 'vitest';
import { applyFix, changed, cleanModel, findingsOf } from '../fixtures.ts';

describe('element.undecided-optional', () => {
  it('notes an element still marked "?" and decides it with one undoable step', () => {
    const doc = changed((d) => {
      d.elements[1]!.optional = true;
    });
    const [finding] = findingsOf('element.undecided-optional', doc);
    expect(finding).toMatchObject({ severity: 'info', elements: ['o1'], fix: { label: 'Keep it (decide "?")' } });
    const fixed = applyFix(doc, finding!);
    expect(fixed.elements[1]!.optional).toBe(false);
    expect(findingsOf('element.undecided-optional', fixed)).toEqual([]);
  });

  it('is a warning in the publication profile', () => {
    const doc = changed((d) => {
      d.elements[1]!.optional = true;
    });
    expect(findingsOf('element.undecided-optional', doc, { profile: 'publication' })[0]!.severity).toBe('warning');
    expect(findingsOf('element.undecided-optional', cleanModel())).toEqual([]);
  });
});
