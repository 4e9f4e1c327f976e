import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { benchBrowser } from '../bench/browser.ts';

/** Regenerates the pictures of the README from the built app: `npm run screenshots`. */
const out = new URL('../../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

// The canvas says when it has stopped moving; messages (the tour offer, "saved") would cover it in a picture.
const settle = async (page: Page) => {
  await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout: 60_000 });
  for (const close of await page.locator('.notice__close').all()) await close.click().catch(() => undefined);
  await page
    .locator('.notice')
    .first()
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => undefined);
};
const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(name) }).click();

const bench = await benchBrowser();
try {
  const page = await bench.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(bench.url);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  await settle(page);
  await page.screenshot({ path: `${out}workbench.png` });
  for (const [name, file] of [
    ['Client view', 'view-client'],
    ['Customer view', 'view-customer'],
    ['Internal view', 'view-internal'],
    ['Full model', 'view-full'],
  ] as const) {
    await tab(page, name);
    await settle(page);
    await page.screenshot({ path: `${out}${file}.png` });
  }
  // One cell of the client view in detail, with a process's measures listed in place.
  await tab(page, 'Client view');
  await settle(page);
  await page.getByRole('button', { name: 'Open Client · Sales' }).click();
  await settle(page);
  await page.locator('.react-flow__node', { hasText: 'Score customers' }).locator('button.el-chip--measures').click();
  await page.locator('.inspector').waitFor();
  await settle(page);
  await page.screenshot({ path: `${out}canvas-detail.png` });
  await page.getByRole('button', { name: 'Present' }).click();
  await settle(page);
  await page.keyboard.press('ArrowRight');
  await settle(page);
  await page.screenshot({ path: `${out}present.png` });
  await page.keyboard.press('Escape');
  await page.close();

  const projector = await bench.browser.newPage({ viewport: { width: 1024, height: 768 } });
  await projector.goto(bench.url);
  await projector.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  await settle(projector);
  await tab(projector, 'Client view');
  await settle(projector);
  await projector.screenshot({ path: `${out}projector-1024.png` });
  await tab(projector, 'Full model');
  await settle(projector);
  await projector.screenshot({ path: `${out}workbench-1024.png` });
  console.log(`screenshots written to ${out}`);
} finally {
  await bench.close();
}
