import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { node, undoLabel } from './support/canvas.ts';

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

const panel = () => page.locator('.side-panel__body');
const card = () => panel().locator('.criterion');
const radarPoints = () => panel().locator('.live-result .radar__area').getAttribute('points');
const radarValue = (axis: string) => panel().locator(`.live-result tr[data-axis="${axis}"] td`).textContent();

describe('evaluating the model from the client view, as a workshop would', () => {
  let emptyRadar: string | null;

  it('lists the example sessions the shipped model carries, one per view', async () => {
    await page.getByRole('tab', { name: 'Evaluation' }).click();
    const sessions = panel().locator('.session-card');
    await sessions.first().waitFor();
    expect(await sessions.locator('.perspective-tag').allTextContents()).toEqual([
      'Client view',
      'Customer view',
      'Internal view',
    ]);
    expect(await sessions.locator('.progress__text').allTextContents()).toEqual([
      '23 of 23 scored',
      '18 of 20 scored',
      '20 of 21 scored',
    ]);
  });

  it('asks for a view and an evaluator before it starts a session', async () => {
    await panel().getByRole('button', { name: 'Start an evaluation…' }).click();
    await panel().getByRole('button', { name: 'Start scoring' }).click();
    expect(await panel().getByRole('alert').allTextContents()).toEqual([
      'Choose at least one view.',
      'Say who evaluates: a name or a pseudonym.',
    ]);
    await panel().getByLabel('Client view').check();
    expect(await panel().locator('.evaluation__group').last().locator('strong').allTextContents()).toEqual([
      'Common model quality',
      'Client view',
    ]);
    await panel().getByLabel('Evaluator').fill('Dana Park');
    await panel().getByLabel('Role (optional)').fill('Client CRM manager');
    await panel().getByRole('button', { name: 'Start scoring' }).click();
    await card().waitFor();
    expect(await panel().locator('h2').textContent()).toBe('Client view: Dana Park');
    expect(await panel().locator('.progress__text').textContent()).toBe('0 of 23 scored');
    expect(await card().locator('.criterion__title').textContent()).toBe('Syntactic correctness');
    expect(await undoLabel(page)).toBe('Undo: Add evaluation Client view: Dana Park');
    emptyRadar = await radarPoints();
  });

  it('confirms the automatic pre-assessment of C0.1, and the radar moves', async () => {
    const proposal = card().getByLabel('Automatic pre-assessment');
    expect(await proposal.getByTestId('proposed-score').textContent()).toBe('2 · full');
    expect(await proposal.locator('.auto-check__evidence').textContent()).toMatch(
      /^No finding for metamodel\.relation/,
    );
    await proposal.getByRole('button', { name: 'Confirm 2' }).click();
    expect(await card().getByTestId('criterion-score').textContent()).toBe('2 · full');
    expect(await undoLabel(page)).toBe('Undo: Confirm proposal for C0.1');
    expect(await radarPoints()).not.toBe(emptyRadar);
    expect(await radarValue('correctness')).toBe('1.00');
  });

  it('overrides C0.2 with "partial", writes a note and links the canvas selection as evidence', async () => {
    await card().getByRole('button', { name: 'Next criterion ›' }).click();
    expect(await card().locator('.criterion__id').textContent()).toBe('C0.2');
    await card().getByRole('button', { name: '1 partial' }).click();
    expect(await card().locator('.auto-check__override').textContent()).toBe('You overrode it with 1 · partial.');
    await card().getByLabel('Note').fill('Two inquiry objects, but no glossary entry tells them apart.');
    await card().getByLabel('Note').press('Tab');
    expect(await undoLabel(page)).toBe('Undo: Note on C0.2');

    // The shipped model opens on its process map: the evaluator finds the element, which opens its cell and selects it.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+F');
    await page.getByLabel('Find an element').fill('Customer inquiry');
    await page.keyboard.press('Enter');
    await expect.poll(() => node(page, 'inquiry').getAttribute('class')).toMatch(/selected/);
    await card().getByRole('button', { name: '+ Add selection (1)' }).click();
    const chip = card().locator('.chip__show');
    expect(await chip.allTextContents()).toEqual(['Customer inquiry']);
    expect(await undoLabel(page)).toBe('Undo: Link Customer inquiry to C0.2');

    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    expect(await node(page, 'inquiry').getAttribute('class')).not.toMatch(/selected/);
    await chip.click();
    await expect.poll(() => node(page, 'inquiry').getAttribute('class')).toMatch(/selected/);

    // Correctness: C0.1 weight 2 at 1.0 and C0.2 weight 1 at 0.5 → 2.5 / 3.
    expect(await radarValue('correctness')).toBe('0.83');
    expect(await panel().getByTestId('score-client').textContent()).toBe('0.83');
    expect(await panel().locator('.progress__text').textContent()).toBe('2 of 23 scored');
  });

  it('undoes and redoes the evidence link', async () => {
    await page.getByRole('button', { name: 'Undo: Link Customer inquiry to C0.2' }).click();
    expect(await card().locator('.chip__show').count()).toBe(0);
    await page.getByRole('button', { name: 'Redo: Link Customer inquiry to C0.2' }).click();
    expect(await card().locator('.chip__show').allTextContents()).toEqual(['Customer inquiry']);
  });

  it('exports the Markdown protocol, and its numbers are the ones on the screen', async () => {
    await panel().getByRole('button', { name: 'Results and report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Evaluation results and report' });
    const mine = dialog.locator('[data-testid="weighted-scores"] tr', { hasText: 'Dana Park' });
    const onResults = {
      view: await mine.locator('td[data-col="view"]').textContent(),
      correctness: await mine.locator('td[data-col="correctness"]').textContent(),
      relevance: await mine.locator('td[data-col="relevance"]').textContent(),
    };
    expect(onResults).toEqual({ view: '0.83', correctness: '0.83', relevance: '–' });
    expect(await dialog.locator('.radar__series').count()).toBe(2);

    await dialog.getByRole('tab', { name: 'Report' }).click();
    const section = dialog.locator('.protocol__session', { hasText: 'Client view: Dana Park' });
    const shown = {
      hash: await dialog.getByTestId('protocol-hash').textContent(),
      c01: await section.locator('tr[data-criterion="C0.1"] td[data-col="share"]').textContent(),
      c02: await section.locator('tr[data-criterion="C0.2"] td[data-col="share"]').textContent(),
      client: await section.locator('.protocol__aggregates tr[data-row="client"] td').allTextContents(),
      correctness: await section.locator('.protocol__aggregates tr[data-row="correctness"] td').allTextContents(),
    };
    expect(shown.client).toEqual(['0.83', '2', '0', '21']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('crm-in-bpo-reference-model.evaluation.md');
    const md = readFileSync(await download.path(), 'utf8');
    expect(md).toContain(`model hash \`${shown.hash}\``);
    const session = md.slice(md.indexOf('## Session: Client view: Dana Park'));
    expect(session).toContain('| Evaluator | Dana Park (Client CRM manager) |');
    expect(session).toContain(
      `| C0.1 | Syntactic correctness | Correctness | 2 | 2 (full) | ${shown.c01} | confirmed |`,
    );
    expect(session).toContain(
      `| C0.2 | Consistent meaning | Correctness | 1 | 1 (partial) | ${shown.c02} |  | Customer inquiry (\`inquiry\`) | Two inquiry objects, but no glossary entry tells them apart. |`,
    );
    expect(session).toContain(`| Client | ${shown.client.join(' | ')} |`);
    expect(session).toContain(`| Correctness | ${shown.correctness.join(' | ')} |`);
    expect(shown.correctness[0]).toBe(onResults.correctness);
  });

  it('prints the protocol alone: no header, panels or canvas', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.header').isVisible()).toBe(false);
    expect(await page.locator('.react-flow').isVisible()).toBe(false);
    expect(await page.locator('.report-tab__toolbar').isVisible()).toBe(false);
    expect(await page.locator('.protocol h1').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('computes the QFD quality score with every figure, and a ticked activity changes it (undoably)', async () => {
    const dialog = page.getByRole('dialog', { name: 'Evaluation results and report' });
    await dialog.getByRole('tab', { name: 'QFD quality score' }).click();
    await dialog.getByLabel('Session', { exact: true }).selectOption('ev-internal-review');
    expect(await dialog.getByTestId('rm-quality').textContent()).toBe('0.5907');
    expect(await dialog.locator('.qfd-result__table tr[data-phase="evaluation"] td').allTextContents()).toEqual([
      '3×1 + 4×3 + 4×3 + 5×9 + 5×9',
      '117',
      '0.1789',
      '0.3333',
      '0.0596',
    ]);
    const phase = dialog.locator('.qfd-phase[data-phase="evaluation"]');
    await phase.locator('summary').click();
    await phase.getByLabel('7.3', { exact: false }).check();
    expect(await phase.locator('.qfd-phase__value').textContent()).toBe('3 of 6 = 0.5000');
    expect(await dialog.getByTestId('rm-quality').textContent()).not.toBe('0.5907');
    expect(await undoLabel(page)).toBe('Undo: QFD tick activity 7.3');
    await dialog.getByRole('button', { name: 'Undo: QFD tick activity 7.3' }).click();
    expect(await dialog.getByTestId('rm-quality').textContent()).toBe('0.5907');
  });

  it('re-evaluates the session and shows what changed, criterion by criterion', async () => {
    await page.keyboard.press('Escape');
    await panel().getByText('Session details and summary').click();
    await panel().getByRole('button', { name: 'Re-evaluate' }).click();
    expect(await panel().locator('h2').textContent()).toMatch(
      /^Client view: Dana Park \(re-evaluation \d{4}-\d\d-\d\d\)$/,
    );
    expect(await panel().locator('.progress__text').textContent()).toBe('2 of 23 scored');
    await panel().getByLabel('Go to criterion').selectOption('C0.2');
    await card().getByRole('button', { name: '2 full' }).click();
    await panel().getByRole('button', { name: 'Results and report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Evaluation results and report' });
    await dialog.getByRole('tab', { name: 'Before and after' }).click();
    expect(await dialog.locator('.compare__note').textContent()).toMatch(
      /^Both sessions judged the same version of the model/,
    );
    expect(await dialog.locator('tr[data-row="C0.2"] td').allTextContents()).toEqual(['0.50', '1.00', '+0.50 ▲better']);
    expect(await dialog.locator('tr[data-row="client"] td').allTextContents()).toEqual([
      '0.83',
      '1.00',
      '+0.17 ▲better',
    ]);
  });

  it('raised no console errors', () => {
    expect(errors).toEqual([]);
  });
});
