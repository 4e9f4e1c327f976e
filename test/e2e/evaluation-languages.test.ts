import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launch } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The workbench in a language chosen before it loads (as a returning user's stored choice), on a 1024×768 projector. */
async function openIn(language: 'de' | 'ko'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.addInitScript((l) => localStorage.setItem('refmod.language', l), language);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(appUrl());
  await page.locator('.react-flow__node').first().waitFor({ timeout: 20_000 });
  await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 30_000 });
  const folded = page.locator('.side-panel--folded button');
  if (await folded.count()) await folded.first().click();
  return { page, errors };
}

/** The smallest size, in CSS pixels, at which any radar chart on the page draws its labels. */
const smallestRadarText = (page: Page) =>
  page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll<SVGSVGElement>('svg.radar')].map(
        (svg) => (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * 13,
      ),
    ),
  );

describe('the evaluation in German', () => {
  it('names the views, counts and scores as a German evaluator reads them', async () => {
    const { page, errors } = await openIn('de');
    const panel = page.locator('.side-panel__body');
    await page.locator('#tab-evaluation').click();
    const cards = panel.locator('.session-card');
    await cards.first().waitFor();
    expect(await cards.locator('.perspective-tag').allTextContents()).toEqual([
      'Auftraggebersicht',
      'Endkundensicht',
      'Interne Sicht',
    ]);
    expect(await cards.locator('.progress__text').allTextContents()).toEqual([
      '23 von 23 bewertet',
      '18 von 20 bewertet',
      '20 von 21 bewertet',
    ]);
    // A share is written with a decimal comma in German.
    expect(await cards.first().locator('[data-perspective-score] strong').textContent()).toMatch(/^\d,\d\d$/);
    await cards.first().locator('.session-card__title').click();
    await panel.locator('.criterion').waitFor();
    expect(await panel.locator('.live-result h3').textContent()).toBe('Bisheriges Ergebnis');
    // "Wirtschaftlichkeit" breaks at its soft hyphen, and the chart in the narrow panel keeps its labels readable.
    const labels = await panel.locator('.live-result .radar__label').allTextContents();
    expect(labels).toContain('Wirtschaft-lichkeit');
    expect(labels.join(' ')).not.toContain('\u00ad');
    expect(await smallestRadarText(page)).toBeGreaterThanOrEqual(12);

    await panel.locator('.session-head').getByRole('button', { name: 'Ergebnisse und Bericht…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bewertungsergebnisse und Bericht' });
    await dialog.getByRole('tab', { name: 'Bericht' }).click();
    expect(await dialog.locator('.protocol h1').textContent()).toMatch(/^Bewertungsprotokoll: /);
    expect(await dialog.locator('.protocol__model').textContent()).toContain('3 Bewertungssitzungen');
    expect(await smallestRadarText(page)).toBeGreaterThanOrEqual(12);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the evaluation and the findings in Korean', () => {
  it('counts findings and names the views in Korean', async () => {
    const { page, errors } = await openIn('ko');
    await page.locator('#tab-findings').click();
    const toggles = page.locator('.severity-toggle');
    await toggles.first().waitFor();
    const counts = await toggles.allTextContents();
    expect(counts.map((t) => t.replace(/\d+/, 'n'))).toEqual(['오류 n개', '경고 n개', '참고 n개']);
    // The three toggles stay inside the side panel at 1024 px.
    const panel = await page.locator('#side-panel').boundingBox();
    for (const box of await Promise.all((await toggles.all()).map((t) => t.boundingBox())))
      expect(box!.x + box!.width).toBeLessThanOrEqual(panel!.x + panel!.width);

    await page.locator('#tab-evaluation').click();
    const tags = page.locator('.session-card .perspective-tag');
    await tags.first().waitFor();
    expect(await tags.allTextContents()).toEqual(['고객사 관점', '최종 고객 관점', '내부 관점']);
    expect(await page.locator('.session-card .progress__text').first().textContent()).toBe('23개 중 23개 평가');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
