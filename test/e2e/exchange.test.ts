import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDrawio } from '../../src/core/exchange/drawio/export.ts';
import { importArchimate } from '../../src/core/exchange/archimate/import.ts';
import { exportDocument, importDocument } from '../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { elementsInView } from '../../src/core/model/queries.ts';
import type { RefDocument } from '../../src/core/model/schema.ts';
import { launch, openWorkbench } from './support/browser.ts';
import { openModelFile, undoLabel } from './support/canvas.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const MXCLIENT = join(ROOT, 'node_modules/mxgraph/javascript/mxClient.min.js');
const SHOTS = process.env.REFMOD_SHOTS ?? mkdtempSync(join(tmpdir(), 'refmod-exchange-shots-'));
mkdirSync(SHOTS, { recursive: true });
const files = mkdtempSync(join(tmpdir(), 'refmod-exchange-'));
const index = JSON.parse(readFileSync(join(ROOT, 'models/index.json'), 'utf8')) as { file: string }[];
const load = (file: string): RefDocument => {
  const result = importDocument(readFileSync(join(ROOT, 'models', file), 'utf8'), crmBpoMetamodel);
  if (!result.ok) throw new Error(`${file} does not import`);
  return result.document;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The few parts of mxGraph's global API the test uses. */
interface MxCell {
  value: unknown;
}
interface MxGraph {
  setHtmlLabels(on: boolean): void;
  convertValueToString: (cell: MxCell) => string;
  getModel(): unknown;
  getGraphBounds(): { x: number; y: number; width: number; height: number };
}
interface MxGraphGlobals {
  mxUtils: { parseXml(text: string): Document; isNode(value: unknown): boolean };
  mxGraph: {
    new (container: HTMLElement | null): MxGraph;
    prototype: { convertValueToString(this: MxGraph, cell: MxCell): string };
  };
  mxCodec: new (doc: Document) => { decode(node: Element | undefined, into: unknown): void };
}

/**
 * Renders a .drawio file's first page with mxGraph, the engine draw.io is built on, as draw.io decodes it (its
 * `<object>` cells carry their label), and returns the text of each rendered label.
 */
async function renderWithMxGraph(
  page: Page,
  xml: string,
): Promise<{ labels: string[]; width: number; height: number }> {
  await page.setContent('<!doctype html><body style="margin:0;background:#fff"><div id="graph"></div></body>');
  await page.addScriptTag({ content: 'window.mxLoadResources = false; window.mxLoadStylesheets = false;' });
  await page.addScriptTag({ path: MXCLIENT });
  return page.evaluate((text) => {
    const mx = window as unknown as MxGraphGlobals;
    const doc = mx.mxUtils.parseXml(text);
    const graph = new mx.mxGraph(document.getElementById('graph'));
    graph.setHtmlLabels(true);
    graph.convertValueToString = (cell) =>
      mx.mxUtils.isNode(cell.value)
        ? ((cell.value as Element).getAttribute('label') ?? '')
        : mx.mxGraph.prototype.convertValueToString.call(graph, cell);
    new mx.mxCodec(doc).decode(doc.getElementsByTagName('mxGraphModel')[0], graph.getModel());
    const bounds = graph.getGraphBounds();
    // Only labels drawn with a box of their own count: a name that is there but not shown would not.
    const labels = [...document.querySelectorAll('#graph foreignObject div div div')]
      .filter((d) => d.getBoundingClientRect().width > 0 && d.getBoundingClientRect().height > 0)
      .map((d) => (d.textContent ?? '').replace(/\s+/g, ' ').trim());
    return { labels, width: Math.ceil(bounds.x + bounds.width), height: Math.ceil(bounds.y + bounds.height) };
  }, xml);
}

describe('a .drawio export rendered by mxGraph in Chromium', () => {
  it.each(index.map((m) => m.file))(
    '%s: every element name of every view shows',
    async (file) => {
      const doc = load(file);
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const view of doc.views) {
        const { labels, width, height } = await renderWithMxGraph(page, exportDrawio(doc, { viewIds: [view.id] }));
        const names = elementsInView(doc, view).map((e) => e.name.replace(/\s+/g, ' ').trim());
        expect(names.filter((n) => !labels.includes(n))).toEqual([]);
        // The lane names show too.
        for (const lane of doc.macroStructure.roles) expect(labels).toContain(lane.name);
        if (file === 'reference/crm-bpo.json' && view.id === 'client') {
          await page.setViewportSize({ width: Math.min(width + 20, 4000), height: Math.min(height + 20, 4000) });
          await page.screenshot({ path: join(SHOTS, 'drawio-mxgraph-client.png') });
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});

describe('ArchiMate and draw.io in the workbench', () => {
  let page: Page;
  let errors: string[];
  const dialog = () => page.getByRole('dialog');
  const exportTab = () => page.locator('.header').getByRole('button', { name: 'Export', exact: true }).click();
  const downloadOf = async (button: Locator) => {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = join(files, download.suggestedFilename());
    await download.saveAs(path);
    return path;
  };
  const shipped = load('reference/crm-bpo.json');

  beforeAll(async () => {
    ({ page, errors } = await openWorkbench(browser));
  }, 60_000);

  it('exports ArchiMate from the Export tab, says how it maps, and the file reads back as the same model', async () => {
    await exportTab();
    await page.getByRole('button', { name: 'ArchiMate exchange file (.xml)…' }).click();
    const table = dialog().locator('.archimate-export__table');
    await expect.poll(() => table.locator('tr', { hasText: /^Process/ }).textContent()).toMatch(/BusinessProcess/);
    expect(await table.locator('tr', { hasText: /^Quality measure/ }).textContent()).toMatch(
      /Outcome.*no metric element/,
    );
    expect(await dialog().locator('.archimate-export__notes').textContent()).toMatch(/refmod: properties/);
    await page.screenshot({ path: join(SHOTS, 'archimate-export-1440.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(SHOTS, 'archimate-export-1024.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    const path = await downloadOf(dialog().getByRole('button', { name: 'Download .xml' }));
    await dialog().locator('.dialog-actions').getByRole('button', { name: 'Close' }).click();
    const back = importArchimate(readFileSync(path, 'utf8'), crmBpoMetamodel);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    // The open model is the shipped one, laid out by the workbench: only positions may differ.
    const unplaced = (doc: RefDocument) =>
      exportDocument({ ...doc, views: doc.views.map((v) => ({ ...v, positions: {} })) });
    expect(unplaced(back.document)).toBe(unplaced(shipped));
  });

  it('downloads the current view as .drawio with every element of the view', async () => {
    await exportTab();
    const path = await downloadOf(page.getByRole('button', { name: 'draw.io diagram of the view (.drawio)' }));
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^<mxfile host="Refmod"/);
    const view = shipped.views[0]!;
    for (const el of elementsInView(shipped, view)) expect(text).toContain(`<object id="${el.id}"`);
  });

  it('opens an ArchiMate file from another tool as a model, saying what it left out', async () => {
    const foreign = join(files, 'kundenservice.xml');
    writeFileSync(
      foreign,
      `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">
  <name xml:lang="de">Kundenservice</name>
  <elements>
    <element identifier="id-p1" xsi:type="BusinessProcess"><name xml:lang="de">Anfrage annehmen</name></element>
    <element identifier="id-o" xsi:type="BusinessObject"><name xml:lang="de">Anfrage</name></element>
    <element identifier="id-n" xsi:type="Node"><name xml:lang="de">Server</name></element>
  </elements>
  <relationships>
    <relationship identifier="id-r" source="id-p1" target="id-o" xsi:type="Access" accessType="Write"/>
  </relationships>
</model>`,
    );
    await openModelFile(page, foreign);
    expect(await page.locator('.header h1').textContent()).toBe('Kundenservice');
    expect(await page.locator('.notice', { hasText: 'from kundenservice.xml.' }).textContent()).toMatch(
      /1 Node element left out/,
    );
  });

  it('refuses a broken .xml and keeps the open model', async () => {
    const broken = join(files, 'broken.xml');
    writeFileSync(broken, '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"><name>Half');
    await page.locator('[data-testid="open-file"]').setInputFiles(broken);
    await expect
      .poll(() => page.locator('.notice--error').last().textContent())
      .toMatch(/"broken\.xml" was not opened: .*not well-formed XML.*The open model is unchanged\./);
    expect(await page.locator('.header h1').textContent()).toBe('Kundenservice');
  });

  it('imports a hand-drawn .drawio: the user types each shape style, edges become relations, one undo step', async () => {
    const drawn = join(files, 'service-desk.drawio');
    writeFileSync(
      drawn,
      `<mxfile host="app.diagrams.net"><diagram id="a" name="Service desk"><mxGraphModel><root>
  <mxCell id="0"/><mxCell id="1" parent="0"/>
  <mxCell id="p1" value="Answer calls" style="rounded=0;whiteSpace=wrap;html=1;fillColor=#dae8fc;" vertex="1" parent="1"><mxGeometry x="20" y="40" width="120" height="60" as="geometry"/></mxCell>
  <mxCell id="p2" value="Solve cases" style="rounded=0;whiteSpace=wrap;html=1;fillColor=#dae8fc;" vertex="1" parent="1"><mxGeometry x="200" y="40" width="120" height="60" as="geometry"/></mxCell>
  <mxCell id="o1" value="Inquiry" style="shape=document;whiteSpace=wrap;html=1;" vertex="1" parent="1"><mxGeometry x="20" y="200" width="120" height="60" as="geometry"/></mxCell>
  <mxCell id="e1" edge="1" parent="1" source="p1" target="p2" style=""><mxGeometry relative="1" as="geometry"/></mxCell>
  <mxCell id="e2" edge="1" parent="1" source="o1" target="p1" style=""><mxGeometry relative="1" as="geometry"/></mxCell>
  <mxCell id="e3" edge="1" parent="1" source="o1" style=""><mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>`,
    );
    await page.locator('[data-testid="open-file"]').setInputFiles(drawn);
    await expect.poll(() => dialog().locator('.import-counts').textContent()).toBe('3 elements2 relations1 view');
    await dialog()
      .getByLabel(/rectangle #dae8fc/)
      .selectOption({ label: 'COPC key customer-related process' });
    await dialog()
      .getByLabel(/document/)
      .selectOption({ label: 'Inquiry' });
    expect(await dialog().locator('.import-problems--warning').textContent()).toMatch(/1 edge is left out/);
    await page.screenshot({ path: join(SHOTS, 'drawio-import-1440.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(SHOTS, 'drawio-import-1024.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await dialog().getByRole('button', { name: 'Import 3 elements and 2 relations' }).click();
    await page.getByRole('tab', { name: /Service desk/ }).waitFor();
    expect(await undoLabel(page)).toBe('Undo: Import draw.io diagram (3 elements, 2 relations)');
    const named = (name: string) =>
      page.locator('.react-flow__node', { has: page.locator('.el-node__name', { hasText: new RegExp(`^${name}$`) }) });
    await named('Answer calls').waitFor();
    expect(await named('Answer calls').textContent()).toMatch(/COPC key\s*customer-related\s*process/i);
    expect(await named('Inquiry').textContent()).toMatch(/Inquiry/);
  });

  it('shows a compressed .drawio as a clear error and imports nothing', async () => {
    const compressed = join(files, 'packed.drawio');
    writeFileSync(compressed, '<mxfile><diagram name="Page-1">7VdNc5swEP01</diagram></mxfile>');
    const before = await page.locator('[role="tab"]').count();
    await page.locator('[data-testid="open-file"]').setInputFiles(compressed);
    await expect
      .poll(() => dialog().locator('.import-problems').textContent())
      .toMatch(/packed\.drawio cannot be imported.*compressed.*untick "Compressed".*The open model is unchanged/);
    expect(await dialog().getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('[role="tab"]').count()).toBe(before);
    expect(errors).toEqual([]);
  });
});
