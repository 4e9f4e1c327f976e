import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { GraphCache, viewGraph, type DetailScope } from '../../../src/ui/canvas/view-graph.ts';
import { drawingOf } from '../../../src/core/diagram/drawing.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';

const whole = (doc: RefDocument): DetailScope => ({
  drawing: drawingOf(doc, doc.views[0]!, crmBpoMetamodel),
  cell: null,
});
import { generateDocument } from '../../support/generate.ts';

describe('the nodes the canvas hands React Flow', () => {
  it('carry their size and handles, so React Flow need not render a node to measure it', () => {
    const doc = generateDocument(3, 1);
    const [node] = viewGraph(doc, doc.views[0]!, crmBpoMetamodel, new Set(), new GraphCache(), null, whole(doc)).nodes;
    expect(node!.measured).toEqual({ width: node!.width, height: node!.height });
    expect(node!.handles).toEqual([
      { type: 'target', position: Position.Left, x: -4.5, y: node!.height! / 2 - 4.5, width: 9, height: 9 },
      {
        type: 'source',
        position: Position.Right,
        x: node!.width! - 4.5,
        y: node!.height! / 2 - 4.5,
        width: 9,
        height: 9,
      },
    ]);
  });

  it('put the handles where relations enter and leave under the flow direction', () => {
    const doc = generateDocument(3, 1);
    doc.designGoals.flowDirection = 'BT';
    const [node] = viewGraph(doc, doc.views[0]!, crmBpoMetamodel, new Set(), new GraphCache(), null, whole(doc)).nodes;
    expect(node!.handles!.map((h) => [h.type, h.position, h.x, h.y])).toEqual([
      ['target', Position.Bottom, node!.width! / 2 - 4.5, node!.height! - 4.5],
      ['source', Position.Top, node!.width! / 2 - 4.5, -4.5],
    ]);
  });

  it('stay the same objects while nothing about them changes', () => {
    const doc = generateDocument(20, 1.5);
    const cache = new GraphCache();
    const scope = whole(doc);
    const first = viewGraph(doc, doc.views[0]!, crmBpoMetamodel, new Set(), cache, null, scope);
    const again = viewGraph(doc, doc.views[0]!, crmBpoMetamodel, new Set(['e3']), cache, null, scope);
    expect(again.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(['e3']);
  });
});
