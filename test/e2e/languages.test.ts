import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench, openWorkbenchIn } from './support/browser.ts';
import { en } from '../../src/ui/i18n/en/index.ts';
import { de } from '../../src/ui/i18n/de/index.ts';
import { ko } from '../../src/ui/i18n/ko/index.ts';
import type { Messages } from '../../src/ui/i18n/messages.ts';

/**
 * Walks every main screen in German and in Korean, switched with the header's switch, and lists each visible text that
 * is not in that language. Model content (marked translate="no", as HTML means it) and product names are allowed.
 */

// Names of products, formats, keys and sources: the same in every language.
const PRODUCT_WORDS = new Set(
  [
    'Refmod',
    'Mermaid',
    'COPC',
    'ArchiMate',
    'draw.io',
    'draw',
    'io',
    'CSV',
    'JSON',
    'PNG',
    'SVG',
    'PDF',
    'XML',
    'ICMI',
    'KCTMC',
    'CRM',
    'BPO',
    'QFD',
    'GoM',
    'RMQuality',
    'Markdown',
    'ELK',
    'Ctrl',
    'Shift',
    'Alt',
    'Enter',
    'Tab',
    'Esc',
    'Escape',
    'Delete',
    'F2',
    'mmd',
    'json',
    'svg',
    'png',
    'csv',
    'md',
    'et',
    'al',
    'Geib',
    'Matook',
    'Indulska',
    'Becker',
    'Schütte',
    'Fettke',
    'Loos',
    'Krippendorff',
    'Archi',
    'Camunda',
    'Workshop',
    'Workshops',
    'drawio',
    'xml',
    'GitHub',
    'GitLab',
    'IndexedDB',
    'URL',
    // Terms of art kept in their own form in every language (COPC's KCRP, eSCM, CSAT; the German Ordnungsrahmen).
    'KCRP',
    'eSCM',
    'CSAT',
    'Ordnungsrahmen',
  ].map((w) => w.toLowerCase()),
);
// Words that are English and not German: one of them in a German text shows an untranslated string.
const ENGLISH_ONLY = new Set(
  (
    'the and of with this that these those your you is are not to from for by or be can what which when each every ' +
    'here there its has have been open add show hide save evaluate find search view views ' +
    'model models step steps finding findings relation relations no yet none only new more less nothing'
  ).split(' '),
);

type Flat = Map<string, string>;
/** Every plain string of a catalogue, by its key path (functions need parameters: the word check covers them). */
function flatten(value: unknown, prefix = '', into: Flat = new Map()): Flat {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}
const english = flatten(en);

/** English catalogue strings that the language never uses: seeing one of them on screen is a miss. */
function englishOnly(target: Messages): Set<string> {
  const theirs = new Set(flatten(target).values());
  return new Set([...english.values()].filter((text) => !theirs.has(text) && /[A-Za-z]{3}/.test(text)));
}

