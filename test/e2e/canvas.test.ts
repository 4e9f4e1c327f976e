import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import {
  cellPoint,
  centre,
  connectNodes,
  drag,
  inspectorValue,
  node,
  openModelFile,
  undoLabel,
  viewportSettled,
} from './support/canvas.ts';

const FIXTURE = new URL('../fixtures/workshop-model.json', import.meta.url).pathname;

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openWorkbench(browser));
  await openModelFile(page, FIXTURE);
  // This test models with every element drawn: the service level (a measure) as a node of its own, not folded into its process.
  await page.locator('nav[aria-label="Level of the view"]').getByLabel('Fold measures').uncheck();
  await page.locator('.react-flow__node[data-id="service-level"]').waitFor();
  await viewportSettled(page);
});
afterAll(async () => {
  await browser?.close();
});

const nodeIds = () =>
  page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());

describe('modelling on the canvas, as a workshop would', () => {
  let start: (string | null)[];
  let contactId: string;

  it('opens the workshop model from a file', async () => {
    expect(await page.locator('.header h1').textContent()).toBe('Workshop model');
    start = await nodeIds();
    expect(start).toEqual(['account', 'answer-calls', 'inquiry', 'service-level']);
  });

  it('adds a Contact from the palette into the Customer / Operations cell', async () => {
    const target = await cellPoint(page, 'Customer', 'Operations', 0.9, 0.6);
    await page.locator('.palette__item', { hasText: /^Contact$/ }).dragTo(page.locator('.react-flow__pane'), {
      targetPosition: {
        x: target.x - (await page.locator('.react-flow__pane').boundingBox())!.x,
        y: target.y - (await page.locator('.react-flow__pane').boundingBox())!.y,
      },
    });
    const added = page.locator('.react-flow__node', { hasText: 'New Contact' });
    await added.waitFor();
    contactId = (await added.getAttribute('data-id'))!;
    expect(await inspectorValue(page, 'Role')).toBe('customer');
    expect(await inspectorValue(page, 'Area')).toBe('operations');
    expect(await undoLabel(page)).toBe('Undo: Add New Contact');
  });

  it('connects the Contact to the Inquiry with the only relation the metamodel offers, or a menu of several', async () => {
    await connectNodes(page, contactId, 'inquiry');
    const menu = page.getByRole('menu', { name: 'Choose a relation type' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['belongs to', 'refers to', 'Cancel']);
    await menu.getByRole('menuitem', { name: 'refers to' }).click();
    expect(await page.locator('.react-flow__edge').count()).toBe(3);
    expect(await undoLabel(page)).toBe('Undo: Connect New Contact → Inquiry');
  });

  it('refuses a connection the metamodel does not allow, and says why', async () => {
    await connectNodes(page, contactId, 'service-level');
    const notice = page.locator('.notice--warning');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /Not connected: no relation of the CRM in BPO metamodel goes from a Contact to a Quality measure\. A Contact may: "is input to"/,
    );
    expect(await page.locator('.react-flow__edge').count()).toBe(3);
    // The message sits in the canvas' corner, over whatever is drawn there: a person closes it to go on.
    await notice.getByRole('button', { name: 'Dismiss message' }).click();
    await notice.waitFor({ state: 'detached' });
  });

  it('renames the Contact in place with F2', async () => {
    await node(page, contactId).click();
    await page.keyboard.press('F2');
    const input = page.getByLabel('New name for New Contact');
    await input.fill('Call contact');
    await input.press('Enter');
    expect(await node(page, contactId).locator('.el-node__name').textContent()).toBe('Call contact');
    expect(await undoLabel(page)).toBe('Undo: Rename New Contact to Call contact');
  });

  it('moves the Contact across lanes, and its role and area follow', async () => {
    await drag(page, await centre(node(page, contactId)), await cellPoint(page, 'Client', 'Sales', 0.7));
    await node(page, contactId).click();
    expect(await inspectorValue(page, 'Role')).toBe('client');
    expect(await inspectorValue(page, 'Area')).toBe('sales');
    expect(await undoLabel(page)).toBe('Undo: Move Call contact to Client / Sales');
  });

  it('copies, pastes and deletes with the keyboard', async () => {
    await node(page, contactId).click();
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Control+V');
    expect(await page.locator('.react-flow__node', { hasText: 'Call contact' }).count()).toBe(2);
    expect(await undoLabel(page)).toBe('Undo: Paste Call contact');
    await page.keyboard.press('Delete');
    expect(await page.locator('.react-flow__node', { hasText: 'Call contact' }).count()).toBe(1);
  });

  it('undoes every step back to the opened model, then redoes them', async () => {
    const undo = page.locator('.header button[aria-label^="Undo"]');
    const labels: string[] = [];
    while (await undo.isEnabled()) {
      labels.push((await undo.getAttribute('aria-label'))!);
      await undo.click();
    }
    expect(labels).toEqual([
      'Undo: Delete Call contact',
      'Undo: Paste Call contact',
      'Undo: Move Call contact to Client / Sales',
      'Undo: Rename New Contact to Call contact',
      'Undo: Connect New Contact → Inquiry',
      'Undo: Add New Contact',
    ]);
    expect(await nodeIds()).toEqual(start);
    expect(await page.locator('.react-flow__edge').count()).toBe(2);
    for (let i = 0; i < labels.length; i++) await page.keyboard.press('Control+Shift+Z');
    expect(await node(page, contactId).locator('.el-node__name').textContent()).toBe('Call contact');
    expect(await page.locator('.react-flow__edge').count()).toBe(3);
  });

  it('runs auto layout as one undo step and keeps everything in its lane', async () => {
    await page.getByRole('button', { name: 'Auto layout' }).click();
    await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await undoLabel(page)).toBe('Undo: Auto layout');
    await node(page, contactId).click();
    expect(await inspectorValue(page, 'Role')).toBe('client');
  });

  it('finds an element with Ctrl+F and focuses it', async () => {
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+F');
    await page.getByLabel('Find an element').fill('service');
    await page.keyboard.press('Enter');
    // Focusing pans the view: it is judged once the pan has come to rest.
    await viewportSettled(page);
    expect(await node(page, 'service-level').getAttribute('class')).toMatch(/selected/);
    const box = (await node(page, 'service-level').boundingBox())!;
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2))).toBeLessThan(40);
  });

  it('keeps the lane names readable and on screen when zoomed in and panned', async () => {
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
    await drag(
      page,
      { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 },
      { x: pane.x + pane.width / 2 - 150, y: pane.y + pane.height / 2 - 250 },
    );
    // A lane with too little of it on screen for its whole name shows none: the first named one is read.
    const column = page.locator('.lane-headers__column:has(span)').first();
    const row = page.locator('.lane-headers__row:has(span)').first();
    // The grid's own header bands have scrolled away; the names stay at the canvas edges, in 12 px type.
    expect((await column.boundingBox())!.y).toBeCloseTo(pane.y, 0);
    expect((await row.boundingBox())!.x).toBeCloseTo(pane.x, 0);
    expect(await column.evaluate((el) => getComputedStyle(el).fontSize)).toBe('12px');
    expect(['Sales', 'Management', 'Operations']).toContain(await column.textContent());
    expect(['Client', 'Provider', 'Customer']).toContain(await row.textContent());
  });

  it('fits the whole lane grid on the fit button, and a fit interrupted by the wheel leaves the canvas idle', async () => {
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.getByRole('button', { name: 'Fit the whole view' }).click();
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, -200);
    await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout: 1_000 });
    await page.getByRole('button', { name: 'Fit the whole view' }).click();
    await viewportSettled(page);
    const grid = (await page.locator('.lane-grid').boundingBox())!;
    expect(grid.x).toBeGreaterThanOrEqual(pane.x);
    expect(grid.x + grid.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
    expect(grid.y).toBeGreaterThanOrEqual(pane.y);
  });

  it('lists the shortcuts on ?', async () => {
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await dialog.textContent()).toMatch(/Ctrl\+Z.*Undo/);
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
