import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { showSidePanel, viewportSettled } from './support/canvas.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ page } = await openWorkbench(browser, { viewport: { width: 1024, height: 768 } }));
  await page.getByRole('button', { name: 'Models…' }).click();
  const gallery = page.getByRole('dialog', { name: 'Models' });
  await gallery.getByLabel('Name', { exact: true }).fill('Gate check');
  await page.getByRole('button', { name: 'New model from the template' }).click();
  await gallery.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('.header h1')?.textContent === 'Gate check');
  await viewportSettled(page);
  await showSidePanel(page);
  await page.getByRole('tab', { name: /^Step/ }).click();
});
afterAll(async () => {
  await browser?.close();
});

const panel = () => page.locator('#panel-method');
const complete = () => panel().getByRole('button', { name: 'Complete step' });
/** The gate's lines that fail, by their title and verdict ("Goal catalogue 1 of at least 3"). */
const failing = () => panel().locator('.gate__rule--error .gate__head').allTextContents();

async function completeStep(title: string) {
  expect(await panel().locator('.step-panel__title h2').textContent()).toBe(title);
  await expect.poll(() => complete().isEnabled()).toBe(true);
  await complete().click();
}

async function addGoal(kind: string, perspective: string, text: string) {
  const form = panel().getByRole('group', { name: 'New structural goal' });
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: kind });
  await form.getByLabel('Perspective', { exact: true }).selectOption({ label: perspective });
  await form.getByLabel('Goal', { exact: true }).fill(text);
  await form.getByLabel('Rationale', { exact: true }).fill('Said by the client in the workshop');
  await form.getByLabel('Acceptance statement', { exact: true }).fill(`The model shows: ${text}`);
  await form.getByRole('button', { name: 'Add goal' }).click();
}

/** Each exit-criteria line of the gate as its title and verdict ("Goals are testable: nothing to check yet"). */
const verdicts = () =>
  panel()
    .locator('.gate__rule')
    .evaluateAll((rules) =>
      rules.map(
        (r) => `${r.querySelector('.gate__title')?.textContent}: ${r.querySelector('.gate__verdict')?.textContent}`,
      ),
    );

describe('honest gates, from the blank template through the five steps (1024×768)', () => {
  it('step 1 without any goal: no rule says it passes, each says there is nothing to check yet', async () => {
    // The template's one goal, opened from its card and removed, as a user would.
    await panel().locator('.editor__card summary').first().click();
    await panel().getByRole('button', { name: 'Remove goal' }).click();
    await expect
      .poll(verdicts)
      .toContain('Goals cover the client, customer and internal perspectives: nothing to check yet');
    expect((await verdicts()).filter((v) => v.endsWith(': passes'))).toEqual([]);
    expect(await complete().isDisabled()).toBe(true);
    // The template's goal comes back for the walk below.
    await page.keyboard.press('Control+z');
    await expect.poll(failing).toEqual(['✕Goal catalogue1 of at least 3']);
  });

  it('step 1: the template’s own goal does not pass the gate; the client’s goals do', async () => {
    await expect.poll(failing).toEqual(['✕Goal catalogue1 of at least 3']);
    expect(await complete().isDisabled()).toBe(true);
    expect(await panel().locator('.step-actions__blocked').textContent()).toMatch(
      /The step still lacks Goal catalogue \(1 of at least 3\)/,
    );
    await addGoal('Scope boundary', 'Internal (provider)', 'Cover the service desk the provider runs');
    await addGoal('Target users', 'Customer', 'Show customers where they meet the service');
    await expect.poll(failing).toEqual([]);
    await completeStep('Set structural goals');
  });

  it('step 2: the template’s areas and roles are the macro structure', async () => {
    await expect.poll(failing).toEqual([]);
    await completeStep('Set macro structure');
  });

  it('step 3: refuses to complete without a process, then takes one from the catalogue under a verb + noun name', async () => {
    await expect.poll(failing).toEqual(['✕Process models per cell0 of at least 1']);
    expect(await complete().isDisabled()).toBe(true);
    const picker = panel().getByRole('group', { name: 'Add a process from a catalogue' });
    await picker.getByLabel('Catalogue', { exact: true }).selectOption({ label: 'CRM processes (Geib et al. 2005)' });
    await picker.getByLabel('Filter catalogue processes', { exact: true }).fill('service');
    await picker.getByRole('button', { name: /^Manage service/ }).click();
    const chosen = picker.getByRole('group', { name: 'Add Manage service' });
    await chosen.getByLabel('Role', { exact: true }).selectOption({ label: 'Provider' });
    await chosen.getByLabel('Area', { exact: true }).selectOption({ label: 'Operations' });
    await chosen.getByRole('button', { name: 'Add to cell' }).click();
    await expect.poll(failing).toEqual([]);
    await completeStep('Set process structure');
  });

  it('step 4: refuses without a naming rule; the shipped verb + noun preset flags none of the catalogue’s names', async () => {
    await expect.poll(failing).toEqual(['✕Naming rules0 of at least 1']);
    expect(await complete().isDisabled()).toBe(true);
    const rules = panel().getByRole('group', { name: 'Naming rules' });
    await rules.getByRole('button', { name: 'Processes: verb + noun' }).click();
    await rules.getByRole('button', { name: 'Add rule' }).click();
    expect(await rules.locator('.rule__status').first().textContent()).toContain('Every name in the model follows it.');
    await completeStep('Set design goals');
  });

  it('step 5: refuses without the three readers’ views, and completes the method once they exist', async () => {
    await expect
      .poll(failing)
      .toEqual(['✕Client view0 of at least 1', '✕Customer view0 of at least 1', '✕Internal view0 of at least 1']);
    expect(await complete().isDisabled()).toBe(true);
    for (const reader of ['client', 'customer', 'internal']) {
      await panel()
        .getByRole('button', { name: `Create the ${reader} view` })
        .click();
      const form = panel().getByRole('group', { name: `New ${reader} view` });
      await form.getByRole('checkbox', { name: /^Manage service/ }).check();
      await form.getByRole('button', { name: 'Create view' }).click();
    }
    await expect.poll(failing).toEqual([]);
    await completeStep('Set design structure');
    expect(await page.locator('.stepper__progress').textContent()).toContain('5 of 5 steps done');
  });
});
