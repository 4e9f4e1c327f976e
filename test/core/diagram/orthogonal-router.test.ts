import { describe, expect, it } from 'vitest';
import { routeOrthogonal, type Box } from '../../../src/core/diagram/orthogonal-router.ts';
import type { Point } from '../../../src/core/model/schema.ts';

const crosses = (points: readonly Point[], b: Box) =>
  points.slice(1).some((q, i) => {
    const p = points[i]!;
    const [x0, x1, y0, y1] = [Math.min(p.x, q.x), Math.max(p.x, q.x), Math.min(p.y, q.y), Math.max(p.y, q.y)];
    return x1 > b.x && x0 < b.x + b.w && y1 > b.y && y0 < b.y + b.h;
  });

describe('orthogonal routing', () => {
  it('goes around a node that stands between the two ends, in right angles', () => {
    const boxes = new Map<string, Box>([
      ['a', { x: 0, y: 100, w: 100, h: 50 }],
      ['wall', { x: 200, y: 80, w: 100, h: 90 }],
      ['b', { x: 400, y: 100, w: 100, h: 50 }],
    ]);
    const route = routeOrthogonal(boxes, [{ id: 'r', source: 'a', target: 'b' }]).get('r')!;
    expect(crosses(route, boxes.get('wall')!)).toBe(false);
    for (let i = 1; i < route.length; i++)
      expect(route[i]!.x === route[i - 1]!.x || route[i]!.y === route[i - 1]!.y).toBe(true);
  });

  it('leaves a node stacked two rows above by the top, around the node between them (the ICMI client objectives)', () => {
    // As ELK lays out the view: the vision above, a row of objectives, the strategy below the middle one.
    const boxes = new Map<string, Box>([
      ['vision', { x: 501, y: 64, w: 184, h: 74 }],
      ['retain', { x: 311, y: 186, w: 184, h: 74 }],
      ['satisfaction', { x: 519, y: 186, w: 184, h: 74 }],
      ['cost', { x: 727, y: 186, w: 184, h: 74 }],
      ['strategy', { x: 664, y: 308, w: 194, h: 74 }],
    ]);
    const route = routeOrthogonal(boxes, [{ id: 'r', source: 'strategy', target: 'vision' }]).get('r')!;
    for (const id of ['retain', 'satisfaction', 'cost']) expect(crosses(route, boxes.get(id)!), id).toBe(false);
  });

  it('draws facing nodes with one straight line', () => {
    const boxes = new Map<string, Box>([
      ['a', { x: 0, y: 0, w: 100, h: 50 }],
      ['b', { x: 300, y: 10, w: 100, h: 50 }],
    ]);
    expect(routeOrthogonal(boxes, [{ id: 'r', source: 'a', target: 'b' }]).get('r')).toHaveLength(2);
  });

  it('spreads lines that leave one side of a node', () => {
    const boxes = new Map<string, Box>([
      ['a', { x: 0, y: 0, w: 100, h: 200 }],
      ['b', { x: 300, y: -200, w: 100, h: 50 }],
      ['c', { x: 300, y: 400, w: 100, h: 50 }],
    ]);
    const routes = routeOrthogonal(boxes, [
      { id: 'up', source: 'a', target: 'b' },
      { id: 'down', source: 'a', target: 'c' },
    ]);
    expect(routes.get('up')![0]).not.toEqual(routes.get('down')![0]);
  });
});
