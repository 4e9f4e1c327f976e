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
const next = () =>
  dialog()
    .getByRole('button', { name: /^(Next|Review) ›$/ })
    .click();

describe('a consultant configures the shipped reference model with a client', () => {
  it('walks through the questionnaire, where an answer greys out the one it excludes', async () => {
    await page.getByRole('button', { name: 'Reuse ▾' }).click();
    await page.getByRole('menuitem', { name: 'Configure by questionnaire…' }).click();
    await dialog()
      .locator('.configure__question-text', { hasText: 'Which service does the client outsource' })
      .waitFor();
    // Telesales first: then sales cannot stay with the client.
    await answer(/^Telesales services/).check();
    await dialog()
      .getByRole('button', { name: /Which delivery processes stay with the client/ })
      .click();
    const sales = answer(/^Sales/);
    expect(await sales.isDisabled()).toBe(true);
    expect(await dialog().locator('.configure__answer', { hasText: 'Sales' }).first().textContent()).toContain(
      'Excluded by “Telesales services (case C)”. With telesales outsourced, sales does not stay with the client alone.',
    );
    await dialog()
      .getByRole('button', { name: /Which service does the client outsource/ })
      .click();
    await answer(/^Telesales services/).uncheck();
    await answer(/^Customer care services/).check();
    await next();
    await answer(/^Phone/).check();
    await answer(/^E-mail and web/).check();
    await next();
    expect(await answer(/^Sales/).isDisabled()).toBe(false);
    await answer(/^Sales/).check();
    await next();
    // A question with one answer goes on by itself once answered.
    await answer(/^The client: the knowledge flows back/).click();
    await answer(/^None of these/).check();
    await next();
    await answer(/^No, leave it out/).click();
    await dialog()
      .getByText(/The company model keeps \d+ elements as they are, specialises \d+ and omits \d+/)
      .waitFor();
  });

  it('yields a company model in one undo step', async () => {
    await dialog().getByLabel('Name of the company model').fill('ACME customer care');
    await dialog().getByRole('button', { name: 'Create company model' }).click();
    await page.locator('.header h1', { hasText: 'ACME customer care' }).waitFor();
    const undo = page.locator('.header').getByRole('button', { name: /^Undo/ });
    await expect.poll(() => undo.getAttribute('aria-label')).toBe('Undo: Configure with 7 answers');
  });

  it('lists each decision with its question in Conformance', async () => {
    await page.locator('.header .save-state').click();
    await page.getByRole('button', { name: 'Conformance…' }).click();
    await dialog().getByRole('tab', { name: 'Configuration decisions' }).click();
    const decisions = dialog().getByLabel('Configuration decisions');
    const section = (question: string) => decisions.locator('section', { hasText: question });
    expect(await section('Which service does the client outsource to the provider?').textContent()).toMatch(
      /Answer: Customer care services \(case B\).*Omitted \d+: .*Manage campaigns.*Adopted \d+: .*Manage service/,
    );
    expect(await section('Through which channels').textContent()).toMatch(
      /Answer: Phone, E-mail and web.*Omitted \d+: .*Process non-electronic transactions.*Adopted \d+: .*Answer end-user calls/,
    );
    expect(await section('Which delivery processes stay with the client?').textContent()).toMatch(
      /Answer: Sales.*Specialised 2: Manage sales, Sales conversion rate/,
    );
    expect(await section('Who analyses the customer knowledge').textContent()).toContain(
      'Answer: The client: the knowledge flows back to it',
    );
    await dialog().getByRole('tab', { name: 'Coverage and deviations' }).click();
    const deviations = await dialog().locator('.conformance__deviations li').allTextContents();
    expect(deviations).toContain(
      'OmittedelementManage campaigns" of the reference model was omitted (“Which service does the client outsource to the provider?” — “Customer care services (case B)”: none of these needs “Campaign management”.).'.replace(
        'element',
        'element "',
      ),
    );
    expect(
      deviations.some((d) =>
        d.includes(
          '"Manage sales" specialises "Manage sales", changing role (“Which delivery processes stay with the client?” — “Sales”)',
        ),
      ),
    ).toBe(true);
    await dialog().getByRole('button', { name: 'Close' }).click();
  });

  it('takes a consultant 13 clicks and the client’s name, from the header to the company model', async () => {
    await page.getByRole('button', { name: /^Undo: Configure/ }).waitFor();
    await page.locator('.header').getByRole('button', { name: 'Undo: Configure with 7 answers' }).click();
    let clicks = 0;
    const click = async (target: ReturnType<typeof dialog>) => {
      clicks++;
      await target.click();
    };
    await click(page.getByRole('button', { name: 'Reuse ▾' }));
    await click(page.getByRole('menuitem', { name: 'Configure by questionnaire…' }));
    const question = async () => (await dialog().locator('.configure__question-text').allTextContents()).join();
    for (const step of [
      [/^Customer care services/],
      [/^Phone/, /^E-mail and web/],
      [/^Sales/],
      [/^The client: the knowledge flows back/],
      [/^None of these/],
      [/^No, leave it out/],
    ]) {
      const shown = await question();
      for (const name of step) await click(answer(name));
      // Several answers need a Next; one answer moves on by itself.
      if ((await question()) === shown) await click(dialog().getByRole('button', { name: /^(Next|Review) ›$/ }));
    }
    // The name field has the focus: the consultant types the client's name and presses Enter.
    await page.keyboard.type('ACME customer care, again');
    await page.keyboard.press('Enter');
    await page.locator('.header h1', { hasText: 'ACME customer care, again' }).waitFor();
    expect(clicks).toBe(13);
  });

  it('undoes the whole configuration with one Ctrl+Z', async () => {
    await page.locator('.header').getByRole('button', { name: 'Undo: Configure with 7 answers' }).click();
    await page.locator('.header .save-state').click();
    await page.getByRole('button', { name: 'Conformance…' }).click();
    await dialog().getByRole('tab', { name: 'Coverage and deviations' }).click();
    await dialog().getByText('None: the model adopts the reference model unchanged.').waitFor();
    expect(errors).toEqual([]);
  });
});
