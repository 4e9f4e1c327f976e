import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launch, openWorkbench } from './support/browser.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { node, viewportSettled } from './support/canvas.ts';

interface Entry {
  id: string;
  file: string;
  title: string;
  kind: string;
}
const models = new URL('../../models/', import.meta.url);
const gallery = JSON.parse(readFileSync(new URL('index.json', models), 'utf8')) as Entry[];
const shipped = (file: string) =>
  JSON.parse(readFileSync(new URL(file, models), 'utf8')) as {
    meta: { name: string };
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

const card = (title: string) => page.getByRole('article', { name: title, exact: true });

async function openGallery() {
  await page.getByRole('button', { name: 'Models…' }).click();
  await page.getByRole('dialog', { name: 'Models' }).waitFor();
}

async function waitForModel(name: string) {
  await page.getByRole('dialog', { name: 'Models' }).waitFor({ state: 'detached' });
  await page.waitForFunction((n) => document.querySelector('.header h1')?.textContent === n, name);
  await viewportSettled(page);
}

describe('the gallery of shipped models', () => {
  it('shows a card per shipped model with its kind, description and a thumbnail drawn from its lane grid', async () => {
    await openGallery();
    for (const entry of gallery) {
      await expect.poll(() => card(entry.title).locator('svg.thumbnail').count(), { timeout: 10_000 }).toBe(1);
      expect(await card(entry.title).locator('.model-card__title').textContent()).toBe(entry.title);
    }
    expect(await card('CRM-in-BPO reference model').locator('.model-card__kind').textContent()).toBe(
      'Reference model · open now',
    );
    // The CRM-in-BPO thumbnail counts the elements of each lane cell: all of the model's elements.
    const counts = await card('CRM-in-BPO reference model').locator('svg.thumbnail text').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(shipped('reference/crm-bpo.json').elements.length);
    await page.keyboard.press('Escape');
  });

  for (const entry of gallery.filter((e) => e.kind !== 'template')) {
    it(`opens “${entry.title}” from its card and shows it on the canvas`, async () => {
      const doc = shipped(entry.file);
      await openGallery();
      await card(entry.title).locator('.model-card__main').click();
      await waitForModel(doc.meta.name);
      // A process is drawn on every level, the process map included.
      const process =
        doc.elements.find((e) => crmBpoMetamodel.elementType(e.type)?.category === 'process') ?? doc.elements[0]!;
      await node(page, process.id).waitFor({ timeout: 30_000 });
      expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(0);
    });
  }

  it('starts a named model from the template: the lanes and no elements yet', async () => {
    await openGallery();
    await page.getByRole('dialog', { name: 'Models' }).getByLabel('Name', { exact: true }).fill('Acme telecom CRM');
    await page.getByRole('button', { name: 'New model from the template' }).click();
    await waitForModel('Acme telecom CRM');
    expect(await page.locator('.lane-headers__row').allTextContents()).toEqual(['Client', 'Provider', 'Customer']);
    expect(await page.locator('.react-flow__node').count()).toBe(0);
    expect(await page.locator('.notice--success').last().textContent()).toMatch(
      /Created “Acme telecom CRM” from the template/,
    );
  });

  it('makes a copy of a shipped model, which then appears among the recent models', async () => {
    await openGallery();
    await card('CRM architecture (Geib et al. 2005)').getByRole('button', { name: 'Make a copy' }).click();
    await waitForModel('Copy of CRM architecture (Geib et al. 2005)');
    await openGallery();
    const recent = page.getByRole('region', { name: 'Recent models' });
    await recent.getByRole('button', { name: /Acme telecom CRM/ }).waitFor();
    expect(await recent.getByRole('button', { name: /Copy of CRM architecture/ }).textContent()).toMatch(/open now/);
    await recent.getByRole('button', { name: /Acme telecom CRM/ }).click();
    await waitForModel('Acme telecom CRM');
  });

  it('reopens a shipped model kept in the workspace as kept, with its changes', async () => {
    await openGallery();
    await expect
      .poll(() => card('CRM-in-BPO reference model').locator('.model-card__foot').textContent())
      .toMatch(/Kept in this browser/);
    await card('CRM-in-BPO reference model').locator('.model-card__main').click();
    await waitForModel('CRM-in-BPO reference model');
    expect(await page.locator('.notice--success').last().textContent()).toMatch(/as kept in this browser/);
  });
});

describe('explain mode and the glossary', () => {
  it('explains a process of a shipped model and opens the glossary at a matching term', async () => {
    // The name, not the item's middle: that may be one of the relation lines listed under it.
    await page
      .getByRole('treeitem', { name: /^Manage campaigns, Delivery process/ })
      .locator('.outline__name')
      .first()
      .click();
    const explain = page.getByRole('region', { name: 'About this element' });
    await explain.waitFor();
    expect(await explain.textContent()).toMatch(/Plan, run, control and monitor marketing activities/);
    expect(await explain.getByRole('link', { name: 'Geib et al. 2005' }).getAttribute('href')).toBe(
      'https://doi.org/10.1109/HICSS.2005.101',
    );
    await explain.getByRole('button', { name: 'Delivery process' }).click();

    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await glossary.waitFor();
    expect(await glossary.getByRole('heading', { level: 3 }).textContent()).toBe('Delivery process');
    const hierarchy = await glossary.getByRole('region', { name: 'Hierarchy' }).getByRole('listitem').allTextContents();
    expect(hierarchy.map((t) => t.replace('└', ''))).toEqual([
      'Marketing',
      'Relationship management',
      'Relationship marketing',
      'Customer relationship management (CRM)',
      'CRM process',
      'Delivery process',
    ]);
    expect(
      await glossary.getByRole('region', { name: 'In the open model' }).getByRole('button').allTextContents(),
    ).toContain('Manage campaigns');
  });

  it('searches the glossary and walks up the hierarchy', async () => {
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await glossary.getByLabel('Search the glossary').fill('outsourcing');
    expect(await glossary.getByRole('list', { name: 'Terms' }).getByRole('button').first().textContent()).toBe(
      'Business process outsourcing (BPO)',
    );
    await glossary.getByLabel('Search the glossary').fill('');
    await glossary.getByRole('list', { name: 'Terms' }).getByRole('button', { name: 'Cyclical CRM' }).click();
    await glossary
      .getByRole('region', { name: 'Hierarchy' })
      .getByRole('button', { name: 'Relationship marketing' })
      .click();
    expect(await glossary.getByRole('heading', { level: 3 }).textContent()).toBe('Relationship marketing');
    await page.keyboard.press('Escape');
    await glossary.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});

describe('without browser storage', () => {
  it('asks before a shipped model replaces unsaved changes, and Cancel keeps them', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    // Private mode: no IndexedDB, so the open model's changes exist only in this tab.
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const tab = await context.newPage();
    await tab.goto(appUrl());
    await tab.locator('.react-flow__node').first().waitFor({ timeout: 20_000 });
    // At 1024 px the palette and outline start folded away.
    await tab.getByRole('button', { name: 'Show the palette and outline' }).click();
    await tab
      .getByRole('treeitem', { name: /^Manage campaigns, Delivery process/ })
      .locator('.outline__name')
      .first()
      .click();
    await tab.getByRole('button', { name: 'Show the side panel' }).click();
    await tab.locator('.inspector').getByLabel('Name', { exact: true }).fill('Run campaigns');
    await tab.locator('.inspector').getByLabel('Name', { exact: true }).press('Enter');

    await tab.getByRole('button', { name: 'Models…' }).click();
    await tab
      .getByRole('article', { name: 'COPC-2000 key processes and metrics', exact: true })
      .locator('.model-card__main')
      .click();
    const ask = tab.getByRole('alertdialog', { name: 'Unsaved changes' });
    await ask.waitFor();
    expect(await ask.textContent()).toMatch(/“CRM-in-BPO reference model” has changes this browser could not keep/);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await tab.keyboard.press('Escape');
    expect(await tab.locator('.header h1').textContent()).toBe('CRM-in-BPO reference model');
    expect(await tab.getByRole('treeitem', { name: /^Run campaigns/ }).count()).toBe(1);

    await tab.getByRole('button', { name: 'Models…' }).click();
    await tab
      .getByRole('article', { name: 'COPC-2000 key processes and metrics', exact: true })
      .locator('.model-card__main')
      .click();
    await tab.getByRole('button', { name: 'Continue without saving' }).click();
    await tab.waitForFunction(
      () => document.querySelector('.header h1')?.textContent === 'COPC-2000 key processes and metrics',
    );
    await context.close();
  });
});
