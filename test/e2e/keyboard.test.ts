import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { node, openModelFile, showSidePanel, undoLabel, viewportSettled } from './support/canvas.ts';

const PROJECTOR = { width: 1024, height: 768 };
const WORKSHOP = new URL('../fixtures/workshop-model.json', import.meta.url).pathname;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Finds an element by name with Ctrl+F and Enter, as a keyboard user would; it becomes the selection. */
async function find(page: Page, name: string) {
  await page.keyboard.press('Control+F');
  await page.getByLabel('Find an element').fill(name);
  await page.keyboard.press('Enter');
  await viewportSettled(page);
}

const modelSize = async (page: Page) =>
  Number(
    (await page
      .getByRole('tab', { name: /^Full model/ })
      .locator('.view-tabs__count')
      .textContent()) ?? 0,
  );

describe('a hidden selection is never deleted', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openWorkbench(browser, { viewport: PROJECTOR }));
  });

  it('forgets what another view selected: Shift+Delete after a plain click deletes only the clicked element', async () => {
    const before = await modelSize(page);
    await page.getByRole('tab', { name: /^Client view/ }).click();
    await viewportSettled(page);
    // "Profile customers" is in the client view only.
    await find(page, 'Profile customers');
    await page.getByRole('tab', { name: /^Customer view/ }).click();
    await viewportSettled(page);
    await page.getByRole('button', { name: 'Open Provider · Sales' }).click();
    await viewportSettled(page);
    await node(page, 'p-campaign-management').click();
    await page.keyboard.press('Shift+Delete');
    expect(await undoLabel(page)).toBe('Undo: Delete Manage campaigns');
    expect(await modelSize(page)).toBe(before - 1);
    await page.getByRole('tab', { name: /^Client view/ }).click();
    await find(page, 'Profile customers');
    await showSidePanel(page);
    expect(await page.locator('.inspector').getByLabel('Name', { exact: true }).inputValue()).toBe('Profile customers');
    await page.keyboard.press('Control+Z');
    expect(await modelSize(page)).toBe(before);
  });

  it('says what a delete of several elements took, and undoes it from the message', async () => {
    await page.getByRole('tab', { name: /^Customer view/ }).click();
    await viewportSettled(page);
    await page.getByRole('button', { name: 'Open Provider · Sales' }).click();
    await viewportSettled(page);
    const before = await modelSize(page);
    await node(page, 'p-campaign-management').click();
    const other = await page.locator('.react-flow__node-element').evaluateAll((els) => {
      const pane = document.querySelector('.canvas')!.getBoundingClientRect();
      return els
        .filter(
          (e) => e.getBoundingClientRect().bottom < pane.bottom - 60 && e.getBoundingClientRect().right < pane.right,
        )
        .map((e) => e.getAttribute('data-id')!)
        .find((id) => id !== 'p-campaign-management')!;
    });
    await node(page, other).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Shift+Delete');
    const said = page.locator('.notice', { hasText: /Deleted 2 elements: “Manage campaigns” and “/ });
    await said.waitFor();
    expect(await modelSize(page)).toBe(before - 2);
    await said.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => modelSize(page)).toBe(before);
  });
});

describe('modelling by keyboard alone', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openWorkbench(browser, { viewport: PROJECTOR }));
    await openModelFile(page, WORKSHOP);
  });

  it('skips to the canvas, one tab stop, where arrow keys move between the nodes and select them', async () => {
    // Tab starts from the top of the page, as on a fresh load (focusing the body moves the starting point there).
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the canvas');
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id'));
    const first = await focused();
    expect(first).toBeTruthy();
    expect(await page.locator('#canvas [tabindex="0"]').count()).toBe(1);
    const visited = new Set([first]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      visited.add(await focused());
    }
    expect(visited.size).toBeGreaterThan(1);
    const now = await focused();
    expect(await node(page, now!).getAttribute('class')).toMatch(/selected/);
    // Relations are announced by the names of their ends (those of the selection are drawn one by one).
    await find(page, 'Inquiry');
    const labels = await page
      .locator('.react-flow__edge')
      .evaluateAll((edges) => edges.map((e) => e.getAttribute('aria-label')));
    expect(labels).toContain('Inquiry is input to Answer end-user calls');
  });

  it('creates a relation with C, finding the other end by name', async () => {
    await find(page, 'Answer end-user calls');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: 'Connect “Answer end-user calls” to…' });
    await dialog.waitFor();
    await page.keyboard.type('acc');
    expect(await dialog.getByRole('option').first().textContent()).toBe('Account Account');
    // Typed as fast as a person who knows the dialog: the chosen end's first type has focus as it appears.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await undoLabel(page)).toBe('Undo: Connect Answer end-user calls → Account');
    await page.locator('.notice', { hasText: 'Connected: Answer end-user calls produces Account.' }).waitFor();
  });

  it('inspects the new relation in the outline, named by its elements, then deletes it there, focus kept', async () => {
    await page.getByRole('button', { name: 'Show the palette and outline' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Show the side panel' }).focus();
    await page.keyboard.press('Enter');
    const tree = page.getByRole('tree');
    const relation = tree.getByRole('treeitem', { name: 'Relation: Answer end-user calls produces Account' });
    await relation.waitFor();
    // The new relation is selected, so it is the tree's tab stop.
    expect(await relation.getAttribute('tabindex')).toBe('0');
    await relation.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.inspector').textContent()).toMatch(/Answer end-user calls/);
    const items = await tree.getByRole('treeitem').count();
    await page.keyboard.press('Delete');
    await relation.waitFor({ state: 'detached' });
    expect(await tree.getByRole('treeitem').count()).toBe(items - 1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
    expect(await undoLabel(page)).toMatch(/^Undo: Delete/);
  });
});

describe('alignment across lanes', () => {
  it('lines up within one column, says why it is off across rows, and records nothing when nothing moves', async () => {
    const { page, context } = await openWorkbench(browser, { viewport: PROJECTOR });
    await openModelFile(page, WORKSHOP);
    await find(page, 'Inquiry');
    // Moved a little out of line first, by keyboard.
    await page.keyboard.press('Shift+ArrowRight');
    expect(await undoLabel(page)).toBe('Undo: Nudge Inquiry');
    await node(page, 'answer-calls').click({ modifiers: ['Shift'] });
    await showSidePanel(page);
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const arrange = page.locator('.inspector');
    expect(await arrange.getByRole('button', { name: 'Top', exact: true }).isDisabled()).toBe(true);
    expect(await arrange.locator('.arrange__why').textContent()).toMatch(/spans several roles/);
    const x = async () =>
      (await node(page, 'inquiry').boundingBox())!.x - (await node(page, 'answer-calls').boundingBox())!.x;
    await arrange.getByRole('button', { name: 'Left', exact: true }).click();
    expect(await undoLabel(page)).toBe('Undo: Align 2 elements left');
    await expect.poll(async () => Math.abs(await x())).toBeLessThan(1);
    await arrange.getByRole('button', { name: 'Left', exact: true }).click();
    await page.locator('.notice', { hasText: 'Align 2 elements left: already so, nothing moved.' }).waitFor();
    await page.keyboard.press('Control+Z');
    expect(await undoLabel(page)).not.toBe('Undo: Align 2 elements left');
    await context.close();
  });
});
