import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { benchBrowser } from './browser.ts';
import type { BenchSuite, Figure } from './harness.ts';
import { MAX_OPEN_ELEMENTS } from '../../src/workers/limits.ts';

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
        const context = await bench.browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.goto(bench.url);
        await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout: 300_000 });
        const refused = size > MAX_OPEN_ELEMENTS;
        const { settledMs, worstAnswerMs } = await openAndProbe(page, bench.modelFile(size, 1.5), refused);
        figures.push(
          {
            name: refused
              ? `Open… to the refusal, ${size.toLocaleString('en')} elements`
              : `Open… to a settled canvas, ${size.toLocaleString('en')} elements`,
            value: settledMs,
            unit: 'ms',
            budget,
          },
          {
            name: `longest the page did not answer while opening ${size.toLocaleString('en')} elements`,
            value: worstAnswerMs,
            unit: 'ms',
            budget: 1_000,
          },
        );
        await context.close();
      }
    } finally {
      await bench.close();
    }
    return figures;
  },
};
