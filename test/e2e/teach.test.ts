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

/** Selects an element through the outline and sets its lane in the inspector. */
async function place(name: string, role: string, area: string) {
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await page
    .locator('.outline')
    .getByRole('treeitem', { name: new RegExp(`^${name}, `) })
    .click();
  const inspector = page.locator('.inspector');
  await inspector.getByLabel('Role', { exact: true }).selectOption(role);
  await inspector.getByLabel('Area', { exact: true }).selectOption(area);
}

const learn = () => page.locator('#panel-learn');

describe('a student does the first exercise', () => {
  it('starts it from the Learn tab', async () => {
    const left = page.getByRole('button', { name: 'Show the palette and outline' });
    if (await left.isVisible()) await left.click();
    await page.getByRole('tab', { name: 'Learn' }).click();
    await learn().getByRole('button', { name: 'Start Put the seed’s business objects in their lanes' }).click();
    await page.locator('.header h1', { hasText: 'Put the seed’s business objects in their lanes' }).waitFor();
    await learn().getByText('Source 000 lists business objects').waitFor();
  });

  it('places the objects with one mistake, sees the hint that names it without the answer, fixes it and passes', async () => {
    await place('Coordination', 'client', 'management');
    await place('Product', 'client', 'management');
    await place('Employee', 'provider', 'management');
    await place('Account', 'client', 'sales'); // the mistake: the provider's account of its client
    await place('Contact', 'customer', 'operations');
    await place('Support case', 'provider', 'operations');
    await page.getByRole('tab', { name: 'Learn' }).click();
    await learn().getByRole('button', { name: 'Check my model' }).click();
    expect(await learn().getByTestId('exercise-score').textContent()).toBe('5 of 6 points (83 %) · 100 % passes');
    const hints = await learn().getByRole('list', { name: 'Hints' }).locator('li').allTextContents();
    expect(hints).toEqual([
      '“Account” is not in the right lane yet. Source 003: the provider runs CRM towards its own clients too.',
    ]);

    await place('Account', 'provider', 'sales');
    await page.getByRole('tab', { name: 'Learn' }).click();
    await learn()
      .getByRole('button', { name: /^Check (my model|again)$/ })
      .click();
    expect(await learn().getByTestId('exercise-score').textContent()).toBe('✓ Passed: 6 of 6 points (100 %)');
  });

  it('keeps the progress in the browser', async () => {
    await page.reload();
    await page.getByRole('tab', { name: 'Learn' }).click();
    await learn().getByRole('button', { name: 'All exercises' }).click();
    const card = learn().locator('.teach__card', { hasText: 'Put the seed’s business objects in their lanes' });
    await card.getByText('✓ passed').waitFor();
    expect(errors).toEqual([]);
  });
});
