import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a machine without network (see design/stack.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The URL of the built app served for the browser tests (provided by serve.ts). */
export function appUrl(): string {
  return inject('appUrl');
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen on the page. */
  errors: string[];
}

/** Opens the workbench in a fresh context at 1440×900, waits for its first layout, and collects console errors. */
export async function openWorkbench(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; path?: string } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(appUrl() + (options.path ?? ''));
  await page.locator('.react-flow__node').first().waitFor({ timeout: 20_000 });
  // The shipped views carry no positions: tests start once the first layout has landed.
  await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout: 30_000 });
  // The map shows before the detail's layout ends; a test that keeps or compares the model must start after it.
  await page.locator('.canvas:not([data-laying-out])').waitFor({ timeout: 60_000 });
  return { page, context, errors };
}

/** Opens the workbench and switches it to a language with the header's switch, as a person would. */
export async function openWorkbenchIn(browser: Browser, language: 'de' | 'ko'): Promise<OpenedPage> {
  const opened = await openWorkbench(browser);
  await opened.page.locator('[data-testid="language-switch"]').selectOption(language);
  await opened.page.waitForFunction((l) => document.documentElement.lang === l, language);
  return opened;
}
