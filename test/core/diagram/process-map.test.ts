import { describe, expect, it } from 'vitest';
import { crossingPairs } from '../../../src/core/diagram/connectors.ts';
import { MAX_BOXES_PER_CELL, processMap } from '../../../src/core/diagram/process-map.ts';
import { foldView } from '../../../src/core/diagram/fold.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { Point } from '../../../src/core/model/schema.ts';
import { elementsInView } from '../../../src/core/model/queries.ts';
import { shippedModel } from '../../support/models.ts';
import { generateDocument } from '../../support/generate.ts';

const MODELS = [
  'reference/crm-bpo.json',
  'architecture/geib-2005.json',
  'copc/copc-2000.json',
  'icmi/crm-objectives.json',
];
type Rect = { x: number; y: number; width: number; height: number };
const inside = (p: Point, r: Rect) =>
  p.x > r.x + 0.5 && p.x < r.x + r.width - 0.5 && p.y > r.y + 0.5 && p.y < r.y + r.height - 0.5;

// Points every 2 px along a polyline.
function samples(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
    for (let k = 0; k <= n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  return out;
}

describe('the process map', () => {
  for (const path of MODELS) {
    const doc = shippedModel(path);
    for (const view of doc.views) {
      it(`${path} · ${view.name}: every process once, inside its cell, boxes apart, lines only in the gutters`, () => {
        const map = processMap(doc, view, crmBpoMetamodel, { width: 836, height: 646 });
        const processes = elementsInView(doc, view).filter(
          (e) => crmBpoMetamodel.elementType(e.type)?.category === 'process',
        );
        const boxes = map.cells.flatMap((c) => c.boxes.map((p) => ({ ...p, cell: c })));
        const named = boxes.filter((b) => b.category === 'process');
        expect(named.map((b) => b.id).sort()).toEqual(processes.map((p) => p.id).sort());
        // Other elements are named only where the map has room, each once and not folded into a process.
        const drawn = new Set(foldView(doc, view, crmBpoMetamodel).nodes.map((n) => n.id));
        expect(new Set(boxes.map((b) => b.id)).size).toBe(boxes.length);
        for (const b of boxes) expect(drawn.has(b.id), b.id).toBe(true);
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(b.cell.x);
          expect(b.y + b.height).toBeLessThanOrEqual(b.cell.y + b.cell.height);
          expect(b.x + b.width).toBeLessThanOrEqual(b.cell.x + b.cell.width);
        }
        for (const a of boxes)
          for (const b of boxes)
            if (a !== b) expect(inside({ x: a.x + a.width / 2, y: a.y + a.height / 2 }, b)).toBe(false);
        for (const c of map.connectors) {
          for (let i = 1; i < c.points.length; i++)
            expect(c.points[i]!.x === c.points[i - 1]!.x || c.points[i]!.y === c.points[i - 1]!.y).toBe(true);
          for (const p of samples(c.points))
            for (const cell of map.cells) expect(inside(p, cell), `${c.id} crosses ${cell.key}`).toBe(false);
        }
        // The readable-diagram budget: at most one crossing pair for every two lines drawn.
        expect(crossingPairs(map.connectors.map((c) => c.points))).toBeLessThanOrEqual(map.connectors.length / 2);
      });
    }
  }

  it('aggregates every relation between two cells into exactly one connector, with its direction counted', () => {
    const doc = shippedModel();
    const full = doc.views.find((v) => v.id === 'full')!;
    const map = processMap(doc, full, crmBpoMetamodel);
    const cellOf = new Map(map.cells.flatMap((c) => c.elements.map((id) => [id, c.key] as const)));
    const crossing = foldView(doc, full, crmBpoMetamodel).relations.filter(
      (r) => cellOf.get(r.source) !== cellOf.get(r.target),
    );
    const carried = map.connectors.flatMap((c) => c.relations);
    expect(carried.sort()).toEqual(crossing.map((r) => r.id).sort());
    for (const c of map.connectors) expect(c.forward + c.backward).toBe(c.relations.length);
    expect(map.connectors.length).toBeLessThan(crossing.length / 3);
  });

  it('counts the elements of a cell that has more processes than it can name, and names them in a cell that has fewer', () => {
    // 2,000 generated elements put about 89 processes in each of 9 cells, 400 elements about 18.
    for (const [size, named] of [
      [2_000, false],
      [400, true],
    ] as const) {
      const doc = generateDocument(size, 1.5);
      const map = processMap(doc, doc.views[0]!, crmBpoMetamodel);
      for (const cell of map.cells) {
        const processes = cell.elements.filter((id) => doc.elements.find((e) => e.id === id)!.type.endsWith('process'));
        expect(processes.length > MAX_BOXES_PER_CELL).toBe(!named);
        const boxes = cell.boxes.filter((b) => b.category === 'process').length;
        const counted = cell.summary.find((c) => c.category === 'process')?.count ?? 0;
        expect([boxes, counted]).toEqual(named ? [processes.length, 0] : [0, processes.length]);
        // Nor does a crowded cell name its business objects: the whole cell is counts.
        if (!named) expect(cell.boxes).toEqual([]);
      }
    }
  });

  it('is the same for the same model, and fills the screen it is shaped for', () => {
    const doc = shippedModel();
    const full = doc.views.find((v) => v.id === 'full')!;
    expect(processMap(doc, full, crmBpoMetamodel, { width: 836, height: 646 })).toEqual(
      processMap(doc, full, crmBpoMetamodel, { width: 836, height: 646 }),
    );
    const wide = processMap(doc, full, crmBpoMetamodel, { width: 1400, height: 500 }).grid;
    const tall = processMap(doc, full, crmBpoMetamodel, { width: 600, height: 900 }).grid;
    expect(wide.width / wide.height).toBeGreaterThan(tall.width / tall.height);
  });
});

describe('a map whose whole would name fewer than 12', () => {
  const rooms = [
    { width: 1176, height: 760 },
    { width: 836, height: 646 },
  ];
  for (const [path, viewName] of [
    ['icmi/crm-objectives.json', 'Objectives chain'],
    ['architecture/geib-2005.json', 'Knowledge loop'],
  ] as const)
    for (const room of rooms)
      it(`${viewName} at ${room.width}×${room.height}: names at least 12 on the screen that opens on its top-left at 12 px`, () => {
        const doc = shippedModel(path);
        const view = doc.views.find((v) => v.name === viewName)!;
        const map = processMap(doc, view, crmBpoMetamodel, room);
        const zoom = 12 / 16;
        const onFirstScreen = map.cells
          .flatMap((cell) => cell.boxes)
          .filter((box) => box.x + box.width <= room.width / zoom && box.y + box.height <= room.height / zoom);
        expect(onFirstScreen.length).toBeGreaterThanOrEqual(12);
      });
});
