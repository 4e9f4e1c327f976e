import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import { exportDocument } from '../../src/core/io/json.ts';
import { generateDocument } from '../support/generate.ts';
import { launch, openWorkbench } from './support/browser.ts';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'refmod-large-'));
const file = join(dir, 'generated-10000.json');
beforeAll(async () => {
  writeFileSync(file, exportDocument(generateDocument(10_000, 1.5)));
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening a large model file', () => {
  it('reads it in a worker with a message that says the stage and offers Cancel; Cancel leaves the open model', async () => {
    const { page, context, errors } = await openWorkbench(browser);
    const title = await page.locator('.header h1').textContent();
    // Hold the reader's code until Cancel has been clicked, so the test does not race the worker.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*model-reader*', async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.locator('[data-testid="open-file"]').setInputFiles(file);
    const progress = page.locator('.notice', { hasText: /^.*Opening "generated-10000\.json" \(\d+\.\d MB\): reading/ });
    await progress.waitFor();
    expect(await page.evaluate(() => document.title.length >= 0)).toBe(true); // the page answers meanwhile
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await page
      .locator('.notice', { hasText: 'Opening "generated-10000.json" was cancelled. The open model is unchanged.' })
      .waitFor();
    release();
    expect(await page.locator('.header h1').textContent()).toBe(title);
    expect(await progress.count()).toBe(0);

    await page.unroute('**/*model-reader*');
    await page.locator('[data-testid="open-file"]').setInputFiles(file);
    await page
      .locator('.notice', { hasText: 'Opened "Generated model of 10000 elements" from generated-10000.json.' })
      .waitFor({ timeout: 300_000 });
    await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout: 300_000 });
    expect(await page.locator('.header h1').textContent()).toBe('Generated model of 10000 elements');
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);

  it('refuses a model over 20,000 elements with its size, the limit and what to do instead, the page answering meanwhile', async () => {
    // 25,000 elements fit in the 20 MB a file may have; a 100,000-element file of this generator (46 MB) meets that limit first.
    const huge = join(dir, 'generated-25000.json');
    writeFileSync(huge, exportDocument(generateDocument(25_000, 1.5)));
    const { page, context } = await openWorkbench(browser);
    const title = await page.locator('.header h1').textContent();
    await page.locator('[data-testid="open-file"]').setInputFiles(huge);
    const refusal = page.locator('.notice--error', { hasText: '"generated-25000.json" was not opened' });
    // The page answers while the reader works: each round trip returns before the refusal is shown.
    let answered = 0;
    while ((await refusal.count()) === 0) answered += await page.evaluate(() => 1);
    expect(answered).toBeGreaterThan(0);
    expect(await refusal.textContent()).toMatch(
      /has 25,000 elements and [\d,]+ relations, and the workbench shows models of up to 20,000 elements\. Check or convert it with the command line \(refmod validate, refmod export\), or split it/,
    );
    expect(await page.locator('.header h1').textContent()).toBe(title);
    await context.close();
  }, 600_000);

  it('refuses a broken large file with the reason, and the open model stays', async () => {
    const { page, context } = await openWorkbench(browser);
    const title = await page.locator('.header h1').textContent();
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, `{"format":"refmod",${' '.repeat(600_000)}`);
    await page.locator('[data-testid="open-file"]').setInputFiles(broken);
    await page
      .locator('.notice--error', { hasText: /^.*"broken\.json" was not opened: .*The open model is unchanged\./ })
      .waitFor();
    expect(await page.locator('.header h1').textContent()).toBe(title);
    await context.close();
  });
});
