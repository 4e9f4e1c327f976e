import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launch } from './support/browser.ts';
import { node } from './support/canvas.ts';

const SHOTS = process.env.REFMOD_SHOTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The workbench in Korean, chosen as a returning user did (the remembered language), before the first load. */
async function openInKorean(viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'ko-KR' });
  await context.addInitScript(() => localStorage.setItem('refmod.language', 'ko'));
  const page = await context.newPage();
  await page.goto(appUrl());
  await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
  await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout: 30_000 });
  return page;
}

describe('models in the chosen language', () => {
  it.each([
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ])(
    'opens the shipped model in Korean with Korean names on the canvas ($width×$height)',
    { timeout: 120_000 },
    async (viewport) => {
      const page = await openInKorean(viewport);
      const canvas = page.locator('#canvas');
      // Lane headers (roles and areas) and the processes of the map, as the shipped model names them in Korean.
      for (const name of ['고객사', 'BPO 사업자', '최종 고객', '영업', '운영'])
        await expect
          .poll(() => canvas.getByText(name, { exact: true }).count(), { timeout: 10_000 })
          .toBeGreaterThan(0);
      await expect.poll(() => canvas.getByText('캠페인 관리', { exact: true }).count()).toBeGreaterThan(0);
      const text = await canvas.innerText();
      expect(text).not.toMatch(/Manage campaigns|Client · Sales|\bProvider\b/);
      // The outline, open beside the canvas on a laptop, names the elements and areas as the canvas does.
      if (viewport.width >= 1200) {
        const outline = page.locator('.outline');
        await outline.getByText('캠페인 관리', { exact: true }).first().waitFor();
        expect(await outline.innerText()).not.toMatch(/Manage campaigns|\bSALES\b|\bSales\b/);
      }
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `model-ko-${viewport.width}.png`) });
      await page.context().close();
    },
  );

  it('marks a name without a Korean translation, and the inspector adds it', { timeout: 120_000 }, async () => {
    const model = JSON.parse(readFileSync('test/fixtures/workshop-model.json', 'utf8')) as {
      elements: { id: string; translations?: unknown }[];
    };
    model.elements.find((e) => e.id === 'inquiry')!.translations = { ko: { name: '문의' } };
    const file = join(tmpdir(), `refmod-languages-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(model));
    const page = await openInKorean();
    await page.locator('[data-testid="open-file"]').setInputFiles(file);
    const calls = node(page, 'answer-calls');
    await calls.waitFor({ timeout: 30_000 });
    await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout: 30_000 });

    await expect.poll(() => node(page, 'inquiry').locator('.el-node__name').innerText()).toBe('문의');
    expect(await node(page, 'inquiry').locator('.el-node__name--stand-in').count()).toBe(0);
    const standIn = calls.locator('.el-node__name--stand-in');
    expect(await standIn.innerText()).toBe('Answer end-user calls');
    expect(await standIn.getAttribute('title')).toBe('아직 한국어 이름이 없음: 영어(으)로 표시');
    expect(await standIn.getAttribute('lang')).toBe('en');

    await calls.click();
    const field = page.locator('.inspector').getByLabel('한국어 이름', { exact: true });
    await field.fill('최종 고객 콜 응대');
    await field.press('Enter');
    await expect.poll(() => calls.locator('.el-node__name').innerText()).toBe('최종 고객 콜 응대');
    expect(await calls.locator('.el-node__name--stand-in').count()).toBe(0);
    // The model's own name stays: the English name field still holds it.
    expect(
      await page
        .locator('.inspector')
        .getByLabel(/^(Name|이름)$/)
        .inputValue(),
    ).toBe('Answer end-user calls');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'model-ko-inspector-1440.png') });
    await page.context().close();
  });
});
