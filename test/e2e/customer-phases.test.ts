import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { undoLabel } from './support/canvas.ts';

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

const phases = () => page.locator('.inspector').getByRole('group', { name: 'Customer-process phases' });
const ticked = async () => {
  const boxes = phases().getByRole('checkbox');
  const names = await phases().locator('.field--check label').allTextContents();
  const checked = await Promise.all(names.map((_, i) => boxes.nth(i).isChecked()));
  return names.filter((_, i) => checked[i]);
};

async function select(name: string) {
  await page.keyboard.press('Control+F');
  await page.getByLabel('Find an element').fill(name);
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await phases().waitFor();
}

describe('the customer-process phases in the inspector', () => {
  it('show the five phases of Geib et al. as checkboxes, with the phases the process covers ticked', async () => {
    await select('Manage sales');
    expect(await phases().locator('.field--check label').allTextContents()).toEqual([
      'need articulation',
      'evaluation',
      'buying',
      'using',
      'after-sales',
    ]);
    expect(await ticked()).toEqual(['need articulation', 'evaluation', 'buying']);
    await select('Manage complaints');
    expect(await ticked()).toEqual(['using']);
  });

  it('add a phase as one undoable change, kept in the order of the customer process', async () => {
    await phases().getByLabel('need articulation', { exact: true }).check();
    await expect.poll(ticked).toEqual(['need articulation', 'using']);
    expect(await undoLabel(page)).toMatch(/^Undo: /);
    await page.keyboard.press('Control+Z');
    await expect.poll(ticked).toEqual(['using']);
  });

  it('leave the property unset when the last phase is unticked, without an error', async () => {
    await phases().getByLabel('using', { exact: true }).uncheck();
    await expect.poll(ticked).toEqual([]);
    expect(await phases().locator('.field__error').count()).toBe(0);
    await page.keyboard.press('Control+Z');
    await expect.poll(ticked).toEqual(['using']);
    expect(errors).toEqual([]);
  });
});
