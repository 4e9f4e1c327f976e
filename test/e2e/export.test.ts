import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize, readTextChunk } from '../../src/core/io/png-chunks.ts';
import { launch, openWorkbench } from './support/browser.ts';
import { openModelFile, undoLabel } from './support/canvas.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SHIPPED = JSON.parse(readFileSync(join(ROOT, 'models/index.json'), 'utf8')) as { file: string; title: string }[];
interface ShippedView {
  id: string;
  name: string;
  elements: 'all' | string[];
}
interface ShippedModel {
  meta: { name: string };
  elements: { id: string; name: string }[];
  views: ShippedView[];
}
const shipped = (file: string) => JSON.parse(readFileSync(join(ROOT, 'models', file), 'utf8')) as ShippedModel;
const inView = (doc: ShippedModel, view: ShippedView) =>
  view.elements === 'all' ? doc.elements : doc.elements.filter((e) => view.elements.includes(e.id));

let browser: Browser;
let page: Page;
let errors: string[];
const downloads = mkdtempSync(join(tmpdir(), 'refmod-export-test-'));

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openWorkbench(browser));
  // Save falls back to a download when the browser has no save picker; the test reads that download.
  await page.evaluate(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks and returns the file the click downloads, saved under its suggested name. */
async function downloadOf(button: Locator): Promise<{ path: string; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  return { path, download };
}

const exportPanel = () => page.locator('.header').getByRole('button', { name: 'Export', exact: true }).click();
const dialog = () => page.getByRole('dialog');
const savedJson = async () =>
  readFileSync(
    (await downloadOf(page.locator('.header').getByRole('button', { name: 'Save', exact: true }))).path,
    'utf8',
  );
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('images of a view', () => {
  const reference = shipped('reference/crm-bpo.json');
  const customer = reference.views.find((v) => v.id === 'customer')!;
  const shown = inView(reference, customer);
  let embedded: string;
  let svgSize: { width: number; height: number };
  let nodes: { id: string; x: number; y: number }[];

  it('exports the customer view as an SVG that shows its nodes and carries the model', async () => {
    await page.getByRole('tab', { name: /Customer view/ }).click();
    await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 30_000 });
    await exportPanel();
    await page.getByRole('button', { name: /Image of the view/ }).click();
    await dialog().locator('.image-export__svg').waitFor();
    expect(await dialog().getByLabel('View', { exact: true }).inputValue()).toBe('customer');
    const { path, download } = await downloadOf(dialog().getByRole('button', { name: 'Download SVG' }));
    expect(download.suggestedFilename()).toBe('crm-in-bpo-reference-model-customer-view.svg');
    const svg = readFileSync(path, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]+>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
    nodes = [
      ...svg.matchAll(/<g class="node" data-element="([^"]+)" transform="translate\(([\d.]+) ([\d.]+)\)">/g),
    ].map((m) => ({ id: m[1]!, x: Number(m[2]), y: Number(m[3]) }));
    expect(nodes.map((n) => n.id).sort()).toEqual(shown.map((e) => e.id).sort());
    for (const el of shown) expect(svg).toContain(`: ${xml(el.name)}</title>`);
    expect(svg).toContain('>Shapes</text>');
    svgSize = { width: Number(/width="(\d+)"/.exec(svg)![1]), height: Number(/height="(\d+)"/.exec(svg)![1]) };
    const metadata = /<metadata id="refmod-model"[^>]*>([\s\S]*?)<\/metadata>/.exec(svg)![1]!;
    embedded = metadata.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect((JSON.parse(embedded) as ShippedModel).meta.name).toBe(reference.meta.name);
    expect(embedded).toBe(await savedJson());

    await openModelFile(page, path);
    await page.locator('.notice--success', { hasText: `from ${download.suggestedFilename()}` }).waitFor();
    expect(await savedJson()).toBe(embedded);
  });

  it('exports a 2× PNG that shows the nodes, carries the model, and opens back to the same document', async () => {
    await page.getByRole('tab', { name: /Customer view/ }).click();
    await exportPanel();
    await page.getByRole('button', { name: /Image of the view/ }).click();
    await dialog().getByLabel(/^PNG/).check();
    await dialog().getByLabel(/^2×/).check();
    const { path } = await downloadOf(dialog().getByRole('button', { name: 'Download PNG' }));
    const png = new Uint8Array(readFileSync(path));
    expect(pngSize(png)).toEqual({ width: svgSize.width * 2, height: svgSize.height * 2 });
    expect(await readTextChunk(png, 'refmod-model')).toBe(embedded);

    // Each node's box in the picture holds dark pixels: its border, icon and name were drawn.
    const dark = await page.evaluate(
      async ({ data, boxes }) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return boxes.map((b) => {
          const pixels = context.getImageData(b.x * 2, b.y * 2, 160 * 2, 50 * 2).data;
          let count = 0;
          for (let i = 0; i < pixels.length; i += 4)
            if (pixels[i]! * 0.3 + pixels[i + 1]! * 0.59 + pixels[i + 2]! * 0.11 < 110) count++;
          return count;
        });
      },
      { data: Buffer.from(png).toString('base64'), boxes: nodes },
    );
    expect(dark.length).toBe(shown.length);
    expect(Math.min(...dark)).toBeGreaterThan(150);

    await openModelFile(page, path);
    await page.locator('.notice--success', { hasText: 'from crm-in-bpo-reference-model-customer-view.png' }).waitFor();
    expect(await savedJson()).toBe(embedded);
  });

  it('refuses an image that carries no model, and keeps the open one', async () => {
    const foreign = join(downloads, 'photo.png');
    writeFileSync(
      foreign,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    await page.locator('[data-testid="open-file"]').setInputFiles(foreign);
    await expect
      .poll(() => page.locator('.notice--error').last().textContent())
      .toMatch(/"photo\.png" carries no Refmod model.*The open model is unchanged\./);
    writeFileSync(join(downloads, 'notes.txt'), 'hello');
    await page.locator('[data-testid="open-file"]').setInputFiles(join(downloads, 'notes.txt'));
    await expect
      .poll(() => page.locator('.notice--error').last().textContent())
      .toMatch(/"notes\.txt" was not opened: Refmod opens models \(\.json\)/);
    expect(await page.locator('.header h1').textContent()).toBe(reference.meta.name);
  });
});

