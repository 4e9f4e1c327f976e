import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';

interface Shipped {
  meta: { name: string; version: string; authors: string[] };
  elements: unknown[];
  relations: unknown[];
  views: unknown[];
  evaluations: { title: string }[];
  configuration: { variationPoints: unknown[]; questions: unknown[] };
}
const SHIPPED = JSON.parse(
  readFileSync(new URL('../../models/reference/crm-bpo.json', import.meta.url), 'utf8'),
) as Shipped;
const downloads = mkdtempSync(join(tmpdir(), 'refmod-card-'));

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openWorkbench(browser));
});
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const card = () => page.getByRole('dialog', { name: /^Catalogue card: / });
const text = () => card().getByLabel('Catalogue card as Markdown');

async function openCard() {
  await page.getByRole('button', { name: 'Reuse ▾' }).click();
  await page.getByRole('menuitem', { name: 'Catalogue card…' }).click();
  await text().waitFor();
}

async function closeCard() {
  await card().getByRole('button', { name: 'Close' }).click();
  await card().waitFor({ state: 'detached' });
}

async function saveFrom(button: string, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card().getByRole('button', { name: button }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  const path = join(downloads, name);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

describe('the catalogue card of a model, as a researcher reads and exports it', () => {
  it('shows the shipped model classified after Fettke & Loos, with its size, evaluations and questionnaire', async () => {
    await openCard();
    expect(await card().getByRole('heading').first().textContent()).toBe(`Catalogue card: ${SHIPPED.meta.name}`);
    const shown = (await text().textContent())!;
    for (const section of ['## General characteristics', '## Construction', '## Application'])
      expect(shown).toContain(section);
    expect(shown).toContain(`version ${SHIPPED.meta.version}`);
    expect(shown).toContain(`**Authors**: ${SHIPPED.meta.authors.join(', ')}`);
    expect(shown).toContain(
      `**Size**: ${SHIPPED.elements.length} elements, ${SHIPPED.relations.length} relations, ${SHIPPED.views.length} views`,
    );
    for (const evaluation of SHIPPED.evaluations) expect(shown).toContain(evaluation.title);
    expect(shown).toContain(
      `**Configuration**: Configurable: ${SHIPPED.configuration.variationPoints.length} variation points, a questionnaire of ${SHIPPED.configuration.questions.length} questions.`,
    );
    expect(shown).toContain('**Derived from**: no reference model (an original model)');
    expect(shown).toContain('**Derived models**:\n  - none known');
  });

  it('downloads the same card as Markdown and as JSON', async () => {
    const markdown = await saveFrom('Download Markdown', 'crm-bpo.catalogue-card.md');
    expect(markdown).toBe(await text().textContent());
    const json = JSON.parse(await saveFrom('Download JSON', 'crm-bpo.catalogue-card.json')) as {
      general: { name: string; hash: string };
      construction: { size: { elements: number; byCategory: Record<string, number> }; evaluations: unknown[] };
    };
    expect(json.general.name).toBe(SHIPPED.meta.name);
    expect(markdown).toContain(`model hash \`${json.general.hash}\``);
    expect(json.construction.size.elements).toBe(SHIPPED.elements.length);
    expect(Object.values(json.construction.size.byCategory).reduce((a, b) => a + b, 0)).toBe(SHIPPED.elements.length);
    expect(json.construction.evaluations).toHaveLength(SHIPPED.evaluations.length);
    await closeCard();
  });

  it('names the reference model on a derived model’s card, and the derived model on the reference model’s', async () => {
    await page.locator('.header .save-state').click();
    await page.getByRole('button', { name: 'Derive a model…' }).click();
    await page.getByRole('dialog').getByLabel('Name of the derived model').fill('ACME customer service CRM');
    await page.getByRole('dialog').getByRole('button', { name: 'Derive model' }).click();
    await page.locator('.header h1', { hasText: 'ACME customer service CRM' }).waitFor();
    await openCard();
    expect(await text().textContent()).toMatch(
      new RegExp(`\\*\\*Derived from\\*\\*: ${SHIPPED.meta.name} ${SHIPPED.meta.version} \\(hash [0-9a-f]+\\)`),
    );
    await closeCard();

    await page.getByRole('button', { name: 'Models…' }).click();
    const recent = page.getByRole('region', { name: 'Recent models' });
    await recent.getByTitle(`Open ${SHIPPED.meta.name}`, { exact: true }).click();
    await page.locator('.header h1', { hasText: SHIPPED.meta.name }).waitFor();
    await openCard();
    await card().getByText('  - ACME customer service CRM').waitFor();
    expect(await text().textContent()).toMatch(
      /\*\*Derived models\*\*:\n {2}- ACME customer service CRM \d+\.\d+\.\d+\n/,
    );
    expect(errors).toEqual([]);
  });
});
