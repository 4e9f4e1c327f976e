import type { Page } from 'playwright-core';
import { openModelFile, viewportSettled } from '../e2e/support/canvas.ts';
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

/**
 * Drags the mouse over the canvas pane (a pan) or from a node (a drag) and back, in small steps, so the view ends
 * where it began. `moved` reads what the sweep should move (the viewport, or the node); at the turning point it
 * must differ from the start, or the sweep fails: frames counted while nothing moves would prove nothing.
 */
async function sweep(
  page: Page,
  from: { x: number; y: number },
  dx: number,
  moved: () => Promise<string | null>,
  steps = 90,
) {
  const before = await moved();
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const t = i <= steps / 2 ? i / (steps / 2) : (steps - i) / (steps / 2);
    await page.mouse.move(from.x + dx * t, from.y + (dx * t) / 3);
    if (i === steps / 2 && (await moved()) === before) {
      await page.mouse.up();
      throw new Error(`a sweep from (${from.x.toFixed(0)}, ${from.y.toFixed(0)}) moved nothing`);
    }
  }
  await page.mouse.up();
}

/** The longest task on the page's main thread, in ms, while `act` runs, from a Chromium trace (the light 'toplevel' category only). */
async function longestTask(page: Page, act: () => Promise<void>): Promise<number> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['toplevel'] });
  await act();
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  return Math.max(
    0,
    ...events
      .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`))
      .map((e) => (e.dur ?? 0) / 1000),
  );
}

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
const transformOf = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style');

/**
 * Zooms about the middle of the canvas with the mouse wheel until the zoom is `target` (within 1 %), and waits
 * for the canvas to settle. The wheel zooms by 2^(-deltaY × 0.002), so one turn of the right size lands close.
 */
async function zoomTo(page: Page, target: number) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 8; i++) {
    const now = await zoomOf(page);
    if (Math.abs(now / target - 1) < 0.01) break;
    await page.mouse.wheel(0, -Math.log2(target / now) / 0.002);
    await page.waitForFunction(
      `new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a !== ${now}`,
    );
    await viewportSettled(page);
  }
  const reached = await zoomOf(page);
  if (Math.abs(reached / target - 1) >= 0.01) throw new Error(`zoom ${reached} instead of ${target}`);
}

/** A point on the bare canvas or a map cell, as near the middle as there is one: no element, process, line, control or lane name under it, so a drag there pans. */
async function panePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    const box = document.querySelector('.react-flow__pane').getBoundingClientRect();
    const spots = [];
    for (let fy = 0.1; fy < 0.9; fy += 0.04) for (let fx = 0.1; fx < 0.9; fx += 0.04) spots.push([fx, fy]);
    spots.sort((p, q) => Math.hypot(p[0] - 0.5, p[1] - 0.5) - Math.hypot(q[0] - 0.5, q[1] - 0.5));
    for (const [fx, fy] of spots) {
      const x = box.left + box.width * fx, y = box.top + box.height * fy;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.closest('.react-flow__pane') && !hit.closest('.react-flow__node-element, .react-flow__node-map-process, .react-flow__edge, .react-flow__panel, .lane-headers, button')) return { x, y };
    }
    return null;
  })()`);
  if (!point) throw new Error('no bare spot on the canvas to pan from');
  return point;
}

/** Runs auto layout; the long-task window lasts until the autosave after it has written. */
async function layoutRun(page: Page): Promise<{ ms: number; longest: number }> {
  let ms = 0;
  const saved = page.locator('.save-state');
  const savedBefore = await saved.getAttribute('title');
  const longest = await longestTask(page, async () => {
    const start = Date.now();
    await page.getByRole('button', { name: 'Auto layout', exact: true }).click();
    await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 60_000 });
    ms = Date.now() - start;
    await page.waitForFunction(
      `(() => { const s = document.querySelector('.save-state--saved'); return !!s && s.title !== ${JSON.stringify(savedBefore)}; })()`,
      undefined,
      { timeout: 15_000 },
    );
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

/** Shows the whole view in detail (the level bar's Full detail), and waits for it to settle. */
async function fullDetail(page: Page) {
  await page.locator('nav[aria-label="Level of the view"]').getByRole('button', { name: 'Full detail' }).click();
  await page.locator('.canvas:not(.canvas--map)').waitFor();
  await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 60_000 });
  await viewportSettled(page, 60_000);
}

