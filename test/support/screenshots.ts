import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { benchBrowser } from '../bench/browser.ts';

/** Regenerates the pictures of the README from the built app: `npm run screenshots`. */
const out = new URL('../../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const settle = async (page: Page) => {
  await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 60_000 });
  // Messages (the tour offer, "saved") would cover the canvas in a picture.
  for (const close of await page.locator('.notice__close').all()) await close.click().catch(() => undefined);
  await page.waitForTimeout(700);
};

const bench = await benchBrowser();
try {
  const page = await bench.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(bench.url);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  await settle(page);
  await page.screenshot({ path: `${out}workbench.png` });
  for (const [tab, file] of [['Client view', 'view-client'], ['Customer view', 'view-customer'], ['Internal view', 'view-internal'], ['Full model', 'view-full']] as const) {
    await page.getByRole('tab', { name: new RegExp(tab) }).click();
    await settle(page);
    await page.screenshot({ path: `${out}${file}.png` });
  }
  // Close up: an element found with Ctrl+F, centred at full detail, its relations labelled.
  await page.getByRole('tab', { name: /Client view/ }).click();
  await settle(page);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+F');
  await page.getByLabel('Find an element').fill('Manage campaigns');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}canvas-detail.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('tab', { name: /Client view/ }).click();
  await settle(page);
  await page.screenshot({ path: `${out}projector-1024.png` });
  console.log(`screenshots written to ${out}`);
} finally {
  await bench.close();
}
