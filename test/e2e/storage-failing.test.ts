import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function rename(page: Page, id: string, to: string) {
  await page.locator(`.outline [data-id="${id}"] > .outline__name`).click();
  const field = page.locator('.inspector').getByLabel('Name', { exact: true });
  await field.fill(to);
  await field.press('Enter');
}

const nameOf = (page: Page, id: string) => page.locator(`.outline [data-id="${id}"] > .outline__name`).textContent();
const saveState = (page: Page, label: string) =>
  page.locator('.header .save-state', { hasText: new RegExp(`^${label}$`) }).waitFor({ timeout: 15_000 });
const BLANK = 'models/templates/blank.json';

describe('Open… while storage is failing', () => {
  it('asks first: keeping the model opens nothing; downloading keeps the unsaved edits in the file, then opens', async () => {
    const { page, context, errors } = await openWorkbench(browser);
    await saveState(page, 'Saved');
    await rename(page, 'lead', 'Saved before');
    await saveState(page, 'Saved');
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await rename(page, 'account', 'Never stored');
    await saveState(page, 'Not saved');
    const title = await page.locator('.header h1').textContent();

    await page.locator('[data-testid="open-file"]').setInputFiles(BLANK);
    const question = page.getByRole('dialog', { name: 'Your latest changes are not stored' });
    await question.waitFor();
    expect(await question.textContent()).toContain(`latest changes to “${title}”`);
    await question.getByRole('button', { name: 'Keep it open' }).click();
    await page
      .locator('.notice', { hasText: `"${title}" stays open with all its changes; nothing else was opened.` })
      .waitFor();
    expect(await question.count()).toBe(0);
    expect(await page.locator('.header h1').textContent()).toBe(title);
    expect(await nameOf(page, 'account')).toBe('Never stored');

    await page.locator('[data-testid="open-file"]').setInputFiles(BLANK);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      question.getByRole('button', { name: 'Download, then go on' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      elements: { id: string; name: string }[];
    };
    expect(file.elements.find((e) => e.id === 'account')?.name).toBe('Never stored');
    expect(file.elements.find((e) => e.id === 'lead')?.name).toBe('Saved before');
    await page.locator('.notice', { hasText: 'Opened "New CRM-in-BPO model" from blank.json.' }).waitFor();
    expect(await page.locator('.header h1').textContent()).toBe('New CRM-in-BPO model');
    // Downloaded already: no second banner asks to download the same changes.
    expect(await page.getByRole('alert').filter({ hasText: 'were not stored' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a model replaced without the question (New model…) leaves its unsaved changes in a banner to download', async () => {
    const { page, context } = await openWorkbench(browser);
    await saveState(page, 'Saved');
    const title = (await page.locator('.header h1').textContent())!;
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      };
    });
    await rename(page, 'account', 'Never stored');
    await saveState(page, 'Not saved');
    // The new-model dialog opens its document itself, with its own confirmation rather than the session's question.
    await page.locator('.stepper__new').click();
    const dialog = page.getByRole('dialog', { name: 'New model' });
    await dialog.getByLabel('Name', { exact: true }).fill('Fresh start');
    await dialog.getByRole('button', { name: 'Create and start step 1' }).click();
    await dialog.getByRole('button', { name: 'Replace it with the new model' }).click();
    await page.locator('.header h1', { hasText: 'Fresh start' }).waitFor();
    const banner = page.getByRole('alert').filter({ hasText: `The last changes to “${title}” were not stored` });
    await banner.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download those changes' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      elements: { id: string; name: string }[];
    };
    expect(file.elements.find((e) => e.id === 'account')?.name).toBe('Never stored');
    expect(await banner.count()).toBe(0);
    await context.close();
  });
});
