import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { node, openModelFile, undoLabel } from './support/canvas.ts';

const FIXTURE = new URL('../fixtures/workshop-model.json', import.meta.url).pathname;

let browser: Browser;
let page: Page;
let cdp: CDPSession;
beforeAll(async () => {
  browser = await launch();
  ({ page } = await openWorkbench(browser));
  await openModelFile(page, FIXTURE);
  cdp = await page.context().newCDPSession(page);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Types Korean as a Korean IME does, jamo by jamo: each syllable is composed in steps (ㅇ → 아 → 안) and committed
 * when the next one starts. The last syllable is left composing, as it is when a person presses Enter.
 */
async function composeKorean(steps: string[][]) {
  for (const [i, syllable] of steps.entries()) {
    for (const text of syllable) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    if (i < steps.length - 1) await cdp.send('Input.insertText', { text: syllable.at(-1)! });
  }
}

/** Enter pressed while the IME still composes: Chromium reports it as key code 229 with isComposing. */
async function enterWhileComposing() {
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
  }
}

// 안녕하세요: the last syllable 요 is the one a careless editor writes twice.
const ANNYEONG = [
  ['ㅇ', '아', '안'],
  ['ㄴ', '녀', '녕'],
  ['ㅎ', '하'],
  ['ㅅ', '세'],
  ['ㅇ', '요'],
];

async function selectAll(field: Locator) {
  await field.focus();
  await field.evaluate((el: HTMLInputElement) => el.select());
}

describe('Korean input through the input method', () => {
  it('renames in place with exactly the composed text; Enter during composition does not commit', async () => {
    await node(page, 'inquiry').click();
    await page.keyboard.press('F2');
    const input = page.getByLabel('New name for Inquiry');
    await selectAll(input);
    await composeKorean(ANNYEONG);
    expect(await input.inputValue()).toBe('안녕하세요');
    await enterWhileComposing();
    // Still editing: the Enter ended the composition, it did not keep a half-typed name.
    expect(await input.isVisible()).toBe(true);
    await cdp.send('Input.insertText', { text: '요' });
    expect(await input.inputValue()).toBe('안녕하세요');
    await input.press('Enter');
    await input.waitFor({ state: 'detached' });
    expect(await node(page, 'inquiry').locator('.el-node__name').textContent()).toBe('안녕하세요');
    expect(await undoLabel(page)).toBe('Undo: Rename Inquiry to 안녕하세요');
  });

  it('Escape during composition leaves rename-in-place open', async () => {
    await node(page, 'inquiry').click();
    await page.keyboard.press('F2');
    const input = page.getByLabel('New name for 안녕하세요');
    await selectAll(input);
    await composeKorean([
      ['ㅁ', '문'],
      ['ㅇ', '의'],
    ]);
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Escape',
      code: 'Escape',
      windowsVirtualKeyCode: 229,
    });
    expect(await input.isVisible()).toBe(true);
    await cdp.send('Input.insertText', { text: '의' });
    await input.press('Enter');
    expect(await node(page, 'inquiry').locator('.el-node__name').textContent()).toBe('문의');
  });

  it('the inspector keeps exactly the composed name; Enter during composition does not commit', async () => {
    await node(page, 'inquiry').click();
    const field = page.locator('.inspector').getByLabel('Name', { exact: true });
    await selectAll(field);
    await composeKorean([
      ['ㅁ', '무', '문'],
      ['ㅇ', '의'],
      ['ㅈ', '저', '접'],
      ['ㅅ', '수'],
    ]);
    await enterWhileComposing();
    // The name on the canvas has not changed yet: nothing was committed half-typed.
    expect(await node(page, 'inquiry').locator('.el-node__name').textContent()).toBe('문의');
    await cdp.send('Input.insertText', { text: '수' });
    await field.press('Enter');
    await expect.poll(() => node(page, 'inquiry').locator('.el-node__name').textContent()).toBe('문의접수');
    expect(await field.inputValue()).toBe('문의접수');
  });
});
