import { describe, expect, it } from 'vitest';
import { svgFile, viewImageSvg } from '../../../src/core/diagram/view-image.ts';
import { layoutViewImage, NAME_FONT } from '../../../src/core/diagram/view-image-layout.ts';
import { fitLine, wrap, type Measure } from '../../../src/core/diagram/text.ts';
import { IMAGE_WORDS } from '../../../src/core/i18n/image-words.ts';
import { placeUnpositioned } from '../../../src/core/layout/place.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { everyCategory } from '../io/sample-document.ts';

// Seven pixels a character: enough to test wrapping without a browser.
const measure: Measure = (text) => [...text].length * 7;

function drawn(options: { legend: boolean; labels: boolean } = { legend: true, labels: false }) {
  const doc = everyCategory();
  doc.elements[0]!.name = 'Inquiry <script>alert(1)</script> & “more”';
  doc.elements[1]!.optional = true;
  const view = doc.views[0]!;
  return {
    doc,
    model: layoutViewImage(
      doc,
      view,
      crmBpoMetamodel,
      placeUnpositioned(doc, view, crmBpoMetamodel),
      { ...options, words: IMAGE_WORDS.en },
      measure,
    ),
  };
}

describe('the image of a view', () => {
  it('places every element inside its lane cell and every relation between two node borders', () => {
    const { doc, model } = drawn();
    expect(model.nodes.map((n) => n.element.id)).toEqual(doc.elements.map((e) => e.id));
    for (const n of model.nodes) {
      const row = model.grid.rows.find((r) => r.id === n.element.role) ?? model.grid.rows.find((r) => r.id === null)!;
      const column =
        model.grid.columns.find((c) => c.id === n.element.area) ?? model.grid.columns.find((c) => c.id === null)!;
      expect(n.x - model.origin.x).toBeGreaterThanOrEqual(column.start);
      expect(n.x - model.origin.x + n.width).toBeLessThanOrEqual(column.start + column.size);
      expect(n.y - model.origin.y).toBeGreaterThanOrEqual(row.start);
      expect(n.y - model.origin.y + n.height).toBeLessThanOrEqual(row.start + row.size);
    }
    expect(model.edges).toHaveLength(doc.relations.length);
    expect(model.edges.find((e) => e.id === 'r2')).toMatchObject({ colour: '#8e44ad', dash: '7 5', label: null });
    expect(model.width).toBeGreaterThanOrEqual(model.grid.width + 2 * model.origin.x);
  });

  it('has a legend of the shapes, role colours and relation types the view uses', () => {
    const { model } = drawn();
    const labels = model.legend!.items.map((i) => i.label);
    expect(model.legend!.headings.map((h) => h.text)).toEqual(['Shapes', 'Roles', 'Relations']);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Business object',
        'Process',
        'Quality measure',
        'Goal',
        'Organisational role',
        'Information system',
        'Client',
        'Provider',
        'Customer',
        'optional (?), undecided',
      ]),
    );
    expect(labels).toContain(crmBpoMetamodel.relationType('knowledge-flow')!.label);
    expect(model.height).toBeGreaterThan(model.legend!.y + 3 * 24);
    expect(drawn({ legend: false, labels: true }).model.legend).toBeNull();
  });

  it('renders as SVG text: names as text nodes, never markup', () => {
    const { doc, model } = drawn({ legend: true, labels: true });
    const svg = viewImageSvg(model, { background: 'white', words: IMAGE_WORDS.en });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.match(/<g class="node"/g)).toHaveLength(doc.elements.length);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('>logs every call</text>');
    expect(svg).toContain('stroke-dasharray="5 3"');
  });

  it('wraps names into two lines and cuts the rest with an ellipsis', () => {
    expect(wrap('Answer end-user calls', 100, NAME_FONT, measure, 2)).toEqual(['Answer', 'end-user calls']);
    expect(wrap('Process non-electronic transactions quickly', 120, NAME_FONT, measure, 2)).toEqual([
      'Process',
      'non-electronic t…',
    ]);
    expect(wrap('고객관계관리프로세스', 35, NAME_FONT, measure, 2)).toEqual(['고객관계관', '리프로세스']);
    expect(fitLine('CUSTOMER KNOWLEDGE', 70, NAME_FONT, measure)).toBe('CUSTOMER…');
    expect(fitLine('short', 70, NAME_FONT, measure)).toBe('short');
  });

  it('writes a file with the model in its metadata, escaped, right after the title', () => {
    const { model } = drawn();
    const json = JSON.stringify({ name: 'A & B </metadata>' });
    const file = svgFile(viewImageSvg(model, { background: 'transparent', words: IMAGE_WORDS.en }), json);
    expect(file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(file).toContain(
      '</title><metadata id="refmod-model" data-media-type="application/vnd.refmod+json">{"name":"A &amp; B &lt;/metadata&gt;"}</metadata>',
    );
    // A transparent background: no white sheet behind the drawing.
    expect(file).not.toContain(`<rect width="${model.width}" height="${model.height}" fill="#ffffff"/>`);
  });

  it('draws the legend and tooltips in the words it is given', () => {
    const { model } = drawn();
    const de = layoutViewImage(
      everyCategory(),
      everyCategory().views[0]!,
      crmBpoMetamodel,
      placeUnpositioned(everyCategory(), everyCategory().views[0]!, crmBpoMetamodel),
      { legend: true, labels: false, words: IMAGE_WORDS.de },
      measure,
    );
    expect(de.legend!.headings.map((h) => h.text)).toEqual(['Formen', 'Rollen', 'Beziehungen']);
    const svg = viewImageSvg(model, { background: 'white', words: IMAGE_WORDS.ko, idPrefix: 'fig2' });
    expect(svg).toContain('<title>역할: ');
    expect(svg).toContain('id="fig2-clip-0"');
    expect(svg).not.toContain('id="vi-');
  });
});
