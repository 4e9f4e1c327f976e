import { describe, expect, it } from 'vitest';
import { stronglyConnected } from '../../../src/core/evaluation/graph.ts';

const edges = (pairs: string) => pairs.split(' ').map((p) => ({ source: p[0]!, target: p[1]! }));

describe('strongly connected components', () => {
  it('finds every cycle group of two or more nodes and leaves single nodes out', () => {
    const result = stronglyConnected(['a', 'b', 'c', 'd', 'e', 'f'], edges('ab bc ca cd de ed ef'));
    expect(result.map((c) => [...c].sort().join(''))).toEqual(['de', 'abc']);
  });

  it('handles a chain of 30,000 nodes closed into one loop without overflowing the stack', () => {
    const nodes = Array.from({ length: 30_000 }, (_, i) => `n${i}`);
    const chain = nodes.map((n, i) => ({ source: n, target: nodes[(i + 1) % nodes.length]! }));
    expect(stronglyConnected(nodes, chain).map((c) => c.length)).toEqual([30_000]);
  });
});
