import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';

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

const dialog = () => page.getByRole('dialog');
const answer = (name: RegExp) => dialog().getByRole('checkbox', { name }).or(dialog().getByRole('radio', { name }));

/** Configures the shipped reference model into a company model with these channels. */
async function configure(name: string, channels: RegExp[]) {
  await page.getByRole('button', { name: 'Models…' }).click();
  await dialog()
    .getByRole('button', { name: /CRM-in-BPO reference model/ })
    .first()
    .click();
  await page.locator('.header h1', { hasText: /^CRM-in-BPO reference model$/ }).waitFor();
  await page.getByRole('button', { name: 'Reuse ▾' }).click();
  await page.getByRole('menuitem', { name: 'Configure by questionnaire…' }).click();
  const question = async () => (await dialog().locator('.configure__question-text').allTextContents()).join();
  for (const step of [
    [/^Customer care services/],
    channels,
    [/^None: the provider runs them all/],
    [/^The client: the knowledge flows back/],
    [/^None of these/],
    [/^No, leave it out/],
  ]) {
    const shown = await question();
    const single = (await dialog().getByRole('radio').count()) > 0;
    // A question with one answer (radios) moves on by itself, so its radio is gone before check() could verify it.
    for (const name of step) await (single ? answer(name).click() : answer(name).check());
    if (single) await expect.poll(question).not.toBe(shown);
    else
      await dialog()
        .getByRole('button', { name: /^(Next|Review) ›$/ })
        .click();
  }
  await dialog().getByLabel('Name of the company model').fill(name);
  await dialog().getByRole('button', { name: 'Create company model' }).click();
  await page.locator('.header h1', { hasText: name }).waitFor();
}

describe('three derived models induce a candidate reference model', () => {
  it('configures three company models with different channels', async () => {
    await configure('Phone only', [/^Phone/]);
    await configure('Phone and e-mail', [/^Phone/, /^E-mail and web/]);
    await configure('E-mail and fax', [/^E-mail and web/, /^Fax and letter/]);
  });

  it('shows each element with its frequency and accepts those in at least two into a new model', async () => {
    await page.getByRole('button', { name: 'Reuse ▾' }).click();
    await page.getByRole('menuitem', { name: 'Induce from company models…' }).click();
    for (const name of ['Phone only', 'Phone and e-mail', 'E-mail and fax'])
      await dialog().locator('label', { hasText: name }).getByRole('checkbox').check();
    await dialog().getByRole('button', { name: 'Match elements ›' }).click();
    const frequency = (id: string) => dialog().getByTestId(`frequency-${id}`).textContent();
    expect(await frequency('p-k2-answer-end-user-calls')).toBe('in 2 of 3 models');
    expect(await frequency('p-k4-process-electronic-transactions')).toBe('in 2 of 3 models');
    expect(await frequency('p-k3-process-non-electronic-transactions')).toBe('in 1 of 3 models');
    expect(await frequency('p-service-management')).toBe('in 3 of 3 models');
    expect(await dialog().getByTestId('frequency-p-campaign-management').count()).toBe(0);
    expect(await dialog().getByLabel('Accept Process non-electronic transactions').isDisabled()).toBe(true);
    await dialog().getByLabel('Name', { exact: true }).fill('Customer care candidate');
    await dialog().getByRole('button', { name: 'Create candidate model' }).click();
    await page.locator('.header h1', { hasText: 'Customer care candidate' }).waitFor();
  });

  it('gives the new model provenance naming its source models', async () => {
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const left = page.getByRole('button', { name: 'Show the palette and outline' });
    if (await left.isVisible()) await left.click();
    // Its name, not one of its relations listed under it.
    await page.locator('.outline [data-id="p-k2-answer-end-user-calls"]').click({ position: { x: 20, y: 8 } });
    await page.getByLabel('Inspector: Answer end-user calls').waitFor();
    expect(await page.locator('.inspector').getByLabel('Provenance note').inputValue({ timeout: 5000 })).toBe(
      'Induced in 2 of 3 models: Phone only, Phone and e-mail.',
    );
    expect(await page.locator('.outline [data-id="p-k3-process-non-electronic-transactions"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