/** The visible text nodes and placeholders on the page, outside model content, each with where it sits. */
async function visibleTexts(page: Page, scope = 'body'): Promise<{ text: string; where: string }[]> {
  return page.evaluate((scope) => {
    const out: { text: string; where: string }[] = [];
    const shown = (el: Element) => {
      // Model content (translate="no"), code and file text (Mermaid source in a textarea) are not the interface's words.
      if (el.closest('[translate="no"], [aria-hidden="true"], script, style, noscript, textarea, code, pre'))
        return false;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0';
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`;
    const root = document.querySelector(scope) ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.replace(/\s+/g, ' ').trim();
      const parent = n.parentElement;
      if (text && parent && shown(parent)) out.push({ text, where: name(parent) });
    }
    for (const field of root.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]'))
      if (shown(field)) out.push({ text: field.placeholder, where: `${name(field)}[placeholder]` });
    return out;
  }, scope);
}

/** What on the page is not in the language: English catalogue strings, or English (or, in Korean, any Latin) words. */
function misses(texts: { text: string; where: string }[], language: 'de' | 'ko', catalogue: Messages): string[] {
  const foreign = englishOnly(catalogue);
  const found = new Set<string>();
  for (const { text, where } of texts) {
    // A model's names are quoted inside messages (“Full model”, "Lead"): they are model content too.
    // The model's own name for itself (CRM-in-BPO) is a product name in every language.
    const unquoted = text.replace(/[“„"«][^”“"»]*[”“"»]/g, ' ').replace(/CRM-in-BPO/g, ' ');
    const words = (unquoted.match(/[A-Za-zÄÖÜäöüß.]+/g) ?? []).map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);
    const suspicious =
      foreign.has(text) ||
      (language === 'de'
        ? words.some((w) => ENGLISH_ONLY.has(w.toLowerCase()))
        : words.some((w) => w.length > 1 && !PRODUCT_WORDS.has(w.toLowerCase()) && !/^[A-Z]{1,3}\d*$/.test(w)));
    if (suspicious) found.add(`${where}: ${text}`);
  }
  return [...found];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The main screens, each opened as a person would, through controls found by the active language's words. */
// A screen whose words are not all translated yet says which ones, and is skipped until they are (see README).
const SCREENS: {
  name: string;
  scope: string;
  open: (page: Page, m: Messages) => Promise<void>;
  pending?: string;
}[] = [
  { name: 'canvas and frame', scope: 'body', open: async () => {} },
  {
    name: 'method steps',
    scope: '#side-panel',
    open: async (page) => {
      await page.locator('.stepper__step').first().click();
      await page.locator('#panel-method').waitFor();
    },
  },
  ...(['findings', 'evaluation', 'export', 'versions'] as const).map((id) => ({
    name: id,
    scope: '#side-panel',
    open: async (page: Page) => {
      await page.locator(`#tab-${id}`).click();
      await page.locator(`#panel-${id}`).waitFor();
      await page.locator('.panel-loading').waitFor({ state: 'detached' });
    },
  })),
  {
    name: 'gallery',
    scope: '[role="dialog"]',
    open: async (page, m) => {
      await page.locator('.header').getByRole('button', { name: m.header.models, exact: true }).click();
      await page.locator('.gallery__cards[aria-busy="false"]').waitFor();
    },
  },
  {
    name: 'tour',
    scope: '.tour__card',
    open: async (page, m) => {
      await page.locator('.header').getByRole('button', { name: m.header.help }).click();
      // In the dialog: the tour offer's bar behind it has a button of the same name.
      await page.getByRole('dialog').getByRole('button', { name: m.shortcuts.takeTour }).click();
      await page.locator('.tour__card').waitFor();
    },
  },
  {
    name: 'glossary',
    scope: '[role="dialog"]',
    open: async (page, m) => {
      await page.locator('.header').getByRole('button', { name: m.header.help }).click();
      await page.getByRole('dialog').getByRole('button', { name: m.shortcuts.openGlossary }).click();
      await page.locator('.glossary__list li').first().waitFor();
    },
  },
];

for (const [language, catalogue] of [
  ['de', de],
  ['ko', ko],
] as const) {
  describe(`the workbench in ${language === 'de' ? 'German' : 'Korean'}`, () => {
    let page: Page;
    beforeAll(async () => {
      ({ page } = await openWorkbenchIn(browser, language));
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it('switches with the header, remembers the choice and sets <html lang>', async () => {
      expect(await page.evaluate(() => localStorage.getItem('refmod.language'))).toBe(language);
      expect(await page.locator('[data-testid="language-switch"] option:checked').textContent()).toBe(
        language === 'de' ? 'Deutsch' : '한국어',
      );
    });

    for (const screen of SCREENS) {
      const test = screen.pending ? it.skip : it;
      test(`shows ${screen.name} in the language${screen.pending ? ` (pending: ${screen.pending})` : ''}`, async () => {
        await page.keyboard.press('Escape');
        await screen.open(page, catalogue);
        const found = misses(await visibleTexts(page, screen.scope), language, catalogue);
        // Printed in full: the assertion's diff would shorten the list.
        if (found.length)
          console.log(`${language} · ${screen.name}: ${found.length} not in the language\n  ${found.join('\n  ')}`);
        expect(found).toEqual([]);
        // Leave the screen as it was found: close a dialog or the tour.
        await page.keyboard.press('Escape');
      });
    }
  });
}

describe("the undo step's name", () => {
  it('is German after an edit in German, and re-worded in Korean after a switch', async () => {
    const { page, context } = await openWorkbenchIn(browser, 'de');
    try {
      await page.locator('#tab-findings').click();
      await page
        .locator('#panel-findings')
        .getByLabel(de.findings.profile, { exact: true })
        .selectOption('publication');
      const undo = page.locator('.header button.icon-button').first();
      expect(await undo.getAttribute('title')).toMatch(/^Rückgängig: Mit dem Profil „.+“ prüfen \(Strg\+Z\)$/);
      await page.locator('[data-testid="language-switch"]').selectOption('ko');
      await page.waitForFunction(() => document.documentElement.lang === 'ko');
      expect(await undo.getAttribute('title')).toMatch(/^실행 취소: ".+" 프로필로 검증 \(Ctrl\+Z\)$/);
    } finally {
      await context.close();
    }
  });
});

describe('the check itself', () => {
  it('finds English on an untranslated screen: the workbench in English fails it', async () => {
    const { page, context } = await openWorkbench(browser);
    try {
      const found = misses(await visibleTexts(page), 'de', de);
      expect(found.length).toBeGreaterThan(0);
      expect(misses(await visibleTexts(page), 'ko', ko).length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
