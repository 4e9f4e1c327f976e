import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';

const SHIPPED = JSON.parse(readFileSync(new URL('../../models/reference/crm-bpo.json', import.meta.url), 'utf8')) as {
  elements: { id: string; type: string }[];
};

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

/** Renames an element through the outline and the inspector; `from` is its name now. */
async function rename(from: string, to: string) {
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await page
    .locator('.outline')
    .getByRole('treeitem', { name: new RegExp(`^${from}, `) })
    .click();
  const field = page.locator('.inspector').getByLabel('Name', { exact: true });
  await field.fill(to);
  await field.press('Enter');
}

async function openVersionsTab() {
  await page.locator('.header .save-state').click();
  await page.locator('.versions').waitFor();
}

describe('a model derived from the CRM-in-BPO reference model', () => {
  it('is derived as a new stored model linked to the reference model', async () => {
    await openVersionsTab();
    await page.getByRole('button', { name: 'Derive a model…' }).click();
    await dialog().getByLabel('Name of the derived model').fill('ACME customer service CRM');
    await dialog().getByRole('button', { name: 'Derive model' }).click();
    await page.locator('.header h1', { hasText: 'ACME customer service CRM' }).waitFor();
    // It opens on its process map, with every process of the reference model.
    const processes = SHIPPED.elements.filter((e) => crmBpoMetamodel.elementType(e.type)?.category === 'process');
    await expect.poll(() => page.locator('.react-flow__node-map-process').count()).toBe(processes.length);
  });

  it('shows the coverage after elements are renamed and omitted, on the canvas and in the conformance view', async () => {
    await rename('Lead', 'Sales lead');
    // Deleting on the canvas omits, like the Omit action of the conformance view.
    await page
      .locator('.outline')
      .getByRole('treeitem', { name: /^Account, / })
      .click();
    await page.keyboard.press('Delete');
    await openVersionsTab();
    await page.getByRole('button', { name: 'Conformance…' }).click();
    await dialog().getByRole('tab', { name: 'Adaptation per element' }).click();
    await dialog().getByLabel('Show', { exact: true }).selectOption('all');
    await dialog().getByLabel('Find element').fill('Project');
    const row = dialog().locator('.adaptations__table tr', { hasText: 'Project' }).first();
    await row.getByLabel('Why Project is adapted').fill('ACME sells no projects');
    await row.getByRole('button', { name: 'Omit…' }).click();
    await row.getByRole('button', { name: 'Omit', exact: true }).click();

    await dialog().getByRole('tab', { name: 'Coverage and deviations' }).click();
    const n = SHIPPED.elements.length;
    expect(await dialog().getByTestId('coverage').textContent()).toBe(`${Math.round(((n - 2) / n) * 1000) / 10} %`);
    expect(await dialog().textContent()).toContain(`${n - 2} of ${n} elements of CRM-in-BPO reference model`);
    const counts = await dialog()
      .getByRole('list', { name: 'Elements per adaptation' })
      .locator('li')
      .allTextContents();
    expect(counts).toEqual([`${n - 3} Adopted`, '0 Specialised', '0 Extended', '1 Renamed', '2 Omitted', '0 New']);
    const deviations = await dialog().locator('.conformance__deviations li').allTextContents();
    expect(deviations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"Sales lead" renames "Lead"/),
        expect.stringMatching(/"Project" of the reference model was omitted \(ACME sells no projects\)/),
        expect.stringMatching(/"Account" of the reference model was omitted/),
      ]),
    );
    await page.keyboard.press('Escape');
  });

  it('compares with its reference model by derivation links, and marks the differences on the canvas', async () => {
    await page.getByRole('button', { name: 'Compare…' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare' });
    await compare.locator('.diff__table').first().waitFor();
    expect(await compare.getByLabel('Before', { exact: true }).inputValue()).toBe('model:crm-bpo');
    expect(await compare.textContent()).toContain('Elements are matched by the derivation links');
    const rows = await compare.locator('.diff__section').first().locator('tbody tr').allTextContents();
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^RemovedProject/),
        expect.stringMatching(/^RemovedAccount/),
        expect.stringMatching(/^ChangedSales leadLeadname: “Lead” → “Sales lead”/),
      ]),
    );
    await compare.getByRole('button', { name: 'Show on canvas' }).click();
    expect(await page.locator('.react-flow__node[data-id="lead"] .el-node--diff-changed').count()).toBe(1);
    // The removed element comes back as a ghost once it has a place on the canvas: wait for it, then count.
    const ghost = page.locator('.react-flow__node[data-id="removed:account"] .el-node--diff-removed');
    await ghost.first().waitFor();
    expect(await ghost.count()).toBe(1);
    await page.getByRole('button', { name: 'Hide comparison' }).click();
    expect(await page.locator('.el-node--diff-changed, .el-node--diff-removed').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
