import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';

let browser: Browser;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'refmod-print-'));
beforeAll(async () => {
  browser = await launch();
  ({ page } = await openWorkbench(browser));
  await page.getByRole('tab', { name: 'Evaluation' }).click();
  await page.locator('.side-panel__body').getByRole('button', { name: 'Results and report…' }).click();
  await page
    .getByRole('dialog', { name: 'Evaluation results and report' })
    .getByRole('tab', { name: 'Report' })
    .click();
  await page.locator('.protocol h1').waitFor();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

// A4 in PDF points, and the printable width in CSS pixels with the protocol's 14 mm side margins.
const A4 = { width: 595.92, height: 842.88 };
const MM = 96 / 25.4;

/** The /MediaBox of every page of a PDF Chromium wrote (uncompressed page dictionaries). */
function mediaBoxes(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) =>
    m[1]!.trim().split(/\s+/).map(Number),
  );
}

/** Everything of the protocol that reaches beyond the printable width, as "TAG.class left–right". */
async function overflowing(width: number): Promise<string[]> {
  await page.setViewportSize({ width: Math.floor(width), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const out = await page.evaluate((w) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('.protocol, .protocol *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < -0.5 || r.right > w + 0.5)
        found.push(`${el.tagName}.${el.getAttribute('class') ?? ''} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return found;
  }, width);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1440, height: 900 });
  return out;
}

describe('the printed evaluation protocol', () => {
  for (const landscape of [false, true]) {
    const name = landscape ? 'landscape' : 'portrait';
    it(`prints on A4 ${name} pages, every page box A4`, async () => {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', landscape, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      const file = join(dir, `protocol-${name}.pdf`);
      writeFileSync(file, pdf);
      if (process.env.REFMOD_PDF_OUT) copyFileSync(file, join(process.env.REFMOD_PDF_OUT, `protocol-${name}.pdf`));
      const boxes = mediaBoxes(readFileSync(file));
      expect(boxes.length).toBeGreaterThan(1);
      const [w, h] = landscape ? [A4.height, A4.width] : [A4.width, A4.height];
      for (const box of boxes) {
        expect(box[0]).toBe(0);
        expect(box[1]).toBe(0);
        expect(box[2]).toBeCloseTo(w, 0);
        expect(box[3]).toBeCloseTo(h, 0);
      }
    });

    it(`lays out within the printable width of A4 ${name}, nothing cut at either edge`, async () => {
      const printable = ((landscape ? 297 : 210) - 2 * 14) * MM;
      expect(await overflowing(printable)).toEqual([]);
    });
  }
});
