import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { exportDocument } from '../../src/core/io/json.ts';
import { shippedModel } from '../support/models.ts';
import { launch, openWorkbench, openWorkbenchIn } from './support/browser.ts';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'refmod-refused-'));
const file = join(dir, 'seven-problems.json');
beforeAll(async () => {
  // Seven names over the file format's 200 characters: seven problems, each at its own path.
  const doc = shippedModel();
  const raw = JSON.parse(exportDocument(doc)) as { elements: { name: string }[] };
  for (let i = 0; i < 7; i++) raw.elements[i]!.name = 'n'.repeat(201 + i);
  writeFileSync(file, JSON.stringify(raw));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a model file that is refused', () => {
  it('shows three problems in the notice and every one on request, to read or download; the open model stays', async () => {
    const { page, context, errors } = await openWorkbench(browser, { viewport: { width: 1024, height: 768 } });
    const title = await page.locator('.header h1').textContent();
    await page.locator('[data-testid="open-file"]').setInputFiles(file);
    const notice = page.locator('.notice--error', { hasText: '"seven-problems.json" was not opened' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /elements\[0\]\.name: A name can have at most 200 characters.*\(and 4 more\)/,
    );
    await notice.getByRole('button', { name: 'Show all 7 problems' }).click();
    const dialog = page.getByRole('dialog', { name: 'Why "seven-problems.json" was not opened' });
    await dialog.waitFor();
    const items = await dialog.locator('li').allTextContents();
    expect(items).toHaveLength(7);
    expect(items[6]).toBe('elements[6].name: A name can have at most 200 characters; this one has 207.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download the list' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('seven-problems-problems.txt');
    const lines = readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines).toEqual(items);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.header h1').textContent()).toBe(title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says the problems in the workbench’s language', async () => {
    const { page, context } = await openWorkbenchIn(browser, 'de');
    await page.locator('[data-testid="open-file"]').setInputFiles(file);
    const notice = page.locator('.notice--error', { hasText: '„seven-problems.json“ wurde nicht geöffnet' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'elements[0].name: Ein Name darf höchstens 200 Zeichen haben; dieser hat 201.',
    );
    await notice.getByRole('button', { name: 'Alle 7 Probleme zeigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Warum „seven-problems.json“ nicht geöffnet wurde' });
    expect(await dialog.locator('li').nth(6).textContent()).toBe(
      'elements[6].name: Ein Name darf höchstens 200 Zeichen haben; dieser hat 207.',
    );
    await context.close();
  });
});
