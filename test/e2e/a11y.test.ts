import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { showSidePanel } from './support/canvas.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// The WCAG 2.1 A and AA rules, best practices, and axe's experimental ones (label-content-name-mismatch among them).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', 'experimental'];

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core's serious and critical findings on the page as it is now, each with the elements it names. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    type Result = {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, TAGS);
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ page } = await openWorkbench(browser, { viewport: { width: 1024, height: 768 } }));
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core on the main screens at 1024×768', () => {
  it('finds no serious or critical violation on the main screen', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const [tab, ready] of [
    ['Step', '#panel-method .step-actions'],
    ['Findings', '#panel-findings .findings'],
    ['Evaluation', '#panel-evaluation .evaluation'],
    ['Export', '#panel-export .export-panel'],
  ] as const) {
    it(`finds none with the ${tab} panel open`, async () => {
      await showSidePanel(page);
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await page.locator(ready).first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
