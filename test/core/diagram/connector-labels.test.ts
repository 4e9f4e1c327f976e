import { describe, expect, it } from 'vitest';
import { countLabelSize } from '../../../src/core/diagram/connectors.ts';
import { MAP_METRICS, chipsWidth, processMap } from '../../../src/core/diagram/process-map.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../../support/models.ts';
import { generateDocument } from '../../support/generate.ts';

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// Summary chips sit 8 px above the cell's bottom (see canvas.css). The canvas rooms of a 1440×900 and a 1024×768 screen.
const ROOMS = [
  { width: 1176, height: 760 },
  { width: 836, height: 646 },
];

describe('the counts on the process map’s connectors', () => {
  const models = [
    ['2,000 generated elements', generateDocument(2_000, 1.5)],
    ['the shipped model', shippedModel()],
  ] as const;
  for (const [name, doc] of models)
    for (const room of ROOMS)
      it(`${name} at ${room.width}×${room.height}: never cover each other, a box or a cell's counts`, () => {
        const map = processMap(doc, doc.views[0]!, crmBpoMetamodel, room);
        const labels = map.connectors.map((c) => {
          const size = countLabelSize(c.relations.length);
          return { x: c.label.x - size.width / 2, y: c.label.y - size.height / 2, ...size };
        });
        const nodes = map.cells.flatMap((cell) => [
          ...cell.boxes,
          ...(cell.summary.length
            ? [
                {
                  x: cell.x + MAP_METRICS.cellPad,
                  y: cell.y + cell.height - 26,
                  width: chipsWidth(cell.summary),
                  height: 18,
                },
              ]
            : []),
        ]);
        expect(map.connectors.length).toBeGreaterThan(10);
        const clashes: string[] = [];
        labels.forEach((a, i) => {
          labels.slice(i + 1).forEach((b, j) => {
            if (overlap(a, b)) clashes.push(`${map.connectors[i]!.id} × ${map.connectors[i + 1 + j]!.id}`);
          });
          nodes.forEach((n) => overlap(a, n) && clashes.push(`${map.connectors[i]!.id} over a node`));
        });
        expect(clashes).toEqual([]);
      });
});

describe('a count on a short connector', () => {
  // The last 10 px of a line at either end, 5 px either side: where its arrowhead is drawn.
  const arrowheads = (points: readonly { x: number; y: number }[]) =>
    [
      [points[0]!, points[1]!],
      [points.at(-1)!, points.at(-2)!],
    ].map(([end, next]) => {
      const f = Math.min(1, 10 / (Math.abs(next!.x - end!.x) + Math.abs(next!.y - end!.y) || 1));
      const tip = { x: end!.x + (next!.x - end!.x) * f, y: end!.y + (next!.y - end!.y) * f };
      return {
        x: Math.min(end!.x, tip.x) - 5,
        y: Math.min(end!.y, tip.y) - 5,
        width: Math.abs(tip.x - end!.x) + 10,
        height: Math.abs(tip.y - end!.y) + 10,
      };
    });
  const doc = shippedModel('architecture/geib-2005.json');
  for (const viewName of ['Knowledge loop', 'Customer contact'])
    for (const room of ROOMS)
      it(`${viewName} at ${room.width}×${room.height}: sits beside its line, on no arrowhead`, () => {
        const map = processMap(
          doc,
          doc.views.find((v) => v.name === viewName)!,
          crmBpoMetamodel,
          room,
        );
        const heads = map.connectors.flatMap((c) => arrowheads(c.points));
        const onArrowheads = map.connectors.filter((c) => {
          const size = countLabelSize(c.relations.length);
          const label = { x: c.label.x - size.width / 2, y: c.label.y - size.height / 2, ...size };
          return heads.some((head) => overlap(label, head));
        });
        expect(onArrowheads.map((c) => c.id)).toEqual([]);
      });
});
