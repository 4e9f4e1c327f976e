import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize, readTextChunk } from '../../src/core/io/png-chunks.ts';
import { launch, openWorkbench } from './support/browser.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
interface ShippedModel {
  elements: { id: string; name: string; type: string }[];
  views: { id: string; name: string; elements: 'all' | string[] }[];
}
const reference = JSON.parse(readFileSync(join(ROOT, 'models/reference/crm-bpo.json'), 'utf8')) as ShippedModel;
const metamodel = JSON.parse(readFileSync(join(ROOT, 'models/metamodel/crm-bpo.json'), 'utf8')) as {
  elementTypes: { id: string; category: string }[];
};
const processTypes = new Set(metamodel.elementTypes.filter((t) => t.category === 'process').map((t) => t.id));
const processesOf = (viewId: string) => {
  const view = reference.views.find((v) => v.id === viewId)!;
  return reference.elements.filter(
    (e) => processTypes.has(e.type) && (view.elements === 'all' || view.elements.includes(e.id)),
  );
};
const unxml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

let browser: Browser;
let page: Page;
let errors: string[];
const downloads = mkdtempSync(join(tmpdir(), 'refmod-export-map-test-'));

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openWorkbench(browser, { viewport: { width: 1024, height: 768 } }));
});
afterAll(async () => {
  await browser?.close();
});

async function downloadOf(button: Locator): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

const dialog = () => page.getByRole('dialog');
async function openImageDialog(viewId: string) {
  await page.locator('.header').getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: /Image of the view/ }).click();
  await dialog().getByLabel('View', { exact: true }).selectOption(viewId);
}

/** Each process box of an exported map: its element id and its name as drawn, line by line. */
function drawnProcesses(svg: string): Map<string, string> {
  const boxes = [...svg.matchAll(/<g class="process" data-element="([^"]+)">([\s\S]*?)<\/g>/g)];
  return new Map(
    boxes.map((m) => [
      m[1]!,
      [...m[2]!.matchAll(/<text class="name"[^>]*>([^<]*)<\/text>/g)].map((t) => unxml(t[1]!)).join(' '),
    ]),
  );
}

describe('the process map as an image', () => {
  it(
    "exports the full model, over the design goals' limit, as a process map SVG by default, with every process by name and the model inside",
    { timeout: 60_000 },
    async () => {
      await openImageDialog('full');
      expect(
        await dialog()
          .getByLabel(/^Process map/)
          .isChecked(),
      ).toBe(true);
      await dialog().getByTestId('map-image').locator('svg').waitFor();
      const { path, name } = await downloadOf(dialog().getByRole('button', { name: 'Download SVG' }));
      expect(name).toBe('crm-in-bpo-reference-model-full-model-map.svg');
      const svg = readFileSync(path, 'utf8');
      expect(svg).toMatch(/^<\?xml[^>]+>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
      const drawn = drawnProcesses(svg);
      const processes = processesOf('full');
      expect([...drawn.keys()].sort()).toEqual(processes.map((p) => p.id).sort());
      for (const p of processes) expect(drawn.get(p.id)).toBe(p.name);
      expect(svg).toContain('>Legend</text>');
      const model = unxml(/<metadata id="refmod-model"[^>]*>([\s\S]*?)<\/metadata>/.exec(svg)![1]!);
      expect((JSON.parse(model) as ShippedModel).elements).toHaveLength(reference.elements.length);
    },
  );

  it(
    'offers the process map beside the detail of a smaller view, as SVG and as PNG carrying the model',
    { timeout: 60_000 },
    async () => {
      await openImageDialog('client');
      expect(
        await dialog()
          .getByLabel(/^Full detail/)
          .isChecked(),
      ).toBe(true);
      await dialog()
        .getByLabel(/^Process map/)
        .check();
      await dialog().getByTestId('map-image').locator('svg').waitFor();
      const { path } = await downloadOf(dialog().getByRole('button', { name: 'Download SVG' }));
      const svg = readFileSync(path, 'utf8');
      const drawn = drawnProcesses(svg);
      for (const p of processesOf('client')) expect(drawn.get(p.id)).toBe(p.name);
      const width = Number(/width="(\d+)"/.exec(svg)![1]);
      const height = Number(/height="(\d+)"/.exec(svg)![1]);

      await openImageDialog('client');
      await dialog()
        .getByLabel(/^Process map/)
        .check();
      await dialog().getByLabel(/^PNG/).check();
      await dialog().getByLabel(/^2×/).check();
      const png = new Uint8Array(
        readFileSync((await downloadOf(dialog().getByRole('button', { name: 'Download PNG' }))).path),
      );
      expect(pngSize(png)).toEqual({ width: width * 2, height: height * 2 });
      expect(await readTextChunk(png, 'refmod-model')).toContain('"formatVersion": 1');
      expect(errors).toEqual([]);
    },
  );
});