/** Opens a generated model, which opens on its process map (its detail cannot be read whole). */
async function openOnMap(page: Page, file: string) {
  await openModelFile(page, file, 120_000);
  await page.locator('.canvas--map').waitFor();
  // The messages about the opened file sit over the top of the canvas; a person would close them first.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
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
      const viewport = () => transformOf(page);
      const pan = async () => {
        const from = await panePoint(page);
        return (await steadyFps(page, () => sweep(page, from, 300, viewport))).steady;
      };

      await openOnMap(page, bench.modelFile(1_000, 1.5));
      const map1000 = {
        processes: await page.locator('.react-flow__node-map-process').count(),
        connectors: await page.locator('.react-flow__edge-connector').count(),
        zoom: await zoomOf(page),
      };
      const from = await panePoint(page);
      const pan1000 = await steadyFps(page, () => sweep(page, from, 300, viewport));
      figures.push({
        name: 'first pan after opening, 1,000 elements (raster warm-up)',
        value: pan1000.first,
        unit: 'fps',
      });
      figures.push({
        name: `pan the process map, 1,000 elements / 1,500 relations (${map1000.processes} processes, ${map1000.connectors} connectors, zoom ${map1000.zoom.toFixed(2)})`,
        value: pan1000.steady,
        unit: 'fps',
        budget: 50,
        atLeast: true,
      });
      await fullDetail(page);
      await zoomTo(page, 0.8);
      const drawn = async () =>
        `${await page.locator('.react-flow__node').count()} nodes, ${await page.locator('.react-flow__edge').count()} relations drawn`;
      const at08 = await pan();
      figures.push({
        name: `pan, 1,000 elements, full detail at zoom 0.8 (${await drawn()})`,
        value: at08,
        unit: 'fps',
        budget: 50,
        atLeast: true,
      });
      await zoomTo(page, 1);
      const dragged = page.locator('.react-flow__node-element').nth(3);
      const grip = (await dragged.locator('.el-node__type').boundingBox())!;
      const nodeAt = () => dragged.getAttribute('style');
      figures.push({
        name: 'drag a node, 1,000 elements, zoom 1',
        value: (await steadyFps(page, () => sweep(page, { x: grip.x + 10, y: grip.y + grip.height / 2 }, 160, nodeAt)))
          .steady,
        unit: 'fps',
        budget: 50,
        atLeast: true,
      });

      await openOnMap(page, bench.modelFile(2_000, 1.5));
      const map2000 = {
        processes: await page.locator('.react-flow__node-map-process').count(),
        connectors: await page.locator('.react-flow__edge-connector').count(),
        zoom: await zoomOf(page),
      };
      const from2 = await panePoint(page);
      const pan2000 = await steadyFps(page, () => sweep(page, from2, 300, viewport));
      figures.push({
        name: 'first pan after opening, 2,000 elements (raster warm-up)',
        value: pan2000.first,
        unit: 'fps',
      });
      figures.push({
        name: `pan the process map, 2,000 elements (${map2000.processes} processes, ${map2000.connectors} connectors, zoom ${map2000.zoom.toFixed(2)})`,
        value: pan2000.steady,
        unit: 'fps',
        budget: 30,
        atLeast: true,
      });
      await fullDetail(page);
      await zoomTo(page, 0.8);
      figures.push({
        name: `pan, 2,000 elements, full detail at zoom 0.8 (${await drawn()})`,
        value: await pan(),
        unit: 'fps',
      });

      await openOnMap(page, bench.modelFile(500, 1.5));
      await fullDetail(page);
      const fitted = await layoutRun(page);
      figures.push({
        name: `auto layout, 500 elements (worker warm), full detail at zoom ${(await zoomOf(page)).toFixed(2)}`,
        value: fitted.ms,
        unit: 'ms',
        budget: 2000,
      });
      figures.push({
        name: 'longest main-thread task, layout to saved, full detail as opened',
        value: fitted.longest,
        unit: 'ms',
        budget: 50,
      });
      await zoomTo(page, 1.5);
      const zoomedIn = await layoutRun(page);
      figures.push({
        name: 'longest main-thread task, layout to saved, zoomed in (1.5)',
        value: zoomedIn.longest,
        unit: 'ms',
        budget: 50,
      });
    } finally {
      await bench.close();
    }
    return figures;
  },
};
