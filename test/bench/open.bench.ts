import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { benchBrowser } from './browser.ts';
import { median, type BenchSuite, type Figure } from './harness.ts';
import { MAX_OPEN_ELEMENTS } from '../../src/workers/limits.ts';

type Bench = Awaited<ReturnType<typeof benchBrowser>>;

/**
 * Opens a file through Open… and polls the page meanwhile: how long until the canvas has settled, and the
 * longest round trip of a `page.evaluate` (how long the page did not answer) on the way.
 */
async function openAndProbe(
  page: Page,
  file: string,
  refused = false,
): Promise<{ settledMs: number; worstAnswerMs: number }> {
  let worst = 0;
  let done = false;
  const probe = (async () => {
    while (!done) {
      const start = performance.now();
      // A page closed under the probe (the open failed) ends it; the waits below report the failure.
      if ((await page.evaluate(() => 1).catch(() => null)) === null) return;
      worst = Math.max(worst, performance.now() - start);
    }
  })();
  const start = performance.now();
  await page.locator('[data-testid="open-file"]').setInputFiles(file);
  // A model over the workbench's limit is refused with what to do instead; the open model stays.
  const said = refused ? `"${basename(file)}" was not opened` : `from ${basename(file)}.`;
  await page.locator('.notice', { hasText: said }).waitFor({ timeout: 600_000 });
  await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout: 600_000 });
  const settledMs = performance.now() - start;
  done = true;
  await probe;
  return { settledMs, worstAnswerMs: worst };
}

/**
 * Waits, as a person choosing a file in the Open dialog does, until the first model's own opening work is over: its
 * layout in the ELK worker (a User Timing entry the workbench leaves) and then a second without a long task.
 */
async function openingWorkDone(page: Page): Promise<void> {
  await page.waitForFunction(`performance.getEntriesByName('refmod:layout').length > 0`, undefined, {
    timeout: 60_000,
  });
  await page.evaluate(`new Promise((quiet) => {
    let last = performance.now();
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) last = Math.max(last, task.startTime + task.duration);
    }).observe({ type: 'longtask' });
    const check = () => (performance.now() - last >= 1000 ? quiet() : setTimeout(check, 100));
    check();
  })`);
}

/** Opens `file` in a new user's workbench, once its first screen has settled (`quiet`: and its own opening work is over). */
async function openFresh(bench: Bench, file: string, refused: boolean, quiet: boolean) {
  const context = await bench.browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(bench.url);
    await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout: 300_000 });
    if (quiet) await openingWorkDone(page);
    return await openAndProbe(page, file, refused);
  } finally {
    await context.close();
  }
}

export const openBench: BenchSuite = {
  title: 'Opening large models through Open…, Chromium (page answering throughout?)',
  async run() {
    const bench = await benchBrowser();
    const figures: Figure[] = [];
    try {
      for (const [size, budget] of [
        [2_000, 1_000],
        [10_000, 3_000],
        ...(process.env.REFMOD_BENCH_HUGE ? ([[100_000, undefined]] as const) : []),
      ] as const) {
        const refused = size > MAX_OPEN_ELEMENTS;
        const file = bench.modelFile(size, 1.5);
        const n = size.toLocaleString('en');
        const runs = [];
        for (let i = 0; i < 3; i++) runs.push(await openFresh(bench, file, refused, true));
        const atOnce = await openFresh(bench, file, refused, false);
        figures.push(
          {
            name: refused
              ? `Open… to the refusal, ${n} elements`
              : `Open… to a settled canvas, ${n} elements (median of 3)`,
            value: median(runs.map((r) => r.settledMs)),
            unit: 'ms',
            budget,
          },
          {
            name: `  the same the moment the first screen settles (its layout still running)`,
            value: atOnce.settledMs,
            unit: 'ms',
          },
          {
            name: `longest the page did not answer while opening ${n} elements`,
            value: Math.max(atOnce.worstAnswerMs, ...runs.map((r) => r.worstAnswerMs)),
            unit: 'ms',
            budget: 1_000,
          },
        );
      }
    } finally {
      await bench.close();
    }
    return figures;
  },
};
