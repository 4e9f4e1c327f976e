import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
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

const dialog = () => page.getByRole('dialog', { name: 'Evaluation results and report' });

// Matook & Indulska (2009), the case study: mean importances on the study's 1-7 scale.
const IMPORTANCE: [string, string][] = [
  ['Generality', '6.5'],
  ['Flexibility', '5.5'],
  ['Completeness', '6.5'],
  ['Usability', '7'],
  ['Understandability', '6.5'],
];
const CHARACTERISTICS = IMPORTANCE.map(([name]) => name);
// The case's correlation matrix, phase by phase, in the order of CHARACTERISTICS.
const CORRELATION: [string, number[]][] = [
  ['Problem definition', [9, 9, 3, 9, 3]],
  ['Requirement analysis', [3, 9, 3, 3, 9]],
  ['Information gathering', [3, 9, 9, 3, 1]],
  ['Setting conventions and rules', [1, 3, 1, 0, 9]],
  ['Documentation', [3, 3, 3, 9, 3]],
  ['Construction and design', [9, 3, 9, 9, 9]],
  ['Evaluation', [0, 1, 1, 9, 3]],
];
// The activities performed in each phase (Table 4 of the case file), by phase id.
const PERFORMED: Record<string, string[]> = {
  'problem-definition': ['1.1', '1.2', '1.3', '1.5', '1.6'],
  'requirement-analysis': ['2.1', '2.2', '2.3', '2.5'],
  'information-gathering': ['3.1', '3.2', '3.3', '3.4', '3.5', '3.6'],
  conventions: ['4.1', '4.2', '4.4'],
  documentation: ['5.3'],
  construction: ['6.1', '6.2', '6.3', '6.4', '6.5'],
  evaluation: ['7.1', '7.2', '7.3', '7.4', '7.5'],
};

/** Types a number into a field and leaves it, as a person would: the value is committed on leaving. */
async function enter(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Tab');
}

describe("Matook & Indulska's case, entered by hand on the study's own terms", () => {
  it('adds a QFD check to the client session', async () => {
    await page.getByRole('tab', { name: 'Evaluation' }).click();
    await page.locator('.side-panel__body').getByRole('button', { name: 'Results and report…' }).click();
    await dialog().getByRole('tab', { name: 'QFD quality score' }).click();
    await dialog().getByLabel('Session', { exact: true }).selectOption('ev-client-review');
    await dialog().getByRole('button', { name: 'Add a QFD check to this session' }).click();
    await dialog().getByLabel('Importance of Generality').waitFor();
  });

  it('takes the 1-7 scale and the mean importances as they are (6.5 stays 6.5)', async () => {
    await enter(dialog().getByLabel('Importance scale to'), '7');
    for (const [name, value] of IMPORTANCE)
      await enter(dialog().getByLabel(`Importance of ${name}`, { exact: true }), value);
    for (const [name, value] of IMPORTANCE)
      expect(await dialog().getByLabel(`Importance of ${name}`, { exact: true }).inputValue()).toBe(value);
    // A value off the scale is refused where it was typed, and the stored one stays.
    await enter(dialog().getByLabel('Importance of Usability', { exact: true }), '8');
    expect(await dialog().getByRole('alert').first().textContent()).toBe('Give a number from 1 to 7.');
    await dialog().getByLabel('Importance of Usability', { exact: true }).press('Escape');
    expect(await dialog().getByLabel('Importance of Usability', { exact: true }).inputValue()).toBe('7');
  });

  // Dozens of fields typed one by one, as the researcher would: more than the default minute on a loaded machine.
  it("enters the paper's correlation matrix and the activities performed", { timeout: 300_000 }, async () => {
    for (const [phase, row] of CORRELATION)
      for (const [i, value] of row.entries())
        await dialog().getByLabel(`Correlation of ${phase} with ${CHARACTERISTICS[i]}`).selectOption(String(value));
    for (const [id, activities] of Object.entries(PERFORMED)) {
      const phase = dialog().locator(`.qfd-phase[data-phase="${id}"]`);
      await phase.locator('select').selectOption('activities');
      await phase.locator('summary').click();
      for (const activity of activities) await phase.getByLabel(activity, { exact: false }).check();
    }
    expect(await dialog().locator('.qfd-phase[data-phase="documentation"] .qfd-phase__value').textContent()).toBe(
      '1 of 4 = 0.2500',
    );
  });

  it('reads RMQuality 0.7533 and the absolute importances of the paper', async () => {
    expect(await dialog().getByTestId('rm-quality').textContent()).toBe('0.7533');
    const absolute = await dialog()
      .locator('.qfd-result__table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent));
    expect(absolute).toEqual(['210', '168', '155', '88', '138', '255', '94.5']);
    expect(await dialog().locator('.qfd-result__table tr[data-phase="evaluation"] td').first().textContent()).toBe(
      '6.5×0 + 5.5×1 + 6.5×1 + 7×9 + 6.5×3',
    );
    expect(errors).toEqual([]);
  });

  it('gives the same figure with the shipped case one click away, and in the Markdown protocol', async () => {
    await dialog()
      .getByRole('button', { name: /Use the inputs of Matook & Indulska's case/ })
      .click();
    expect(await dialog().getByTestId('rm-quality').textContent()).toBe('0.7533');
    await dialog().getByRole('tab', { name: 'Report' }).click();
    const download = page.waitForEvent('download');
    await dialog().getByRole('button', { name: 'Download Markdown' }).click();
    const text = await (await download).createReadStream().then(
      (stream) =>
        new Promise<string>((resolve) => {
          let out = '';
          stream.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
          stream.on('end', () => resolve(out));
        }),
    );
    expect(text).toContain('Importance on the scale 1-7: generality 6.5, flexibility 5.5');
    expect(text).toContain(
      '| Evaluation | 6.5 × 0 = 0 | 5.5 × 1 = 5.5 | 6.5 × 1 = 6.5 | 7 × 9 = 63 | 6.5 × 3 = 19.5 | 94.5 |',
    );
    expect(text).toContain('**RMQuality 0.7533**');
  });
});
