import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('opening the workbench', () => {
  it('shows the shipped CRM-in-BPO model on the canvas, laid out in its lanes, with no errors logged', async () => {
    const { page, errors, context } = await openWorkbench(browser);
    expect(await page.locator('.header h1').textContent()).toBe('CRM-in-BPO reference model');
    const laneHeads = await page.locator('.lane-headers__column').allTextContents();
    expect(laneHeads).toEqual(expect.arrayContaining(['Sales', 'Management', 'Operations']));
    // The customer row starts near the screen's foot: a lane with too little of it on screen for its name shows none.
    const rowHeads = (await page.locator('.lane-headers__row').allTextContents()).filter(Boolean);
    expect(rowHeads).toEqual(expect.arrayContaining(['Client', 'Provider']));
    expect(rowHeads.every((name) => ['Client', 'Provider', 'Customer'].includes(name))).toBe(true);
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(20);
    await page.getByRole('tab', { name: /Client view/ }).click();
    await page
      .getByRole('tab', { name: /Client view/ })
      .getAttribute('aria-selected')
      .then((v) => expect(v).toBe('true'));
    await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
