import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { node, undoLabel } from './support/canvas.ts';

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

const findingsTab = () => page.getByRole('tab', { name: /^Findings/ });
const panel = () => page.locator('.findings');
const finding = (text: string | RegExp) => panel().locator('.findings__group .finding', { hasText: text });
const NO_CELL = /"Manage leads" has no cell in the macro structure: it lacks an area/;

describe('validation as a modeller meets it', () => {
  it('opens the shipped model without errors or warnings: the Findings tab carries no count', async () => {
    await findingsTab().click();
    await panel().waitFor();
    expect(await findingsTab().textContent()).toBe('Findings');
    expect(await panel().getByRole('button', { pressed: true }).allTextContents()).toEqual([
      '0 errors',
      '0 warnings',
      '4 notes',
    ]);
  });

  it('warns that a COPC metric is missing when its quality measure is deleted, and undo clears it', async () => {
    await page.keyboard.press('Control+F');
    await page.getByLabel('Find an element').fill('Call abandonment rate');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await page.locator('.inspector').getByRole('button', { name: 'Delete from model' }).click();
    await findingsTab().click();
    const copc = finding(
      'COPC key customer-related process "Answer end-user calls" implements COPC K2 "Answer end-user calls" but lacks measures of Abandonment Rate.',
    );
    await copc.waitFor();
    expect(await findingsTab().textContent()).toBe('Findings1 warning');
    await page.keyboard.press('Control+Z');
    await copc.waitFor({ state: 'detached' });
    expect(await findingsTab().textContent()).toBe('Findings');
  });

  it('shows a finding as soon as a process loses its area', async () => {
    await page.keyboard.press('Control+F');
    await page.getByLabel('Find an element').fill('Manage leads');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await page.locator('.inspector').getByLabel('Area', { exact: true }).selectOption('');
    await findingsTab().click();
    await finding(NO_CELL).waitFor();
    expect(await findingsTab().textContent()).toBe('Findings1 error');
    expect(await finding(NO_CELL).locator('.finding__rule').textContent()).toBe(
      'Every process sits in a cell of the macro structure',
    );
  });

  it('selects the element and brings it to the centre when the finding is clicked, and badges its node', async () => {
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await finding(NO_CELL).locator('.finding__message').click();
    const leads = node(page, 'p-lead-management');
    await expect.poll(() => leads.getAttribute('class')).toMatch(/selected/);
    // The element's cell opens, and the camera then glides to centre the element.
    const offCentre = async () => {
      const box = (await leads.boundingBox())!;
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      return Math.max(
        Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2)),
        Math.abs(box.y + box.height / 2 - (pane.y + pane.height / 2)),
      );
    };
    await expect.poll(offCentre).toBeLessThan(40);
    expect(await leads.locator('.node-finding--error').getAttribute('aria-label')).toBe('1 finding: 1 error');
  });

  it('applies the quick fix as one undo step; the finding disappears, and undo brings it back', async () => {
    const fix = finding(NO_CELL).getByRole('button', { name: 'Put in area Sales (like "Manage campaigns")' });
    await fix.click();
    await finding(NO_CELL).waitFor({ state: 'detached' });
    expect(await undoLabel(page)).toBe('Undo: Put in area Sales (like "Manage campaigns")');
    expect(await findingsTab().textContent()).toBe('Findings');
    expect(await node(page, 'p-lead-management').locator('.node-finding--error').count()).toBe(0);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await finding(NO_CELL).waitFor();
    expect(await findingsTab().textContent()).toBe('Findings1 error');
  });

  it('suppresses a finding for its element only with a reason, lists it apart, and restores it', async () => {
    await finding(NO_CELL).getByRole('button', { name: 'Suppress for this element…' }).click();
    const form = finding(NO_CELL).locator('form');
    await form.getByRole('button', { name: 'Suppress' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('Say why this finding is accepted.');
    await form
      .getByLabel('Why is this acceptable for “Manage leads”?')
      .fill('Lead handling moves to the client next year');
    await form.getByRole('button', { name: 'Suppress' }).click();
    await finding(NO_CELL).waitFor({ state: 'detached' });
    expect(await undoLabel(page)).toBe('Undo: Suppress a finding for Manage leads');
    const suppressed = panel().locator('.findings__suppressed');
    await suppressed.locator('summary').click();
    const item = suppressed.locator('.finding', { hasText: NO_CELL });
    expect(await item.locator('.finding__reason').textContent()).toBe(
      'Reason: Lead handling moves to the client next year',
    );
    await item.getByRole('button', { name: 'Restore' }).click();
    await finding(NO_CELL).waitFor();
  });

  it('switches to the stricter publication profile, stored in the model and undoable', async () => {
    await panel().getByLabel('Profile', { exact: true }).selectOption('publication');
    expect(await undoLabel(page)).toBe('Undo: Validate with the Publication profile');
    // The hint follows the model's profile once the panel has re-rendered, which a loaded machine can delay.
    await expect
      .poll(() => panel().locator('.findings__profile-hint').textContent())
      .toMatch(/^For a reference model about to be published/);
    // The findings of the new profile come when the validation has run, in the page's idle time.
    await expect
      .poll(() =>
        panel().locator('.findings__group--warning .finding', { hasText: 'is still marked optional' }).count(),
      )
      .toBe(4);
    await page.locator('.header button[aria-label^="Undo"]').click();
    await expect.poll(() => panel().getByLabel('Profile', { exact: true }).inputValue()).toBe('default');
  });

  it("adds a rule of the model's own in the form: invalid input is refused inline, and its finding appears", async () => {
    await panel().getByRole('button', { name: 'Rules…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Validation rules' });
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    expect(await dialog.getByRole('alert').allTextContents()).toEqual([
      'Choose the property that must have a value.',
      'Give the rule a title: it is shown with each finding.',
    ]);

    await dialog.getByLabel('The rule checks that').selectOption('naming');
    await dialog.getByLabel('For elements of type').selectOption('category:process');
    const pattern = dialog.getByLabel('Names must match (a regular expression)');
    await pattern.fill('^(Manage');
    expect(await dialog.getByRole('alert').textContent()).toMatch(
      /^The pattern cannot be used: it is not a valid regular expression/,
    );
    await pattern.fill('^\\p{Lu}\\p{Ll}+ ');
    await dialog.getByLabel('Try a name').fill('customer scoring');
    expect(await dialog.locator('.naming-test__verdict').textContent()).toBe('✗ does not match');
    expect(await dialog.locator('.naming-test__model').textContent()).toBe(
      'All 28 names of any Process in the model match.',
    );

    await dialog.getByLabel('The rule checks that').selectOption('required-property');
    await dialog.getByLabel('For elements of type').selectOption('account');
    await dialog.getByLabel('Property that must have a value').selectOption('segment');
    await dialog.getByLabel('Title, shown with each finding').fill('Accounts name their segment');
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    const row = dialog.locator('.user-rules li', { hasText: 'Accounts name their segment' });
    // A new rule's findings come when the validation has run, in the page's idle time.
    await expect.poll(() => row.locator('.user-rules__count').textContent()).toBe('1 warning');
    expect(await undoLabel(page)).toBe('Undo: Add rule "Accounts name their segment"');
    await page.keyboard.press('Escape');
    const mine = finding('Account "Account" has no value for "Segment" (rule "Accounts name their segment").');
    await mine.waitFor();
    expect(await mine.locator('.finding__rule').textContent()).toBe('Accounts name their segment');
    await expect.poll(() => findingsTab().textContent()).toBe('Findings1 error1 warning');
    expect(errors).toEqual([]);
  });
});