describe('Mermaid import', () => {
  const flowchart = [
    'flowchart LR',
    '  subgraph back_office [Back office]',
    '    scan[Scan letters] --> letter(Letter)',
    '    letter --> index[[Index letters]]',
    '  end',
    '  archive[(Archive)] -.-> index',
    '  click scan "https://example.org"',
  ].join('\n');

  it('creates the nodes of a pasted flowchart as one undoable step', async () => {
    await exportPanel();
    await page.getByRole('button', { name: 'Mermaid flowchart…' }).click();
    await dialog()
      .getByLabel(/^Flowchart/)
      .fill(flowchart);
    const counts = dialog().locator('.import-counts');
    await expect.poll(() => counts.textContent()).toBe('4 elements3 relations1 areas0 roles');
    await dialog()
      .getByLabel(/rect shape/)
      .selectOption({ label: 'Support process' });
    await dialog().getByRole('button', { name: 'Import 4 elements and 3 relations' }).click();
    await page.getByRole('tab', { name: /Imported from Mermaid/ }).waitFor();
    // A view this small opens on its map, which names all three; the folded badge shows in detail.
    await page.locator('.canvas--map .react-flow__node', { hasText: 'Scan letters' }).waitFor();
    // The new view's tab shows whole, beside the "All views" menu the strip now needs.
    const tab = page.getByRole('tab', { name: /Imported from Mermaid/ });
    await expect
      .poll(() =>
        tab.evaluate((el) => {
          const strip = el.closest('.view-tabs__strip')!.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return box.left >= strip.left - 1 && box.right <= strip.right + 1;
        }),
      )
      .toBe(true);
    await page.locator('nav[aria-label="Level of the view"]').getByRole('button', { name: 'Full detail' }).click();
    const named = (name: string) =>
      page.locator('.react-flow__node', { has: page.locator('.el-node__name', { hasText: new RegExp(`^${name}$`) }) });
    for (const name of ['Scan letters', 'Letter', 'Index letters']) await named(name).waitFor();
    // The archive only supports a process, so it is folded into it as a badge.
    expect(await page.locator('.react-flow__node').count()).toBe(3);
    await expect.poll(() => named('Index letters').locator('.el-chip--system').textContent()).toBe('Archive');
    expect(await named('Scan letters').textContent()).toMatch(/Support process/i);
    expect(await undoLabel(page)).toBe('Undo: Import Mermaid flowchart (4 elements, 3 relations)');
    await page.locator('.header').getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => page.getByRole('tab', { name: /Imported from Mermaid/ }).count()).toBe(0);
  });

  it('opens a .mmd file in the import dialog, with the lines it leaves out', async () => {
    const file = join(downloads, 'letters.mmd');
    writeFileSync(file, flowchart + '\n  scan --> back_office\n');
    await page.locator('[data-testid="open-file"]').setInputFiles(file);
    await expect
      .poll(() =>
        dialog()
          .getByLabel(/^Flowchart from letters\.mmd/)
          .inputValue(),
      )
      .toContain('scan[Scan letters]');
    await expect.poll(() => dialog().locator('.import-problems--warning').textContent()).toMatch(/Line 8/);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('CSV tables', () => {
  it('names every problem of an imported table by row and column', async () => {
    await exportPanel();
    await page.getByRole('button', { name: /Tables for spreadsheets/ }).click();
    const { path } = await downloadOf(dialog().getByRole('button', { name: /^Download elements/ }));
    const exported = readFileSync(path, 'utf8');
    expect(exported.startsWith('\ufeffid,type,name,')).toBe(true);
    await dialog()
      .getByLabel('Elements CSV file')
      .setInputFiles({
        name: 'broken.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('id,type,name\r\nx1,no-such-type,Answer calls\r\nx2,delivery-process,\r\n'),
      });
    const rows = dialog().locator('.csv-problems tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').allTextContents()).toEqual([
      'elements',
      '2',
      'type',
      '"no-such-type" is not an element type of the CRM in BPO metamodel.',
    ]);
    expect(await rows.nth(1).locator('td').allTextContents()).toEqual([
      'elements',
      '3',
      'name',
      'A name cannot be empty.',
    ]);
    expect(await dialog().getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await dialog().getByLabel('Elements CSV file').setInputFiles(path);
    await dialog()
      .getByRole('button', { name: /^Import \d+ elements/ })
      .click();
    await page.locator('.notice--success', { hasText: 'Imported the CSV tables: 0 new and' }).waitFor();
  });
});

describe('the Mermaid preview', () => {
  it(
    'draws the full detail of every view of every shipped model, one diagram node per element',
    { timeout: 600_000 },
    async () => {
      for (const entry of SHIPPED) {
        const doc = shipped(entry.file);
        await openModelFile(page, join(ROOT, 'models', entry.file));
        await exportPanel();
        for (const view of doc.views) {
          await page.getByLabel('Show', { exact: true }).selectOption(view.id);
          const expected = inView(doc, view).length;
          if (expected === 0) {
            await page.locator('.export-empty').waitFor();
            continue;
          }
          await page.getByRole('group', { name: 'Level' }).getByRole('button', { name: 'Full detail' }).click();
          const draw = page.getByRole('button', { name: /^Render preview \(\d+ nodes, about \d+ s\)$/ });
          const done = page.locator('.mermaid-preview__meta', { hasText: `${expected} elements` });
          await draw.or(done).or(page.locator('.mermaid-preview__error')).first().waitFor({ timeout: 60_000 });
          // Mermaid draws on the page's own thread, which a loaded machine stretches past the 30 s click default.
          if (await draw.isVisible()) await draw.click({ timeout: 120_000 });
          await done.or(page.locator('.mermaid-preview__error')).first().waitFor({ timeout: 120_000 });
          expect(await page.locator('.mermaid-preview__error').count(), `${entry.file} ${view.id}`).toBe(0);
          const drawn = await page
            .locator('.mermaid-preview__frame:not(.is-stale) [data-testid="mermaid-preview"] svg g.node')
            .count();
          expect(drawn, `${entry.file} ${view.id}`).toBe(expected);
        }
      }
      expect(errors).toEqual([]);
    },
  );
});
