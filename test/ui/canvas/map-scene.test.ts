import { describe, expect, it } from 'vitest';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { elementAt, elementsWithin, mapScene, rectOfNode } from '../../../src/ui/canvas/map-scene.ts';
import { GraphCache, viewGraph } from '../../../src/ui/canvas/view-graph.ts';
import { generateDocument } from '../../support/generate.ts';

const doc = generateDocument(30, 1.5);
doc.elements[4]!.optional = true;
const view = doc.views[0]!;
view.positions = Object.fromEntries(doc.elements.map((e, i) => [e.id, { x: 24 + (i % 3) * 220, y: 24 + Math.floor(i / 9) * 90 }]));
const graph = (selected: string[] = []) => viewGraph(doc, view, crmBpoMetamodel, new Set(selected), new GraphCache(), null, true);
const total = (groups: { rects?: unknown[]; segments?: unknown[] }[]) => groups.reduce((n, g) => n + (g.rects ?? g.segments ?? []).length, 0);

describe('the map drawing of a zoomed-out view', () => {
  it('draws every element as a block and every relation between two of them as one line', () => {
    const { nodes, edges } = graph();
    const scene = mapScene(nodes, edges, crmBpoMetamodel, undefined);
    const white = scene.fills.find((f) => f.colour === '#ffffff')!;
    expect(white.rects).toHaveLength(30);
    expect(total(scene.lines)).toBe(edges.length);
    // Blocks are tinted in the element's colour, lighter when the element is optional, with a solid strip.
    const tentative = nodes[4]!;
    expect(scene.fills.find((f) => f.colour === tentative.data.colour && f.alpha === 0.22)!.rects).toEqual([rectOfNode(tentative)]);
    expect(scene.outlines.map((o) => o.stroke.dash)).toEqual(['3 2']);
  });

  it('outlines the selection and makes the relations of selected elements stand out', () => {
    const { nodes, edges } = graph(['e0']);
    const scene = mapScene(nodes, edges, crmBpoMetamodel, undefined);
    const outline = scene.outlines.find((o) => o.stroke.width === 2.5)!;
    expect(outline.rects).toEqual([rectOfNode(nodes[0]!)]);
    const touching = edges.filter((e) => e.source === 'e0' || e.target === 'e0').length;
    expect(touching).toBeGreaterThan(0);
    expect(total(scene.lines.filter((l) => l.stroke.colour === '#1d2733'))).toBe(touching);
    // Highlighted lines come last, so they are drawn over the others.
    expect(scene.lines.at(-1)!.stroke.colour).toBe('#1d2733');
  });

  it('marks compared elements in the colour of their change', () => {
    const { nodes, edges } = graph();
    const scene = mapScene(nodes, edges, crmBpoMetamodel, new Map([['e1', 'added'], ['e2', 'changed']]));
    expect(scene.outlines.find((o) => o.stroke.colour === '#2e7d32')!.rects).toEqual([rectOfNode(nodes[1]!)]);
    expect(scene.outlines.find((o) => o.stroke.colour === '#d08a00')!.rects).toEqual([rectOfNode(nodes[2]!)]);
  });

  it('picks the element under a point, and nothing between blocks', () => {
    const { nodes } = graph();
    const r = rectOfNode(nodes[7]!);
    expect(elementAt(nodes, { x: r.x + 5, y: r.y + r.h / 2 })?.id).toBe('e7');
    expect(elementAt(nodes, { x: r.x + r.w + 10, y: r.y + r.h / 2 })).toBeUndefined();
  });

  it('picks the blocks wholly inside a box, whichever corner it was drawn from', () => {
    const { nodes } = graph();
    const a = rectOfNode(nodes[0]!);
    const b = rectOfNode(nodes[4]!);
    const ids = (found: { id: string }[]) => found.map((n) => n.id).sort();
    const expected = ids(nodes.filter((n) => { const r = rectOfNode(n); return r.x >= a.x && r.x + r.w <= b.x + b.w && r.y >= a.y && r.y + r.h <= b.y + b.h; }));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(ids(elementsWithin(nodes, { x: a.x, y: a.y }, { x: b.x + b.w, y: b.y + b.h }))).toEqual(expected);
    expect(ids(elementsWithin(nodes, { x: b.x + b.w, y: b.y + b.h }, { x: a.x, y: a.y }))).toEqual(expected);
    expect(elementsWithin(nodes, { x: a.x + 1, y: a.y }, { x: a.x + a.w, y: a.y + a.h })).toEqual([]);
  });
});
