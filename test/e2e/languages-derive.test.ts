import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbenchIn } from './support/browser.ts';
import { de } from '../../src/ui/i18n/de/index.ts';
import { ko } from '../../src/ui/i18n/ko/index.ts';

/**
 * The Conformance and Compare dialogs of a derived model in German and in Korean: the deviations the core writes
 * and the comparison's Markdown report speak the interface's language, not English.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CASES = [
  {
    language: 'de',
    w: de.workspace,
    shell: de.shell,
    omitted: /„(Account|Kundenkonto)“ aus dem Referenzmodell wurde weggelassen\./,
    report: /^# Vergleich: CRM-in-BPO[^\n]+\n\n- \*\*Vorher:\*\*/,
  },
  {
    language: 'ko',
    w: ko.workspace,
    shell: ko.shell,
    omitted: /참조 모델의 "(Account|고객 계정)"이\(가\) 생략되었습니다\./,
    report: /^# 비교: CRM-in-BPO[^\n]+\n\n- \*\*이전:\*\*/,
  },
] as const;

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe.each(CASES)('a derived model in $language', ({ language, w, shell, omitted, report }) => {
  it('lists its deviations and downloads its comparison in the language', async () => {
    const { page, errors } = await openWorkbenchIn(browser, language);
    await page.locator('.header .save-state').click();
    await page.locator('.versions').waitFor();
    await page.getByRole('button', { name: w.deriveDoor }).click();
    await page.getByRole('dialog').getByLabel(w.derivedName).fill('ACME');
    await page.getByRole('dialog').getByRole('button', { name: w.deriveModel }).click();
    await page.locator('.header h1', { hasText: 'ACME' }).waitFor();
    // The outline names the elements in the interface's language: the account is found by its id.
    await page.getByRole('tab', { name: shell.panels.inspector }).click();
    await page.locator('.outline [data-id="account"] > .outline__name').click();
    await page.keyboard.press('Delete');

    await page.locator('.header .save-state').click();
    await page.getByRole('button', { name: w.conformanceDoor }).click();
    const dialog = page.getByRole('dialog');
    const deviations = dialog.locator('.conformance__deviations li');
    await expect.poll(() => deviations.allTextContents()).toContainEqual(expect.stringMatching(omitted));
    expect((await deviations.allTextContents()).join(' ')).not.toMatch(/reference model|omitted|counterpart/);
    await shoot(page, `conformance-${language}`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: w.compareDoor }).click();
    const compare = page.getByRole('dialog', { name: w.compareTitle });
    await compare.locator('.diff__table').first().waitFor();
    await shoot(page, `compare-${language}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      compare.getByRole('button', { name: w.exportMarkdown }).click(),
    ]);
    const markdown = await readFile(await download.path(), 'utf8');
    expect(markdown).toMatch(report);
    expect(markdown).not.toMatch(/\b(Summary|Removed|Changed|Elements|Before|After)\b/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
