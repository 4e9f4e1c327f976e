import { describe, expect, it } from 'vitest';
import { estimateWidth } from '../../../src/core/diagram/text.ts';
import { NODE_FONTS, nodeBox, nodeInsets } from '../../../src/core/diagram/node-box.ts';
import { drawingOf } from '../../../src/core/diagram/drawing.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../../support/models.ts';

describe('node boxes', () => {
  it('hold every name and type label of every shipped model whole: no planned line is wider than its node', () => {
    for (const path of [
      'reference/crm-bpo.json',
      'architecture/geib-2005.json',
      'copc/copc-2000.json',
      'icmi/crm-objectives.json',
    ]) {
      const doc = shippedModel(path);
      for (const view of doc.views) {
        const drawing = drawingOf(doc, view, crmBpoMetamodel);
        for (const el of drawing.folding.nodes) {
          const box = drawing.box(el);
          const category = crmBpoMetamodel.elementType(el.type)?.category ?? '';
          const room = box.width - nodeInsets(category).left - nodeInsets(category).right;
          expect(box.nameLines.join(' ').replace(/\s+/g, ' ')).toBe(el.name.trim().replace(/\s+/g, ' '));
          for (const line of box.nameLines)
            expect(estimateWidth(line, NODE_FONTS.name), `${path} ${el.name}`).toBeLessThanOrEqual(room);
          for (const row of box.chipRows)
            expect(row.reduce((sum, c) => sum + c.width, 0) + (row.length - 1) * 6).toBeLessThanOrEqual(room + 1);
        }
      }
    }
  });

  it('grows with its name instead of cutting it', () => {
    const short = nodeBox(
      { category: 'business-object', typeLabel: 'Lead', name: 'Lead', optional: false },
      null,
      false,
    );
    const long = nodeBox(
      {
        category: 'business-object',
        typeLabel: 'Lead',
        name: 'A qualified lead handed over from a campaign to the sales team of the client',
        optional: false,
      },
      null,
      false,
    );
    expect(long.width).toBe(short.width);
    expect(long.nameLines.length).toBeGreaterThan(2);
    expect(long.height).toBeGreaterThan(short.height);
  });
});
