import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, openWorkbenchIn } from './support/browser.ts';
import { en } from '../../src/ui/i18n/en/index.ts';
import { de } from '../../src/ui/i18n/de/index.ts';
import { ko } from '../../src/ui/i18n/ko/index.ts';
import type { Messages } from '../../src/ui/i18n/messages.ts';

/**
 * The inspector (one element, several), the brainstorm board, the induce dialog and the view tabs in German and in
 * Korean: each shows its words from the language's catalogue, and no English string of its namespaces.
 */

const NAMESPACES = ['inspector', 'board', 'induce', 'canvas', 'shell', 'collabRoom'] as const;

/** The English strings of these screens that the language words differently: one of them on screen is a miss. */
function englishOnly(target: Messages): Set<string> {
  const out = new Set<string>();
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === 'string' && a !== b && /[A-Za-z]{3}/.test(a)) out.add(a);
    else if (a && typeof a === 'object')
      for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown> | undefined)?.[k]);
  };
  for (const ns of NAMESPACES) walk(en[ns], target[ns]);
  return out;
}

/** Visible texts, placeholders, labels and titles inside a part of the page, outside model content. */
async function textsIn(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const out: string[] = [];
    const shown = (el: Element) => !el.closest('[translate="no"]') && el.getBoundingClientRect().width > 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.replace(/\s+/g, ' ').trim();
      if (text && n.parentElement && shown(n.parentElement)) out.push(text);
    }
    for (const el of root.querySelectorAll('[placeholder], [aria-label], [title]'))
      if (shown(el))
        for (const attribute of ['placeholder', 'aria-label', 'title']) {
          const value = el.getAttribute(attribute);
          if (value) out.push(value);
        }
    return out;
  });
}

/** The test ids of element nodes drawn wholly inside the canvas, so a click lands on them. */
async function nodesInView(page: Page): Promise<string[]> {
  return page.locator('[data-testid^="node-"]').evaluateAll((nodes) => {
    const pane = document.querySelector('#canvas')!.getBoundingClientRect();
    return nodes
      .filter((n) => {
        const r = n.getBoundingClientRect();
        return r.left > pane.left + 8 && r.right < pane.right - 8 && r.top > pane.top + 8 && r.bottom < pane.bottom - 8;
      })
      .map((n) => n.getAttribute('data-testid')!);
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

for (const [language, m] of [
  ['de', de],
  ['ko', ko],
] as const) {
  describe(`the workshop screens in ${language === 'de' ? 'German' : 'Korean'}`, () => {
    let page: Page;
    let first = '';
    const english = englishOnly(m);
    const noEnglish = async (scope: Locator) =>
      expect((await textsIn(scope)).filter((text) => english.has(text))).toEqual([]);

    beforeAll(async () => {
      ({ page } = await openWorkbenchIn(browser, language));
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it('names the view tabs as the breadcrumb does, in the language', async () => {
      const crumb = await page.locator('.level-bar__crumbs li').first().innerText();
      const tab = page.getByRole('tab', { selected: true }).filter({ has: page.locator('.view-tabs__count') });
      expect(await tab.locator('span[translate="no"]').innerText()).toBe(crumb);
      // The shipped model carries German and Korean view names: the tab is not the English one.
      expect(crumb).not.toBe('Full model');
    });

    it('edits a selected element in the inspector in the language', async () => {
      await page.locator('.level-bar__detail').click();
      await page.locator('.canvas[aria-busy="false"]').waitFor();
      first = (await nodesInView(page))[0]!;
      await page.getByTestId(first).dispatchEvent('click');
      await page.locator('#tab-inspector').click();
      const panel = page.locator('#panel-inspector');
      await panel.getByLabel(m.inspector.name, { exact: true }).waitFor();
      await panel.getByRole('button', { name: m.inspector.deleteFromModel }).waitFor();
      await panel.getByText(m.inspector.provenance, { exact: true }).waitFor();
      await noEnglish(panel);
    });

    it('arranges several elements in the language', async () => {
      const second = (await nodesInView(page)).find((id) => id !== first)!;
      // Overlapping nodes can take a pointer click: the click goes to the node itself, with Shift held.
      await page.keyboard.down('Shift');
      await page.getByTestId(second).dispatchEvent('click');
      await page.keyboard.up('Shift');
      const panel = page.locator('#panel-inspector');
      await panel.getByText(m.inspector.selected(2, 0)).waitFor();
      await panel.getByRole('button', { name: m.inspector.alignments.left }).waitFor();
      await noEnglish(panel);
    });

    it('runs the brainstorm board in the language', async () => {
      await page.locator('.header').getByRole('button', { name: m.collab.board }).click();
      const board = page.getByRole('dialog', { name: m.board.title });
      await board.getByLabel(m.board.yourName, { exact: true }).fill('Anna');
      const cell = board.locator('.board__add input').first();
      await cell.fill('Idee');
      await cell.press('Enter');
      await board.getByRole('button', { name: m.board.voteFor('Idee') }).click();
      await board.getByText(m.board.dotsLeft(2, 3)).waitFor();
      await board.getByRole('button', { name: m.board.promote }).click();
      await board.getByRole('button', { name: m.board.create }).waitFor();
      await noEnglish(board);
      await board.getByRole('button', { name: m.board.close }).click();
    });

    it('induces a candidate model in the language', async () => {
      await page.locator('.header').getByRole('button', { name: m.configure.reuse }).click();
      await page.getByRole('menuitem', { name: m.configure.induce }).click();
      const dialog = page.getByRole('dialog', { name: m.induce.title });
      await dialog.getByText(m.induce.intro).waitFor();
      await dialog
        .getByLabel(m.induce.addFiles)
        .setInputFiles(['models/reference/crm-bpo.json', 'models/icmi/crm-objectives.json']);
      await dialog.getByText(m.induce.chosen(2)).waitFor();
      await noEnglish(dialog);
      await dialog.getByRole('button', { name: m.induce.match }).click();
      await dialog.getByRole('columnheader', { name: m.induce.frequency }).waitFor();
      await dialog.getByText(m.induce.inModels(2, 2)).first().waitFor();
      await noEnglish(dialog);
    });
  });
}
