import { describe, expect, it } from 'vitest';
import { changed, cleanModel, element, findingsOf } from '../fixtures.ts';

describe('element.isolated', () => {
  it('warns about an element without any relation', () => {
    const doc = changed((d) => {
      d.elements.push(element('o3', 'complaint', { name: 'Complaint' }));
    });
    expect(findingsOf('element.isolated', doc)).toMatchObject([
      { severity: 'warning', elements: ['o3'], message: 'Complaint "Complaint" has no relation to any other element.' },
    ]);
    expect(findingsOf('element.isolated', cleanModel())).toEqual([]);
  });
});
