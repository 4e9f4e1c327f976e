import { describe, expect, it } from 'vitest';
import { changed, cleanModel, findingsOf } from '../fixtures.ts';

const goal = (
  id: string,
  perspective: 'client' | 'customer' | 'internal' | 'all',
  acceptance = 'Checked in a workshop.',
) => ({
  id,
  kind: 'purpose' as const,
  text: `Goal ${id}`,
  perspective,
  rationale: '',
  acceptance,
});

describe('goal.defined', () => {
  it('reports a model without structural goals as an error of the first step', () => {
    const doc = changed((d) => {
      d.structuralGoals = [];
      for (const el of d.elements) el.goals = [];
    });
    expect(findingsOf('goal.defined', doc)).toMatchObject([
      { severity: 'error', step: 'structural-goals', principle: 'relevance' },
    ]);
    expect(findingsOf('goal.defined', cleanModel())).toEqual([]);
  });

  it('keeps quiet about elements serving no goal while there is no goal at all', () => {
    const doc = changed((d) => {
      d.structuralGoals = [];
      for (const el of d.elements) el.goals = [];
    });
    expect(findingsOf('element.serves-no-goal', doc)).toEqual([]);
  });
});

describe('goal.testable', () => {
  it('warns about a goal without an acceptance statement', () => {
    const doc = changed((d) => {
      d.structuralGoals.push(goal('g2', 'client', ''));
    });
    expect(findingsOf('goal.testable', doc)).toMatchObject([
      {
        subjects: ['g2'],
        message: 'The structural goal "Goal g2" has no acceptance statement that makes it testable.',
      },
    ]);
    expect(findingsOf('goal.testable', cleanModel())).toEqual([]);
  });
});

describe('goal.perspectives', () => {
  it('names the perspectives no goal covers', () => {
    const doc = changed((d) => {
      d.structuralGoals = [goal('g1', 'client')];
    });
    expect(findingsOf('goal.perspectives', doc)).toMatchObject([
      { message: 'No structural goal covers the customer and internal perspectives.' },
    ]);
  });

  it('counts a goal for all perspectives as covering each', () => {
    expect(findingsOf('goal.perspectives', cleanModel())).toEqual([]);
    const doc = changed((d) => {
      d.structuralGoals = [goal('g1', 'client'), goal('g2', 'customer'), goal('g3', 'internal')];
    });
    expect(findingsOf('goal.perspectives', doc)).toEqual([]);
  });
});

describe('goal.unserved', () => {
  it('warns about a goal no element serves', () => {
    const doc = changed((d) => {
      d.structuralGoals.push(goal('g2', 'client'));
    });
    expect(findingsOf('goal.unserved', doc)).toMatchObject([{ subjects: ['g2'], step: 'process-structure' }]);
    expect(findingsOf('goal.unserved', cleanModel())).toEqual([]);
  });
});

describe('element.serves-no-goal', () => {
  it('notes an element that serves no structural goal', () => {
    const doc = changed((d) => {
      d.elements[2]!.goals = [];
    });
    expect(findingsOf('element.serves-no-goal', doc)).toMatchObject([{ severity: 'info', elements: ['o2'] }]);
    expect(findingsOf('element.serves-no-goal', cleanModel())).toEqual([]);
  });
});
