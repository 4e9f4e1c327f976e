import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { node, openModelFile, undoLabel } from './support/canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// A feature's code as the production build names it (assets/<Module>-<hash>.js), and the address a retry asks for.
const chunk = (module: string) => new RegExp(`/assets/${module}-[\\w-]+\\.js(\\?retry=\\d+)?$`);
const isRetry = (url: string) => /\?retry=\d+$/.test(url);

/**
 * Counts the requests for a chunk, the first load's (one or two: Vite's modulepreload link and the import may or may
 * not share one) apart from the retries', and lets `answer` abort or pass each one, or replace its code.
 */
async function intercept(
  context: BrowserContext,
  module: string,
  answer: (retry: boolean) => 'abort' | 'pass' | { body: string },
) {
  const seen = { firstLoad: 0, retries: 0 };
  await context.route(chunk(module), async (route) => {
    const retry = isRetry(route.request().url());
    if (retry) seen.retries++;
    else seen.firstLoad++;
    const reply = answer(retry);
    if (reply === 'abort') await route.abort('internetdisconnected');
    else if (reply === 'pass') await route.continue();
    else await route.fulfill({ status: 200, contentType: 'text/javascript', body: reply.body });
  });
  return seen;
}

/** The model the page would hand over from "Download your model", parsed. */
async function downloadedModel(page: Page, scope = page.locator('body')) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: 'Download your model' }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as { meta: { name: string }; elements: unknown[] };
}

const openEvaluation = async (page: Page) => {
  await page.getByRole('tab', { name: 'Evaluation' }).click();
  await page.getByRole('button', { name: /Start an evaluation/ }).waitFor();
};
const openGallery = async (page: Page) => {
  await page.getByRole('button', { name: /Models/ }).click();
  await page.getByRole('dialog', { name: 'Models' }).waitFor();
};

async function expectWorkbenchIntact(page: Page, nodes: number) {
  expect(await page.locator('.react-flow__node').count()).toBe(nodes);
  expect(await page.locator('.header h1').textContent()).toBe('CRM-in-BPO reference model');
}

describe('the workbench never goes blank', () => {
  it('a side panel that throws explains itself in place; the canvas and the model stay and the model can be downloaded', async () => {
    const { page, context, errors } = await openWorkbench(browser);
    // The Versions panel's code is swapped for a component that throws while rendering.
    await intercept(context, 'VersionsPanel', () => ({
      body: 'export default function VersionsPanel() { throw new Error("a test made this panel throw"); }',
    }));
    const nodes = await page.locator('.react-flow__node').count();
    await page.getByRole('tab', { name: 'Versions' }).click();
    const crash = page.getByRole('alert', { name: 'the Versions panel failed' });
    await crash.waitFor();
    expect(await crash.textContent()).toContain(
      'The Versions panel could not be shown.It stopped with an error: a test made this panel throw',
    );
    await expectWorkbenchIntact(page, nodes);
    const model = await downloadedModel(page, crash);
    expect(model.meta.name).toBe('CRM-in-BPO reference model');
    expect(model.elements.length).toBeGreaterThan(20);
    // The other tabs still work.
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await page.locator('[aria-label="Model summary"]').waitFor();
    expect(errors.join('\n')).toContain('a test made this panel throw');
    await context.close();
  });

  it('a panel whose code cannot be loaded is tried once more, then explained; "Reload this panel" loads it once the network is back', async () => {
    const { page, context } = await openWorkbench(browser);
    let online = false;
    const seen = await intercept(context, 'EvaluationPanel', () => (online ? 'pass' : 'abort'));
    const nodes = await page.locator('.react-flow__node').count();
    await page.getByRole('tab', { name: 'Evaluation' }).click();
    const crash = page.getByRole('alert', { name: 'the Evaluation panel failed' });
    await crash.waitFor();
    expect(await crash.textContent()).toContain('could not be loaded, even on a second try');
    // One more import after the first load: the retry, at a fresh address.
    expect(seen.firstLoad).toBeGreaterThanOrEqual(1);
    expect(seen.retries).toBe(1);
    await expectWorkbenchIntact(page, nodes);
    expect((await downloadedModel(page, crash)).elements.length).toBeGreaterThan(20);
    online = true;
    await crash.getByRole('button', { name: 'Reload this panel' }).click();
    await openEvaluation(page);
    expect(await crash.count()).toBe(0);
    await context.close();
  });

  it('a dialog whose code fails once opens on the retry, without a word to the user', async () => {
    const { page, context } = await openWorkbench(browser);
    // Every request of the first load fails; only the retry's import gets through.
    const seen = await intercept(context, 'GalleryDialog', (retry) => (retry ? 'pass' : 'abort'));
    await openGallery(page);
    expect(seen.retries).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: 'could not be shown' }).count()).toBe(0);
    await context.close();
  });
});

describe('text longer than the file format allows', () => {
  it('is refused where it is typed, with the limit, and the model stays as it was (no step to undo)', async () => {
    const { page, context } = await openWorkbench(browser);
    await openModelFile(page, new URL('../fixtures/workshop-model.json', import.meta.url).pathname);
    await node(page, 'inquiry').click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill('n'.repeat(201));
    await name.press('Enter');
    await page
      .getByRole('alert')
      .filter({ hasText: 'A name can have at most 200 characters; this one has 201.' })
      .waitFor();
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.fill('d'.repeat(25_000));
    await description.press('Control+Enter');
    await page
      .getByRole('alert')
      .filter({ hasText: 'A text can have at most 20,000 characters; this one has 25,000.' })
      .waitFor();
    await page.keyboard.press('Escape');
    await node(page, 'inquiry').click();
    await page.keyboard.press('F2');
    const rename = page.getByLabel('New name for Inquiry');
    await rename.fill('r'.repeat(230));
    await rename.press('Enter');
    await node(page, 'inquiry').getByRole('alert').filter({ hasText: 'this one has 230' }).waitFor();
    await rename.press('Escape');
    expect(await node(page, 'inquiry').locator('.el-node__name').textContent()).toBe('Inquiry');
    expect(await undoLabel(page)).toBe('Undo');
    await context.close();
  });
});
