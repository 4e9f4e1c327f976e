import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { appUrl, CHROMIUM, CHROMIUM_ARGS } from './support/browser.ts';
import { openModelFile } from './support/canvas.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'refmod-pack-'));
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

const ref = [{ label: 'Test 2026', citation: 'A pack written by this test, shipped nowhere.' }];
const step = (id: string, phase: string, title: string, evidence: object) => ({
  id,
  phase,
  title,
  purpose: `The purpose of ${title.toLowerCase()}.`,
  guidance: [`Do what ${title.toLowerCase()} says.`],
  example: ['An example.'],
  questions: ['What?', 'Why?', 'For whom?'],
  artifacts: [{ id: `${id}-product`, name: `${title} product`, evidence }],
  palette: { elements: [], relations: [] },
  references: ref,
});

/** A method pack written here, not shipped: a two-phase, three-step method and a profile of its own. */
const PACK = {
  packFormat: 1,
  id: 'lab-pack',
  name: 'Lab method pack',
  version: '0.3.0',
  description: 'Written by the browser test.',
  method: {
    id: 'lab-method',
    name: 'Lab method',
    version: '0.3.0',
    description: 'Three steps in two phases.',
    phases: [
      { id: 'think', title: 'Think' },
      { id: 'make', title: 'Make' },
    ],
    steps: [
      step('frame-question', 'think', 'Frame the question', { of: 'decisions' }),
      step('sketch-lanes', 'think', 'Sketch the lanes', { of: 'areas' }),
      step('build-it', 'make', 'Build it', { of: 'elements', select: ['category:process'] }),
    ],
  },
  profile: {
    id: 'lab-strict',
    name: 'Lab strict',
    severities: { 'view.perspectives': 'off' },
  },
};

async function profile(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  contexts.push(context);
  return context;
}

async function open(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(appUrl());
  await page.locator('.react-flow__node').first().waitFor({ timeout: 20_000 });
  await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 30_000 });
  await closeNotices(page);
  return { page, errors };
}

async function closeNotices(page: Page) {
  const close = page.locator('.notice__close');
  for (let i = 0; i < 6 && (await close.count()); i++)
    await close
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
}

const stepper = (page: Page) => page.getByRole('navigation', { name: /^Construction method/ });
const panel = (page: Page) => page.locator('#panel-method');
const steps = async (page: Page) =>
  [...(await stepper(page).ariaSnapshot()).matchAll(/button "(Step [^"]+)"/g)].map((m) => m[1]);

describe('a method pack written by a researcher, with no code', () => {
  const packFile = join(dir, 'lab.refmod-pack.json');
  const modelFile = join(dir, 'lab-model.refmod.json');
  writeFileSync(packFile, JSON.stringify(PACK, null, 2));

  it('opens the pack, starts a model with it and walks its steps', async () => {
    const { page, errors } = await open(await profile());
    await page.locator('[data-testid="open-file"]').setInputFiles(packFile);
    const dialog = page.getByRole('dialog', { name: 'Method pack' });
    expect(await dialog.getByTestId('pack-summary').textContent()).toBe(
      'Lab method pack 0.3.0: method (3 steps), validation profile "Lab strict"',
    );
    await dialog.getByLabel('Name of the new model').fill('Lab model');
    await dialog.getByRole('button', { name: 'Start a model with this pack' }).click();
    await dialog.waitFor({ state: 'detached' });
    await closeNotices(page);
    expect(await page.locator('.header').textContent()).toContain('Lab model');
    expect(await steps(page)).toEqual([
      'Step 1: Frame the question, In progress',
      'Step 2: Sketch the lanes, Not started',
      'Step 3: Build it, Not started',
    ]);
    for (const title of ['Frame the question', 'Sketch the lanes']) {
      expect(await panel(page).locator('.step-panel__title h2').textContent()).toBe(title);
      await panel(page).getByRole('button', { name: 'Complete step' }).click();
      await closeNotices(page);
    }
    expect(await panel(page).locator('.step-panel__title h2').textContent()).toBe('Build it');
    expect(await steps(page)).toEqual([
      'Step 1: Frame the question, Done',
      'Step 2: Sketch the lanes, Done',
      'Step 3: Build it, In progress',
    ]);
    await page.evaluate(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.header').getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    await download.saveAs(modelFile);
    expect(errors).toEqual([]);
  });

  it('carries the pack inside the saved file', () => {
    const saved = JSON.parse(readFileSync(modelFile, 'utf8')) as {
      pack: { id: string; method: { steps: unknown[] } };
      method: { methodId: string; steps: Record<string, string> };
      validation: { profile: string };
    };
    expect(saved.pack.id).toBe('lab-pack');
    expect(saved.pack.method.steps).toHaveLength(3);
    expect(saved.method.methodId).toBe('lab-method');
    expect(saved.method.steps).toMatchObject({ 'frame-question': 'done', 'sketch-lanes': 'done' });
    expect(saved.validation.profile).toBe('lab-strict');
  });

  it('reopens the file in a fresh profile with its steps intact', async () => {
    const { page, errors } = await open(await profile());
    await openModelFile(page, modelFile);
    expect(await steps(page)).toEqual([
      'Step 1: Frame the question, Done',
      'Step 2: Sketch the lanes, Done',
      'Step 3: Build it, In progress',
    ]);
    await stepper(page)
      .getByRole('button', { name: /^Step 3:/ })
      .click();
    expect(await panel(page).locator('.step-panel__title h2').textContent()).toBe('Build it');
    expect(errors).toEqual([]);
  });

  it('is judged by its pack in refmod validate', async () => {
    const { stdout } = await run('node', ['src/cli/refmod.mjs', 'validate', modelFile]).catch(
      (e: { stdout: string }) => e,
    );
    expect(stdout).toContain('(profile Lab strict)');
    expect(stdout).toContain('Method pack: Lab method pack 0.3.0');
    expect(stdout).toContain('method "Lab method"');
  });

  it('refuses a broken pack with its path and keeps the open model', async () => {
    const { page } = await open(await profile());
    const broken = join(dir, 'broken.refmod-pack.json');
    writeFileSync(broken, JSON.stringify({ ...PACK, method: { ...PACK.method, phases: [] } }));
    // The open model as a person sees it: its name and its views with their sizes (not the save state, which moves).
    const openModel = () =>
      page.evaluate(() =>
        [document.querySelector('.header__model h1'), ...document.querySelectorAll('[role=tab]')]
          .map((e) => e?.textContent)
          .join(' | '),
      );
    const before = await openModel();
    await page.locator('[data-testid="open-file"]').setInputFiles(broken);
    const dialog = page.getByRole('dialog', { name: 'Method pack' });
    expect(await dialog.getByRole('alert').textContent()).toContain('method.phases');
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    expect(await openModel()).toBe(before);
  });
});
