import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openWorkbench } from './support/browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openWorkbench(browser));
  // Long tasks on the main thread: how long mermaid holds the page while it draws.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
    });
  });
});
afterAll(async () => {
  await browser?.close();
});

const preview = () => page.locator('.mermaid-preview__frame:not(.is-stale) [data-testid="mermaid-preview"] svg');
const done = () => page.locator('.mermaid-preview__meta');
const longest = () =>
  page.evaluate(() => Math.round(Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks.splice(0))));
/** The drawn size: mermaid writes the natural size into the viewBox and shrinks the picture to the panel. */
const drawnSize = async () => {
  const [, , width, height] = (await preview().getAttribute('viewBox'))!.split(/\s+/).map(Number);
  return { width: Math.round(width!), height: Math.round(height!) };
};

describe('Mermaid per level', () => {
  it(
    "opens a view over the design goals' limit on its process map, drawn at once, and draws the full detail only on request",
    { timeout: 120_000 },
    async () => {
      await page.locator('.header').getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByLabel('Show', { exact: true }).selectOption('full');
      const level = page.getByRole('group', { name: 'Level' });
      expect(await level.getByRole('button', { name: 'Process map' }).getAttribute('aria-pressed')).toBe('true');
      await done().waitFor({ timeout: 60_000 });
      expect(await page.locator('.mermaid-preview__error').count()).toBe(0);
      // One node per process and per cell's count line; one subgraph per cell.
      expect(await preview().locator('g.node').count()).toBeGreaterThan(28);
      expect(await page.locator('#mermaid-text').inputValue()).toMatch(/^flowchart TB\n( {2}acc.*\n){2} {2}subgraph /);
      const map = await drawnSize();
      console.log(`full model, process map: ${map.width} × ${map.height} px, longest task ${await longest()} ms`);

      await level.getByRole('button', { name: 'Full detail' }).click();
      const render = page.getByRole('button', { name: /^Render preview \(148 nodes, about \d+ s\)$/ });
      await render.waitFor();
      // Nothing is drawn until asked: the stale map fades, no new drawing starts.
      expect(await page.locator('.mermaid-preview__progress').count()).toBe(0);
      expect(await longest()).toBeLessThan(1000);
    },
  );

  it("draws the client view's process map much smaller than its detail", { timeout: 120_000 }, async () => {
    await page.getByLabel('Show', { exact: true }).selectOption('client');
    const level = page.getByRole('group', { name: 'Level' });
    await level.getByRole('button', { name: 'Full detail' }).click();
    const render = page.getByRole('button', { name: /^Render preview \(\d+ nodes, about \d+ s\)$/ });
    await render.or(done()).first().waitFor({ timeout: 30_000 });
    if (await render.isVisible()) {
      await longest();
      await render.click();
    }
    await done().waitFor({ timeout: 60_000 });
    const detail = await drawnSize();
    const detailTask = await longest();
    await level.getByRole('button', { name: 'Process map' }).click();
    await page.locator('.mermaid-preview__meta', { hasText: 'connectors' }).waitFor({ timeout: 60_000 });
    const map = await drawnSize();
    console.log(
      `client view: detail ${detail.width} × ${detail.height} px (longest task ${detailTask} ms), process map ${map.width} × ${map.height} px (longest task ${await longest()} ms)`,
    );
    expect(map.width * map.height).toBeLessThan((detail.width * detail.height) / 4);
    expect(map.width).toBeLessThan(2000);
  });

  it(
    'wraps the erDiagram of the shipped full model into rows well under 2,500 px wide',
    { timeout: 120_000 },
    async () => {
      await page.getByRole('group', { name: 'Diagram' }).getByRole('button', { name: 'ER diagram' }).click();
      await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Whole model' });
      const render = page.getByRole('button', { name: /^Render preview/ });
      const drawn = page.locator('.mermaid-preview__meta', { hasText: 'business objects' });
      await render.or(drawn).first().waitFor({ timeout: 30_000 });
      if (await render.isVisible()) await render.click();
      await drawn.waitFor({ timeout: 60_000 });
      expect(await preview().locator('g.node').count()).toBeGreaterThanOrEqual(37);
      const er = await drawnSize();
      console.log(`erDiagram, whole model: ${er.width} × ${er.height} px`);
      expect(er.width).toBeLessThan(2500);
      expect(er.height).toBeGreaterThan(er.width / 2);
      expect(errors).toEqual([]);
    },
  );
});
