import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { viewportSettled } from './support/canvas.ts';

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

const panel = () => page.locator('.side-panel__body');
const states = async () => {
  await page.getByRole('tab', { name: 'Evaluation' }).click();
  await panel().locator('.session-card').first().waitFor();
  return panel().locator('.session-card .model-state').allTextContents();
};
const CURRENT = '✓ Evaluated the model as it is now';
const stepper = () => page.getByRole('navigation', { name: /^Construction method/ });

async function closeNotices() {
  const close = page.locator('.notice__close');
  for (let i = 0; i < 6 && (await close.count()); i++)
    await close
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
}

describe('evaluations stay current while only the method, the name or the copy changes', () => {
  it('starts with the shipped sessions current', async () => {
    await closeNotices();
    expect(await states()).toEqual([CURRENT, CURRENT, CURRENT]);
  });

  it('clicking through every method step leaves them current', async () => {
    for (let n = 1; n <= 5; n++)
      await stepper()
        .getByRole('button', { name: new RegExp(`^Step ${n}:`) })
        .click();
    await closeNotices();
    expect(await states()).toEqual([CURRENT, CURRENT, CURRENT]);
  });

  it('a copy of the model, under another name and id, keeps them current', async () => {
    await page.getByRole('button', { name: 'Models…' }).click();
    const gallery = page.getByRole('dialog', { name: 'Models' });
    await gallery
      .getByRole('article', { name: 'CRM-in-BPO reference model', exact: true })
      .getByRole('button', { name: 'Make a copy' })
      .click();
    await gallery.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('.header h1')?.textContent?.startsWith('Copy of'));
    await viewportSettled(page);
    await closeNotices();
    expect(await states()).toEqual([CURRENT, CURRENT, CURRENT]);
  });

  it('a change of content makes a new session stale and says what changed, linked to the comparison', async () => {
    await panel().getByRole('button', { name: 'Start an evaluation…' }).click();
    await panel().getByLabel('Client view').check();
    await panel().getByLabel('Evaluator').fill('Rater Q');
    await panel().getByRole('button', { name: 'Start scoring' }).click();
    await panel().locator('.criterion').waitFor();
    await page.locator('.header .save-state', { hasText: /^Saved$/ }).waitFor({ timeout: 15_000 });
    // Rename one element through the outline and the inspector.
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await page.locator('.outline').getByRole('treeitem').filter({ hasText: 'Inquiry' }).first().click();
    const name = page.locator('.inspector').getByLabel('Name', { exact: true });
    await name.fill('Customer inquiry (renamed)');
    await name.press('Enter');
    await page.getByRole('tab', { name: 'Evaluation' }).click();
    await panel().getByRole('button', { name: '← All sessions' }).click();
    const card = panel().locator('.session-card').filter({ hasText: 'Rater Q' });
    expect(await card.locator('.model-state').textContent()).toBe('⚠ The model has changed since this session');
    const note = card.getByTestId('stale-changes');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toMatch(
      /^Since this session \(version “[^”]+”\): 1 element changed\. Show the changes$/,
    );
    await note.getByRole('button', { name: 'Show the changes' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare' });
    await compare.waitFor();
    // The comparison is computed after the dialog opens: wait for its rows.
    await expect.poll(() => compare.textContent()).toContain('Customer inquiry (renamed)');
    expect(errors).toEqual([]);
  });
});
