// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapImage } from '../../../src/core/diagram/map-image.ts';
import { importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { elementsInView } from '../../../src/core/model/queries.ts';

const imported = importDocument(readFileSync(join('models', 'reference', 'crm-bpo.json'), 'utf8'), crmBpoMetamodel);
if (!imported.ok) throw new Error('the shipped model does not import');
const doc = imported.document;
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
/** An A4 page's text block is 16 cm wide: 453 pt. */
const A4_TEXT_WIDTH_PT = 453;

describe('the process map as an image', () => {
  it('passes the paper test: the full model scaled to an A4 text width keeps every name and lane name at 8 pt or more', () => {
    const full = doc.views.find((v) => v.perspective === 'full')!;
    const image = mapImage(doc, full, crmBpoMetamodel);
    const svg = parse(image.svg);
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(Number(svg.documentElement.getAttribute('width'))).toBe(image.width);
    const scale = A4_TEXT_WIDTH_PT / image.width;
    const texts = [...svg.querySelectorAll('text.name, text.lane, text.title, text.legend')];
    expect(texts.length).toBeGreaterThan(40);
    const smallest = Math.min(...texts.map((t) => Number(t.getAttribute('font-size'))));
    expect(smallest * scale).toBeGreaterThanOrEqual(8);
  });

  for (const view of doc.views) {
    it(`draws every process of the ${view.name} by its whole name, with counts, connectors and a legend`, () => {
      const image = mapImage(doc, view, crmBpoMetamodel, { fontFamily: 'Arial' });
      const svg = parse(image.svg);
      expect(svg.querySelector('parsererror')).toBeNull();
      const drawn = new Map(
        [...svg.querySelectorAll('g.process')].map((g) => [
          g.getAttribute('data-element'),
          [...g.querySelectorAll('text.name')].map((t) => t.textContent).join(' '),
        ]),
      );
      const processes = elementsInView(doc, view).filter((e) => crmBpoMetamodel.categoryOf(e.type)?.id === 'process');
      expect(drawn.size).toBe(processes.length);
      for (const p of processes) expect(drawn.get(p.id)).toBe(p.name.split(/\s+/).join(' '));
      // One line and one count per connector; the counts add up to the relations between cells.
      expect(svg.querySelectorAll('polyline.connector')).toHaveLength(image.map.connectors.length);
      const counts = [...svg.querySelectorAll('.connectors text.count')].map((t) => Number(t.textContent));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(
        image.map.connectors.reduce((sum, c) => sum + c.relations.length, 0),
      );
      expect(svg.querySelector('text.title')!.textContent).toBe(`${doc.meta.name} · ${view.name} · process map`);
      expect([...svg.querySelectorAll('text.legend')].map((t) => t.textContent).join(' ')).toMatch(
        /How many quality measures.*Relations between two cells/,
      );
      expect(svg.documentElement.getAttribute('font-family')).toBe('Arial');
    });
  }

  it('lays the map out for a slide when asked: wider than tall, the legend in columns', () => {
    const full = doc.views.find((v) => v.perspective === 'full')!;
    const slide = mapImage(doc, full, crmBpoMetamodel, { shape: { width: 1600, height: 900 } });
    const page = mapImage(doc, full, crmBpoMetamodel);
    expect(slide.width).toBeGreaterThan(slide.height);
    expect(page.height).toBeGreaterThan(page.width);
    const legendX = new Set(
      [...parse(slide.svg).querySelectorAll('.legend g[transform]')].map(
        (g) => g.getAttribute('transform')!.split(' ')[0],
      ),
    );
    expect(legendX.size).toBeGreaterThan(1);
  });

  it('escapes names and leaves the background out when asked', () => {
    const view = doc.views[0]!;
    const renamed = {
      ...doc,
      elements: doc.elements.map((e) => (e.id === 'p-lead-management' ? { ...e, name: 'Leads <&> "quotes"' } : e)),
    };
    const image = mapImage(renamed, view, crmBpoMetamodel, { background: 'transparent', legend: false });
    const svg = parse(image.svg);
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(
      [...svg.querySelectorAll('g.process[data-element="p-lead-management"] text.name')]
        .map((t) => t.textContent)
        .join(' '),
    ).toBe('Leads <&> "quotes"');
    expect(svg.querySelector('.legend')).toBeNull();
    expect(svg.documentElement.firstElementChild!.tagName).toBe('title');
    expect(svg.querySelector(':scope > rect[fill="#ffffff"]')).toBeNull();
  });
});
