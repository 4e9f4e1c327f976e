import type { Page } from 'playwright-core';
import { openModelFile } from '../e2e/support/canvas.ts';
import { benchBrowser } from './browser.ts';
import type { BenchSuite, Figure } from './harness.ts';

/** Frames per second while `act` runs, counted with requestAnimationFrame in the page. */
async function fps(page: Page, act: () => Promise<void>): Promise<number> {
  // Scripts go in as text: tsx would otherwise wrap functions in helpers the page does not have.
  // Each count has its own generation, so a loop left from the previous count stops instead of adding frames.
  await page.evaluate(`(() => {
    const generation = (window.__generation = (window.__generation ?? 0) + 1);
    window.__frames = 0;
    const tick = () => { if (window.__generation !== generation) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const start = Date.now();
  await act();
  const frames = await page.evaluate<number>(`(() => { window.__generation++; return window.__frames; })()`);
  return frames / ((Date.now() - start) / 1000);
}

/** Drags the mouse over the canvas pane (a pan) or from a node (a drag) and back, in small steps, so the view ends where it began. */
async function sweep(page: Page, from: { x: number; y: number }, dx: number, steps = 90) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const t = i <= steps / 2 ? i / (steps / 2) : (steps - i) / (steps / 2);
    await page.mouse.move(from.x + dx * t, from.y + (dx * t) / 3);
  }
  await page.mouse.up();
}

/** The longest task on the page's main thread, in ms, while `act` runs, from a Chromium trace (the light 'toplevel' category only). */
async function longestTask(page: Page, act: () => Promise<void>): Promise<number> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['toplevel'] });
  await act();
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return Math.max(0, ...events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`)).map((e) => (e.dur ?? 0) / 1000));
}

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

const zoomOf = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/** Zooms in with the zoom control, as a person would, until the zoom reaches `target`. */
async function zoomTo(page: Page, target: number) {
  while ((await zoomOf(page)) < target) {
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(400);
}

/** Runs auto layout; the long-task window lasts until the autosave after it has written. */
async function layoutRun(page: Page): Promise<{ ms: number; longest: number }> {
  let ms = 0;
  const longest = await longestTask(page, async () => {
    const start = Date.now();
    await page.getByRole('button', { name: 'Auto layout', exact: true }).click();
    await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 60_000 });
    ms = Date.now() - start;
    await page.waitForTimeout(1_500);
  });
  return { ms, longest };
}

/**
 * Steady frame rate: the median of three sweeps after two warm-up sweeps. The first pan after opening a
 * large view also pays for rasterising it (software rendering); that figure is reported on its own.
 */
async function steadyFps(page: Page, act: () => Promise<void>): Promise<{ first: number; steady: number }> {
  const first = await fps(page, act);
  await fps(page, act);
  const runs = [await fps(page, act), await fps(page, act), await fps(page, act)].sort((a, b) => a - b);
  return { first, steady: runs[1]! };
}

export const canvasBench: BenchSuite = {
  title: 'Canvas in headless Chromium (software rendering, 1440×900)',
  async run() {
    const bench = await benchBrowser();
    const figures: Figure[] = [];
    try {
      const page = await bench.browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(bench.url);
      await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
      await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 60_000 });

      await openModelFile(page, bench.modelFile(1_000, 1.5), 120_000);
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      const middle = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
      const pan1000 = await steadyFps(page, () => sweep(page, middle, 300));
      figures.push({ name: 'first pan after opening, 1,000 elements (raster warm-up)', value: pan1000.first, unit: 'fps' });
      figures.push({ name: 'pan, 1,000 elements / 1,500 relations, fitted (map)', value: pan1000.steady, unit: 'fps', budget: 50, atLeast: true });
      await zoomTo(page, 0.5);
      figures.push({ name: 'pan, 1,000 elements, zoom 0.5 (densest full detail)', value: (await steadyFps(page, () => sweep(page, middle, 300))).steady, unit: 'fps', budget: 50, atLeast: true });
      await zoomTo(page, 1);
      const node = (await page.locator('.react-flow__node').nth(3).boundingBox())!;
      figures.push({ name: 'drag a node, 1,000 elements, zoom 1', value: (await steadyFps(page, () => sweep(page, { x: node.x + 20, y: node.y + 20 }, 160))).steady, unit: 'fps', budget: 50, atLeast: true });

      await openModelFile(page, bench.modelFile(2_000, 1.5), 120_000);
      const pan2000 = await steadyFps(page, () => sweep(page, middle, 300));
      figures.push({ name: 'first pan after opening, 2,000 elements (raster warm-up)', value: pan2000.first, unit: 'fps' });
      figures.push({ name: 'pan, 2,000 elements, all in view (map)', value: pan2000.steady, unit: 'fps', budget: 30, atLeast: true });
      await zoomTo(page, 0.5);
      figures.push({ name: 'pan, 2,000 elements, zoom 0.5 (densest full detail)', value: (await steadyFps(page, () => sweep(page, middle, 300))).steady, unit: 'fps' });

      await openModelFile(page, bench.modelFile(500, 1.5), 120_000);
      await page.waitForFunction("!document.querySelector('.notice')", undefined, { timeout: 15_000 });
      const fitted = await layoutRun(page);
      figures.push({ name: 'auto layout, 500 elements (worker warm)', value: fitted.ms, unit: 'ms', budget: 2000 });
      figures.push({ name: 'longest main-thread task, layout to saved, view fitted', value: fitted.longest, unit: 'ms', budget: 50 });
      await page.mouse.move(middle.x, middle.y);
      await page.mouse.wheel(0, -1500);
      await page.waitForTimeout(500);
      const zoomedIn = await layoutRun(page);
      figures.push({ name: 'longest main-thread task, layout to saved, zoomed in', value: zoomedIn.longest, unit: 'ms', budget: 50 });
    } finally {
      await bench.close();
    }
    return figures;
  },
};
