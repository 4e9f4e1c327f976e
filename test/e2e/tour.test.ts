import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launch, openWorkbench } from './support/browser.ts';

const TITLES = [
  'The model and its lanes',
  'Views for each perspective',
  'Palette and outline',
  'The construction method',
  'What an element means',
  'Findings as you work',
  'Evaluate the model',
  'Share the model',
  'Help, glossary and more models',
];

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openWorkbench(browser));
});
afterAll(async () => {
  await browser?.close();
});

const card = () => page.locator('.tour__card');
const title = () => card().locator('h2').textContent();
const count = () => card().locator('.tour__count').textContent();
/** The highlight box: on screen and around the part of the screen the step is about. */
const spot = () => page.locator('.tour__spot').boundingBox();

describe('the guided tour', () => {
  it('waits on the first visit until the person answers: the offer does not fade', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const first = await context.newPage();
      // The page's clock is the test's: a minute passes at once, without a real wait.
      await first.clock.install();
      await first.goto(appUrl());
      const offer = first.locator('.notice', { hasText: 'New to Refmod?' });
      await offer.waitFor();
      await first.clock.runFor(60_000);
      expect(await offer.isVisible()).toBe(true);
      await offer.getByRole('button', { name: 'Dismiss message' }).click();
      await offer.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  it('is offered on the first visit', async () => {
    const offer = page.locator('.notice', { hasText: 'New to Refmod?' });
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Take the tour' }).click();
    await card().waitFor();
    expect(await count()).toBe('Tour · step 1 of 9');
  });

  it('runs from start to end over the real workbench, highlighting each part', async () => {
    await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 30_000 });
    for (const [i, expected] of TITLES.entries()) {
      expect(await title()).toBe(expected);
      expect(await count()).toBe(`Tour · step ${i + 1} of ${TITLES.length}`);
      await expect.poll(async () => (await spot())?.width ?? 0).toBeGreaterThan(20);
      if (expected === 'What an element means') {
        // The step selects a process, so the inspector shows what it is and where it comes from.
        await page.getByRole('region', { name: 'About this element' }).waitFor();
      }
      if (expected === 'Help, glossary and more models') {
        const help = (await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).boundingBox())!;
        const box = (await spot())!;
        expect(box.x).toBeLessThanOrEqual(help.x);
        expect(box.x + box.width).toBeGreaterThanOrEqual(help.x + help.width);
      }
      await card()
        .getByRole('button', { name: i === TITLES.length - 1 ? 'Finish' : 'Next' })
        .click();
    }
    await card().waitFor({ state: 'detached' });
    expect(await page.locator('.tour').count()).toBe(0);
    // What the tour opened goes back as it was: the inspector tab, nothing selected.
    expect(await page.getByRole('tab', { name: 'Inspector' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('region', { name: 'About this element' }).count()).toBe(0);
  });

  it('restarts from Help and moves with the arrow keys', async () => {
    await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).click();
    await page.getByRole('button', { name: 'Take the tour' }).click();
    await card().waitFor();
    expect(await title()).toBe(TITLES[0]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await title()).toBe(TITLES[2]);
    await page.keyboard.press('ArrowLeft');
    expect(await title()).toBe(TITLES[1]);
    await card().getByRole('button', { name: 'Back' }).click();
    expect(await title()).toBe(TITLES[0]);
    expect(await card().getByRole('button', { name: 'Back' }).isDisabled()).toBe(true);
  });

  it('is skipped with Escape or the Skip button, at any step', async () => {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await card().waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).click();
    await page.getByRole('button', { name: 'Take the tour' }).click();
    await card().getByRole('button', { name: 'Next' }).click();
    await card().getByRole('button', { name: 'Skip tour' }).click();
    await card().waitFor({ state: 'detached' });
    expect(await page.locator('.header h1').textContent()).toBe('CRM-in-BPO reference model');
    expect(errors).toEqual([]);
  });
});
