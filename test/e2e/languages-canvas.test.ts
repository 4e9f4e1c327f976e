import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, openWorkbenchIn } from './support/browser.ts';
import { viewportSettled } from './support/canvas.ts';

/**
 * Issue 21 in German and Korean on a 1024×768 projector: the client view in full detail, laid out while the
 * workbench opened in English, draws its nodes from the words it shows: no node over another, chips inside their
 * node, no lane name cut, and the overview map over no node.
 */

let browser: Browser;
let context: BrowserContext | undefined;
beforeAll(async () => {
  browser = await launch();
});
afterEach(async () => {
  await context?.close();
});
afterAll(async () => {
  await browser?.close();
});

interface Seen {
  overlaps: string[];
  chipsOut: string[];
  cutLanes: string[];
  underMap: string[];
}

/** What the canvas shows that a person could not read: nodes over nodes, chips out of their node, lane names cut, the map over nodes. */
function defects(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll('.react-flow__node-element')].map((n) => ({
      id: n.getAttribute('data-id') ?? '',
      r: n.getBoundingClientRect(),
      el: n,
    }));
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const overlaps: string[] = [];
    nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => meet(a.r, b.r) && overlaps.push(`${a.id} × ${b.id}`)));
    const chipsOut = nodes.flatMap(({ id, r, el }) =>
      [...el.querySelectorAll('.el-chip')]
        .filter((c) => c.getBoundingClientRect().right > r.right + 0.5)
        .map((c) => `${id}: ${c.textContent}`),
    );
    const cutLanes = [...document.querySelectorAll('.lane-headers span')]
      .filter((s) => s.scrollWidth > s.clientWidth + 1 || s.scrollHeight > s.clientHeight + 1)
      .map((s) => s.textContent ?? '');
    const map = document.querySelector('.overview-map__surface')?.getBoundingClientRect();
    const underMap = map ? nodes.filter((n) => meet(n.r, map)).map((n) => n.id) : [];
    return { overlaps, chipsOut, cutLanes, underMap };
  });
}

describe.each(['de', 'ko'] as const)('the client view in full detail, read in %s at 1024×768', (language) => {
  it('draws every node at the size of its own words, over no other node and under no overview map', async () => {
    const opened = await openWorkbenchIn(browser, language);
    context = opened.context;
    const { page } = opened;
    await page.setViewportSize({ width: 1024, height: 768 });
    // The second tab is the client view, whatever its name reads in the language.
    await page.getByRole('tab').nth(1).click();
    await page.locator('.level-bar__detail').click();
    await page.locator('.canvas:not(.canvas--map)').waitFor();
    await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 60_000 });
    await viewportSettled(page);
    expect(await page.locator('.react-flow__node-element').count()).toBeGreaterThan(10);
    expect(await defects(page)).toEqual({ overlaps: [], chipsOut: [], cutLanes: [], underMap: [] });
  });
});
