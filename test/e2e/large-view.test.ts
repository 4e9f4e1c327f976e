import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { exportDocument } from '../../src/core/io/json.ts';
import { generateDocument } from '../support/generate.ts';
import { launch, openWorkbench } from './support/browser.ts';
import { centre, drag, inspectorValue, openModelFile, undoLabel, viewportSettled } from './support/canvas.ts';

let browser: Browser;
let page: Page;
let errors: string[];
const dir = mkdtempSync(join(tmpdir(), 'refmod-large-'));
beforeAll(async () => {
  const file = join(dir, 'large.json');
  writeFileSync(file, exportDocument(generateDocument(400, 1.5)));
  browser = await launch();
  ({ page, errors } = await openWorkbench(browser));
  await openModelFile(page, file);
  // The messages about the opened file sit over the top of the map; a person would close them first.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Screen points at the middle of painted blocks: spots where the map layer shows 7×7 pixels of one opaque colour. */
async function blockPoints(): Promise<{ x: number; y: number }[]> {
  const box = (await page.locator('[data-testid="map-layer"]').boundingBox())!;
  const points = await page.locator('[data-testid="map-layer"]').evaluate((canvas: HTMLCanvasElement) => {
    const { width, height } = canvas;
    const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    const at = (x: number, y: number) => data.slice((y * width + x) * 4, (y * width + x) * 4 + 4).join();
    const found: { x: number; y: number }[] = [];
    for (let y = 4; y < height - 4 && found.length < 400; y += 5) {
      for (let x = 14; x < width - 4 && found.length < 400; x += 23) {
        const c = at(x, y);
        if (!c.endsWith(',255')) continue;
        let even = true;
        for (let dy = -3; dy <= 3 && even; dy++) for (let dx = -3; dx <= 3 && even; dx++) even = at(x + dx, y + dy) === c;
        if (even) found.push({ x: x / devicePixelRatio, y: y / devicePixelRatio });
      }
    }
    return found;
  });
  // One point per block: a point close to one already taken may be the same block.
  const apart: { x: number; y: number }[] = [];
  for (const p of points) if (apart.every((q) => Math.abs(q.x - p.x) > 70 || Math.abs(q.y - p.y) > 30)) apart.push(p);
  return apart.map((p) => ({ x: box.x + p.x, y: box.y + p.y }));
}

const selectedNodes = () => page.locator('.react-flow__node.selected');

describe('a large view zoomed out, drawn as a map', () => {
  it('paints the whole fitted view into one bitmap instead of 400 nodes', async () => {
    expect(await page.locator('[data-testid="map-layer"]').isVisible()).toBe(true);
    expect(await page.locator('.react-flow__node').count()).toBe(0);
    expect(await page.locator('.react-flow__edge').count()).toBe(0);
    expect((await blockPoints()).length).toBeGreaterThan(10);
  });

  it('names the element under the pointer, selects it on a click, and adds one with Shift', async () => {
    const [first, second] = await blockPoints();
    await page.mouse.move(first!.x, first!.y);
    const hovered = await page.locator('.react-flow__pane').getAttribute('title');
    expect(hovered).toMatch(/^[A-Z][\w /]+: [a-z-]+ \d+$/);
    await page.mouse.click(first!.x, first!.y);
    await selectedNodes().first().waitFor();
    expect(hovered).toMatch(new RegExp(`: ${await inspectorValue(page, 'Name')}$`));
    // The selected element becomes a real node again, right where its block is painted.
    const box = (await selectedNodes().boundingBox())!;
    expect(first!.x).toBeGreaterThanOrEqual(box.x);
    expect(first!.x).toBeLessThanOrEqual(box.x + box.width);
    await page.keyboard.down('Shift');
    await page.mouse.click(second!.x, second!.y);
    await page.keyboard.up('Shift');
    await expect.poll(() => selectedNodes().count()).toBe(2);
    expect(await page.locator('.inspector').textContent()).toMatch(/2 elements selected/);
  });

  it('drags a selected element as one undo step', async () => {
    await page.mouse.click(5, 5);
    const [spot] = await blockPoints();
    await page.mouse.click(spot!.x, spot!.y);
    const name = await inspectorValue(page, 'Name');
    await drag(page, await centre(selectedNodes()), { x: spot!.x + 12, y: spot!.y + 6 });
    expect(await undoLabel(page)).toMatch(new RegExp(`^Undo: (Reposition|Move) ${name}`));
  });

  it('selects every block inside a Shift-drag box', async () => {
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.keyboard.down('Shift');
    await drag(page, { x: pane.x + 40, y: pane.y + 30 }, { x: pane.x + pane.width / 2, y: pane.y + pane.height / 3 });
    await page.keyboard.up('Shift');
    const count = await selectedNodes().count();
    expect(count).toBeGreaterThan(2);
    expect(await page.locator('.inspector').textContent()).toMatch(new RegExp(`${count} elements selected`));
  });

  it('zooms into an element on double-click, where it is drawn in full again', async () => {
    const [spot] = await blockPoints();
    await page.mouse.dblclick(spot!.x, spot!.y);
    await viewportSettled(page);
    expect(await page.locator('[data-testid="map-layer"]').count()).toBe(0);
    const focused = selectedNodes();
    expect(await focused.count()).toBe(1);
    expect(await focused.locator('.el-node__name').textContent()).toBe(await inspectorValue(page, 'Name'));
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(1);
    // Nodes name themselves now; the pane's map tooltip is gone.
    expect(await page.locator('.react-flow__pane').getAttribute('title')).toBeNull();
    expect(errors).toEqual([]);
  });
});
