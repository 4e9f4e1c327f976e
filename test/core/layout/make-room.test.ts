import { afterAll, describe, expect, it } from 'vitest';
import { makeRoom, type Placed } from '../../../src/core/layout/make-room.ts';
import { drawingOf } from '../../../src/core/diagram/drawing.ts';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { localizeDocument } from '../../../src/core/i18n/localize.ts';
import { metamodelFor } from '../../../src/core/metamodel/registry.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../../support/models.ts';

const node = (id: string, x: number, y: number, width = 200, height = 60, cell = 'a'): Placed => ({
  id,
  cell,
  at: { x, y },
  size: { width, height },
});
/** Pairs of nodes of one cell that overlap, with the nodes at the given positions. */
function overlaps(nodes: readonly Placed[], at: (n: Placed) => { x: number; y: number }): number {
  let count = 0;
  nodes.forEach((a, i) =>
    nodes.slice(i + 1).forEach((b) => {
      const [p, q] = [at(a), at(b)];
      if (a.cell === b.cell && p.x < q.x + b.size.width && q.x < p.x + a.size.width)
        if (p.y < q.y + b.size.height && q.y < p.y + a.size.height) count++;
    }),
  );
  return count;
}

afterAll(() => setDataLanguage('en'));

describe('nodes drawn larger than they were placed for', () => {
  it('leaves a layout without overlaps as it is', () => {
    expect(makeRoom([node('a', 0, 0), node('b', 224, 0), node('c', 0, 84)]).size).toBe(0);
  });

  it('moves a node a wider neighbour grew into, the shorter way, and never across cells', () => {
    const moved = makeRoom([
      node('a', 0, 0, 260),
      node('b', 224, 0),
      node('c', 0, 84),
      node('d', 100, 0, 200, 60, 'b'),
    ]);
    expect(moved.get('b')).toEqual({ x: 276, y: 0 });
    expect(moved.has('c')).toBe(false);
    expect(moved.has('d')).toBe(false);
  });

  it('keeps the client view laid out in English free of overlaps when it is read in German', async () => {
    const doc = shippedModel();
    const view = doc.views.find((v) => v.id === 'client')!;
    // Positions as the English layout left them, nodes as German draws them (names, type labels, chips).
    const english = drawingOf(doc, view, crmBpoMetamodel);
    const positions = new Map<string, { x: number; y: number }>();
    const rows = new Map<string, number>();
    for (const el of english.folding.nodes) {
      const cell = `${el.role}|${el.area}`;
      const x = rows.get(cell) ?? 0;
      positions.set(el.id, { x, y: 0 });
      rows.set(cell, x + english.size(el).width + 24);
    }
    await setDataLanguage('de');
    const shown = localizeDocument(doc, 'de').doc;
    const german = drawingOf(shown, view, metamodelFor(shown));
    const placed = german.folding.nodes.map((el) => ({
      id: el.id,
      cell: `${el.role}|${el.area}`,
      at: positions.get(el.id)!,
      size: german.size(el),
    }));
    expect(overlaps(placed, (p) => p.at)).toBeGreaterThan(0);
    const moved = makeRoom(placed);
    expect(overlaps(placed, (p) => moved.get(p.id) ?? p.at)).toBe(0);
  });
});
