import { describe, expect, it } from 'vitest';
import { freeSpot } from '../../../src/core/layout/place.ts';
import type { Element, View } from '../../../src/core/model/schema.ts';

const el = (id: string, role: string, area: string) => ({ id, role, area, type: 'account' }) as Element;
const view = (positions: View['positions']) => ({ id: 'v', positions }) as View;
const size = { width: 180, height: 60 };
const sizeOf = () => size;
const cell = { role: 'provider', area: 'sales' };

describe('freeSpot: where a new element goes in its cell', () => {
  it('takes the wanted spot when nothing of the view is there', () => {
    expect(
      freeSpot([el('a', 'client', 'sales')], view({ a: { x: 0, y: 0 } }), cell, { x: 0, y: 0 }, size, sizeOf),
    ).toEqual({ x: 0, y: 0 });
  });

  it('goes below the elements in the way, so adding a type twice never stacks two nodes', () => {
    const elements = [el('a', 'provider', 'sales'), el('b', 'provider', 'sales')];
    const positions = { a: { x: 10, y: 20 }, b: { x: 30, y: 96 } };
    const spot = freeSpot(elements, view(positions), cell, { x: 10, y: 20 }, size, sizeOf);
    expect(spot).toEqual({ x: 10, y: 96 + 60 + 16 });
  });
});
