import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { openModelFile } from './support/canvas.ts';

const FIXTURE = new URL('../fixtures/workshop-model.json', import.meta.url).pathname;

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
// The outline names every element, whatever level the canvas shows.
const nameOf = (id: string) => page.locator(`.outline [data-id="${id}"] > .outline__name`).textContent();
const versions = () => page.locator('.versions');
const models = () => page.getByRole('dialog', { name: 'Models in this browser' });

async function download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('versions of a model', () => {
  it('keeps a version each time a method step is completed', async () => {
    await page.getByRole('tab', { name: 'Step' }).click();
    await page.locator('#panel-method').getByRole('button', { name: 'Complete step' }).click();
    await page.locator('.header .save-state').click();
    await versions().locator('.version', { hasText: 'Step 5 done: Set design structure' }).waitFor();
  });

  it('keeps a named version, restores it as one undo step, and compares it with the model', async () => {
    await page.locator('.header .save-state').click();
    await versions().getByLabel('Keep this state as a version').fill('Before the workshop');
    await versions().getByRole('button', { name: 'Keep', exact: true }).click();
    const version = versions().locator('.version', { hasText: 'Before the workshop' });
    await version.waitFor();

    await rename('Lead', 'Sales lead');
    await page.locator('.header .save-state').click();
    await version.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => nameOf('lead')).toBe('Lead');
    expect(await page.locator('.header button[aria-label^="Undo"]').getAttribute('aria-label')).toBe(
      'Undo: Restore version "Before the workshop"',
    );
    await page.keyboard.press('Control+Z');
    await expect.poll(() => nameOf('lead')).toBe('Sales lead');

    await version.getByRole('button', { name: 'Compare' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare' });
    await compare.locator('.diff__table').waitFor();
    expect(await compare.locator('.diff__summary').textContent()).toBe('1 changed');
    expect(await compare.locator('tbody tr').first().textContent()).toBe(
      'ChangedSales leadLeadname: “Lead” → “Sales lead”',
    );
    const report = await download(() => compare.getByRole('button', { name: 'Export Markdown' }).click());
    expect(report.name).toMatch(/\.md$/);
    // The report holds the dialog's own rows.
    expect(report.text).toMatch(
      /## Elements \(1\)[\s\S]*\| Changed \| Sales lead \| Lead \| name: “Lead” → “Sales lead” \|/,
    );
    await compare.getByRole('button', { name: 'Show on canvas' }).click();
    // The canvas switches to full detail for the comparison; its nodes are drawn after the dialog closes.
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Comparing with the version “Before the workshop”' }).count(),
      )
      .toBe(1);
    await expect.poll(() => page.locator('.react-flow__node[data-id="lead"] .el-node--diff-changed').count()).toBe(1);
    await page.getByRole('button', { name: 'Hide comparison' }).click();
  });

  it('deletes a version for good only after asking', async () => {
    await page.locator('.header .save-state').click();
    const version = versions().locator('.version', { hasText: 'Before the workshop' });
    await version.getByRole('button', { name: 'More for Before the workshop' }).click();
    await version.getByRole('button', { name: 'Delete…' }).click();
    await version.getByRole('button', { name: 'Keep' }).click();
    await version.getByRole('button', { name: 'Delete…' }).click();
    await version.getByRole('button', { name: 'Delete for good' }).click();
    await version.waitFor({ state: 'detached' });
    expect(await versions().locator('.version', { hasText: 'Step 5 done' }).count()).toBe(1);
  });
});

describe('models in this browser', () => {
  it('keeps the open model when a file is opened over it', async () => {
    await openModelFile(page, FIXTURE);
    expect(await page.locator('.header h1').textContent()).toBe('Workshop model');
    await page.locator('.header .save-state', { hasText: /^Saved$/ }).waitFor();
    await page.locator('.header .save-state').click();
    await versions().getByRole('button', { name: 'Models & trash…' }).click();
    await models().locator('.ws-file__item').nth(1).waitFor();
    expect(await models().locator('.ws-file__item strong').allTextContents()).toEqual(
      expect.arrayContaining(['Workshop model', 'CRM-in-BPO reference model']),
    );
  });

  it('moves a deleted model to the trash, after asking, and restores it', async () => {
    const item = models().locator('.ws-file__item', { hasText: 'CRM-in-BPO reference model' }).first();
    await item.getByRole('button', { name: 'Delete…' }).click();
    await item.getByRole('button', { name: 'Move to trash' }).click();
    const trashed = models()
      .locator('section', { hasText: 'Trash (1)' })
      .locator('.ws-file__item', { hasText: 'CRM-in-BPO reference model' });
    await trashed.waitFor();
    await trashed.getByRole('button', { name: 'Restore' }).click();
    await models().locator('section', { hasText: 'Trash (0)' }).waitFor();
    await models()
      .locator('.ws-file__item', { hasText: 'CRM-in-BPO reference model' })
      .getByRole('button', { name: 'Open' })
      .click();
    await page.locator('.header h1', { hasText: 'CRM-in-BPO reference model' }).waitFor();
    // The model opens on its process map, where business objects are counted; the outline names them.
    await expect.poll(() => page.getByRole('treeitem', { name: /^Sales lead, / }).count()).toBe(1);
  });

  it('exports every model with its versions in one file, and refuses a broken file without changing anything', async () => {
    await page.locator('.header .save-state').click();
    await versions().getByRole('button', { name: 'Models & trash…' }).click();
    const file = await download(() => models().getByRole('button', { name: 'Export workspace file' }).click());
    const workspace = JSON.parse(file.text) as {
      format: string;
      models: { document: { meta: { name: string } }; versions: { name: string }[] }[];
    };
    expect(workspace.format).toBe('refmod-workspace');
    expect(workspace.models.map((m) => m.document.meta.name).sort()).toEqual([
      'CRM-in-BPO reference model',
      'Workshop model',
    ]);
    expect(
      workspace.models.find((m) => m.document.meta.name === 'CRM-in-BPO reference model')!.versions.map((v) => v.name),
    ).toContain('Step 5 done: Set design structure');

    const dir = mkdtempSync(join(tmpdir(), 'refmod-ws-'));
    const broken = join(dir, 'broken.json');
    const damaged = JSON.parse(file.text) as { models: { document: { elements: { name: string }[] } }[] };
    damaged.models[1]!.document.elements[0]!.name = '';
    writeFileSync(broken, JSON.stringify(damaged));
    await models().getByTestId('import-workspace').setInputFiles(broken);
    const refusal = models().getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /“broken\.json” was not imported; nothing in this browser changed\.models\[1\]\.document\.elements\[0\]\.name/,
    );
    expect(await models().locator('.ws-file__item').count()).toBe(2);

    const good = join(dir, 'workspace.json');
    writeFileSync(good, file.text);
    await models().getByTestId('import-workspace').setInputFiles(good);
    await page.locator('.notice--success', { hasText: 'Imported 2 models from workspace.json.' }).waitFor();
    expect(await models().locator('.ws-file__item').count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
