import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { absolutePosition, computeGrid, dropTarget } from '../../../src/core/layout/geometry.ts';
import { layoutView, type ElkEngine } from '../../../src/core/layout/layout.ts';
import { placeUnpositioned } from '../../../src/core/layout/place.ts';
import { align, distribute } from '../../../src/core/layout/arrange.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { elementsInView } from '../../../src/core/model/queries.ts';
import type { Element } from '../../../src/core/model/schema.ts';
import { shippedModel } from '../../support/models.ts';
import { drawingOf } from '../../../src/core/diagram/drawing.ts';

const doc = shippedModel();
const full = doc.views.find((v) => v.id === 'full')!;
const sizeOf = (e: Element) => drawingOf(doc, full, crmBpoMetamodel).size(e);
const elk = new ELK() as unknown as ElkEngine;

describe('layout', () => {
  it('places every drawn element of a view inside the lane cell of its role and area', async () => {
    const positions = await layoutView(doc, full, crmBpoMetamodel, elk);
    const drawn = drawingOf(doc, full, crmBpoMetamodel).folding.nodes;
    expect(Object.keys(positions).sort()).toEqual(drawn.map((e) => e.id).sort());
    const laidOut = { ...full, positions };
    const grid = computeGrid(doc, laidOut, drawn, sizeOf);
    for (const el of drawn) {
      const at = absolutePosition(grid, el, positions[el.id]!);
      const target = dropTarget(grid, at, sizeOf(el));
      expect({ id: el.id, role: target.role, area: target.area }).toEqual({ id: el.id, role: el.role, area: el.area });
    }
  });

  it('takes no place for measures folded into their process, and sizes each node to its text', async () => {
    const positions = await layoutView(doc, full, crmBpoMetamodel, elk, { fast: true });
    const measures = doc.relations.filter((r) => r.type === 'measures');
    expect(measures.every((m) => positions[m.source] === undefined)).toBe(true);
    const all = await layoutView(doc, full, crmBpoMetamodel, elk, { fast: true, fold: false });
    expect(Object.keys(all)).toHaveLength(doc.elements.length);
  });

  it('places only unpositioned elements, below what is already in their cell', () => {
    const [first, second] = doc.elements.filter((e) => e.role === 'provider' && e.area === 'operations');
    const view = { ...full, positions: { [first!.id]: { x: 40, y: 100 } } };
    const placed = placeUnpositioned(doc, view, crmBpoMetamodel);
    expect(placed[first!.id]).toBeUndefined();
    expect(placed[second!.id]!.y).toBeGreaterThan(100);
  });

  it('sizes lanes to their largest cell, so every lane holds its elements', () => {
    const el = doc.elements[0]!;
    const view = { ...full, positions: { [el.id]: { x: 2000, y: 900 } } };
    const grid = computeGrid(doc, view, elementsInView(doc, view), sizeOf);
    const at = absolutePosition(grid, el, { x: 2000, y: 900 });
    const column = grid.columns.find((c) => c.id === el.area)!;
    expect(at.x + sizeOf(el).width).toBeLessThanOrEqual(column.start + column.size);
  });
});

describe('align and distribute', () => {
  const boxes = [
    { id: 'a', x: 0, y: 0, width: 100, height: 50 },
    { id: 'b', x: 150, y: 40, width: 100, height: 50 },
    { id: 'c', x: 500, y: 10, width: 100, height: 50 },
  ];
  it('aligns tops and right edges', () => {
    expect(align(boxes, 'top')).toEqual({ a: { x: 0, y: 0 }, b: { x: 150, y: 0 }, c: { x: 500, y: 0 } });
    expect(align(boxes, 'right').a).toEqual({ x: 500, y: 0 });
  });
  it('spreads boxes with equal gaps, outermost ones fixed', () => {
    expect(distribute(boxes, 'horizontal')).toEqual({ a: { x: 0, y: 0 }, b: { x: 250, y: 40 }, c: { x: 500, y: 10 } });
  });
});
