import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { exportDocument } from '../../src/core/io/json.ts';
import { generateDocument } from '../support/generate.ts';
import { measureScreen } from '../bench/screen-measure.ts';
import { launch, openWorkbench } from './support/browser.ts';
import { openModelFile, viewportSettled } from './support/canvas.ts';

/** A view of 400 elements on a 1024×768 projector: it opens on the readable process map, never on blank blocks. */

const doc = generateDocument(400, 1.5);
let browser: Browser;
let page: Page;
let errors: string[];
const dir = mkdtempSync(join(tmpdir(), 'refmod-large-'));
beforeAll(async () => {
  const file = join(dir, 'large.json');
  writeFileSync(file, exportDocument(doc));
  browser = await launch();
  ({ page, errors } = await openWorkbench(browser, { viewport: { width: 1024, height: 768 } }));
  await openModelFile(page, file);
  // The messages about the opened file sit over the top of the canvas; a person would close them first.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const currentLevel = () => page.locator('nav[aria-label="Level of the view"] [aria-current="page"]').textContent();
const zoom = () =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/** A screen point inside a cell of the process map where nothing but the cell itself is under the pointer. */
async function bareSpotIn(cellKey: string): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    const cell = document.querySelector('[data-testid="cell-${cellKey}"]');
    const r = cell.getBoundingClientRect();
    for (let fy = 0.95; fy > 0.05; fy -= 0.03) for (let fx = 0.5; fx < 0.95; fx += 0.05) {
      const x = r.left + r.width * fx, y = r.top + r.height * fy;
      if (document.elementFromPoint(x, y) === cell) return { x, y };
    }
    return null;
  })()`);
  if (!spot) throw new Error(`no bare spot in the cell ${cellKey} under the pointer`);
  return spot;
}

describe('a 400-element view at 1024×768', () => {
  it('opens on the process map, with its names readable: at least 12 at 12 px or more, none cut, no text under 9 px', async () => {
    await page.locator('.canvas--map').waitFor();
    expect(await currentLevel()).toBe('Process map');
    const seen = await measureScreen(page);
    expect(seen.readable).toBeGreaterThanOrEqual(12);
    expect(seen.cut).toBe(0);
    expect(seen.tiny).toBe(0);
    // The map draws processes by name, not one block per element.
    const processes = doc.elements.filter((e) => e.type.endsWith('process')).length;
    expect(await page.locator('.react-flow__node-map-process').count()).toBeLessThanOrEqual(processes);
    expect(await page.locator('.react-flow__node-element').count()).toBe(0);
  });

  it('shows a cell’s elements in detail on a double-click', async () => {
    const spot = await bareSpotIn('client|sales');
    await page.mouse.dblclick(spot.x, spot.y);
    await page.locator('.canvas:not(.canvas--map)').waitFor();
    await viewportSettled(page);
    expect(await currentLevel()).toBe('Client · Sales');
    const inCell = doc.elements.filter((e) => e.role === 'client' && e.area === 'sales');
    const shown = await page
      .locator('.react-flow__node-element')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    // Every object and process of the cell, and nothing from another cell (measures may be folded into their processes).
    expect(shown.filter((id) => !inCell.some((e) => e.id === id))).toEqual([]);
    expect(shown).toEqual(expect.arrayContaining(inCell.filter((e) => e.type !== 'quality-measure').map((e) => e.id)));
    const seen = await measureScreen(page);
    expect(seen.readable).toBeGreaterThanOrEqual(Math.min(12, seen.names));
    expect(seen.cut).toBe(0);
  });

  it('returns to the map when zoomed out of the full detail', async () => {
    await page.locator('nav[aria-label="Level of the view"]').getByRole('button', { name: 'Full detail' }).click();
    await page.waitForFunction(
      `document.querySelector('nav[aria-label="Level of the view"] [aria-current="page"]')?.textContent === 'Full detail'`,
    );
    await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 30_000 });
    await viewportSettled(page);
    expect(await page.locator('.canvas--map').count()).toBe(0);
    expect(await zoom()).toBeGreaterThanOrEqual(0.75);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let i = 0; i < 6 && (await page.locator('.canvas--map').count()) === 0; i++) {
      const before = await zoom();
      await page.mouse.wheel(0, 150);
      await page.waitForFunction(
        `new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a !== ${before} || !!document.querySelector('.canvas--map')`,
      );
    }
    await page.locator('.canvas--map').waitFor();
    await viewportSettled(page);
    expect(await currentLevel()).toBe('Process map');
    // Zoomed out, the view still reads: names, not blank blocks.
    expect((await measureScreen(page)).readable).toBeGreaterThanOrEqual(12);
    expect(errors).toEqual([]);
  });
});
