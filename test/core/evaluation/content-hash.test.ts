import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/core/diff/diff.ts';
import { contentHash } from '../../../src/core/evaluation/content-hash.ts';
import { contentChanges } from '../../../src/core/evaluation/stale.ts';
import { model } from './support.ts';

const base = model(
  [
    { id: 'p1', type: 'customer-related-process', name: 'Handle inquiry' },
    { id: 'o1', type: 'business-object', name: 'Inquiry' },
  ],
  [],
);
const withView = {
  ...base,
  views: [
    {
      id: 'client',
      name: 'Client view',
      perspective: 'client' as const,
      description: '',
      elements: ['p1'],
      positions: {},
    },
  ],
};

describe('the content hash an evaluation records', () => {
  it('ignores the name, the method log and steps, the layout and a copy under a new id', () => {
    const hash = contentHash(withView);
    expect(
      contentHash({
        ...withView,
        meta: { ...withView.meta, id: 'copy', name: 'Copy of Test model', modified: '2027-01-01T00:00:00.000Z' },
      }),
    ).toBe(hash);
    expect(
      contentHash({
        ...withView,
        method: {
          ...withView.method,
          currentStep: 'macro-structure',
          steps: { 'structural-goals': 'done' },
          log: [{ at: '2026-01-02T00:00:00.000Z', step: 'structural-goals', action: 'completed', note: '', actor: '' }],
        },
      }),
    ).toBe(hash);
    expect(contentHash({ ...withView, views: [{ ...withView.views[0]!, positions: { p1: { x: 5, y: 9 } } }] })).toBe(
      hash,
    );
    expect(contentHash({ ...withView, elements: [...withView.elements].reverse() })).toBe(hash);
  });

  it('changes with an element, a relation, a goal, the macro structure, the design goals or a view’s members', () => {
    const hash = contentHash(withView);
    const renamed = {
      ...withView,
      elements: withView.elements.map((e) => (e.id === 'o1' ? { ...e, name: 'Request' } : e)),
    };
    const shown = { ...withView, views: [{ ...withView.views[0]!, elements: ['p1', 'o1'] }] };
    const design = { ...withView, designGoals: { ...withView.designGoals, maxElementsPerView: 12 } };
    const lanes = { ...withView, macroStructure: { ...withView.macroStructure, areas: [] } };
    for (const changed of [renamed, shown, design]) expect(contentHash(changed)).not.toBe(hash);
    expect(contentHash(lanes)).not.toBe(hash);
    expect(contentChanges(diffDocuments(withView, renamed))).toEqual(['1 element changed']);
    expect(contentChanges(diffDocuments(withView, shown))).toEqual(['1 view showing other elements']);
    expect(contentChanges(diffDocuments(withView, design))).toEqual(['1 design goal changed']);
  });
});
