import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { measureScreen } from '../bench/screen-measure.ts';
import { launch, openWorkbench } from './support/browser.ts';
import { node, viewportSettled } from './support/canvas.ts';

/** Issue 21, as a new user on a 1024×768 projector: the shipped model opens readable, and its levels can be walked. */

interface Shipped {
  elements: { id: string; name: string; type: string; role: string; area: string }[];
  relations: { type: string; source: string; target: string }[];
}
const model = JSON.parse(
  readFileSync(new URL('../../models/reference/crm-bpo.json', import.meta.url), 'utf8'),
) as Shipped;
const nameOf = new Map(model.elements.map((e) => [e.id, e.name]));
const PROJECTOR = { width: 1024, height: 768 };

let browser: Browser;
let page: Page;
let context: BrowserContext;
let errors: string[];
beforeAll(async () => {
  browser = await launch();
});
afterEach(async () => {
  await context?.close();
});
afterAll(async () => {
  await browser?.close();
});

/** A new user: a fresh browser profile, the workbench opened at 1024×768 and left to settle. */
async function newUser() {
  ({ page, context, errors } = await openWorkbench(browser, { viewport: PROJECTOR }));
  // Points are taken from the screen: a fit still on its way would move the map from under the pointer.
  await viewportSettled(page);
}

const levelBar = () => page.locator('nav[aria-label="Level of the view"]');
const currentLevel = () => levelBar().locator('[aria-current="page"]').textContent();

/** A screen point inside a cell of the process map where nothing but the cell itself is under the pointer. */
async function bareSpotIn(cellKey: string): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    const cell = document.querySelector('[data-testid="cell-${cellKey}"]');
    const r = cell.getBoundingClientRect();
    for (let fy = 0.95; fy > 0.05; fy -= 0.03) for (let fx = 0.5; fx < 0.95; fx += 0.05) {
      const x = r.left + r.width * fx, y = r.top + r.height * fy;
      const hit = document.elementFromPoint(x, y);
      if (hit === cell) return { x, y };
    }
    return null;
  })()`);
  if (!spot) throw new Error(`no bare spot in the cell ${cellKey} under the pointer`);
  return spot;
}

/** A screen point on a connector's line where the line itself is what the pointer hits. */
async function spotOnLine(edgeId: string): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    const edge = document.querySelector('.react-flow__edge[data-id=' + JSON.stringify(${JSON.stringify(edgeId)}) + ']');
    const path = edge.querySelector('path.connector');
    const m = path.getScreenCTM();
    const total = path.getTotalLength();
    for (let f = 0.5; f < 1; f += 0.02) for (const g of [f, 1 - f]) {
      const p = new DOMPoint(path.getPointAtLength(total * g).x, path.getPointAtLength(total * g).y).matrixTransform(m);
      const hit = document.elementFromPoint(p.x, p.y);
      if (hit && edge.contains(hit)) return { x: p.x, y: p.y };
    }
    return null;
  })()`);
  if (!spot) throw new Error(`no spot on the connector ${edgeId} that the pointer reaches`);
  return spot;
}

describe('levels of a view, as a new user at 1024×768', () => {
  it('opens the app on a screen whose names can be read: at least 12 at 12 px or more, none cut off', async () => {
    await newUser();
    expect(await currentLevel()).toBe('Process map');
    const seen = await measureScreen(page);
    expect(seen.readable).toBeGreaterThanOrEqual(12);
    expect(seen.cut).toBe(0);
    // The names read are the model's processes, each line as the model spells it.
    const shown = await page
      .locator('.map-process__name')
      .evaluateAll((els) => els.map((e) => [...e.querySelectorAll('bdi')].map((b) => b.textContent).join(' ')));
    const processNames = new Set(model.elements.filter((e) => e.type.endsWith('process')).map((e) => e.name));
    expect(shown.length).toBeGreaterThanOrEqual(12);
    for (const name of shown) expect(processNames).toContain(name);
    expect(errors).toEqual([]);
  });

  it('double-clicks a cell to see its elements in detail, and goes back by the breadcrumb', async () => {
    await newUser();
    const spot = await bareSpotIn('client|management');
    await page.mouse.dblclick(spot.x, spot.y);
    await page.locator('.canvas:not(.canvas--map)').waitFor();
    await viewportSettled(page);
    expect(await currentLevel()).toBe('Client · Management');
    const shown = await page
      .locator('.react-flow__node-element')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    const inCell = model.elements.filter((e) => e.role === 'client' && e.area === 'management').map((e) => e.id);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(inCell).toContain(id);
    expect(shown).toEqual(expect.arrayContaining(['p-feedback-management', 'p-client-coordination']));
    // At 1024 px a cell can be wider than the canvas: what it shows reads, the rest is a pan away.
    const seen = await measureScreen(page);
    expect(seen.onScreen).toBeGreaterThanOrEqual(Math.min(seen.names, 6));
    expect(seen.readable).toBe(seen.onScreen);
    expect(seen.cut).toBe(0);

    await levelBar().getByRole('button', { name: 'Process map' }).click();
    await page.locator('.canvas--map').waitFor();
    await viewportSettled(page);
    expect(await currentLevel()).toBe('Process map');
    expect(await page.locator('.react-flow__node-map-process').count()).toBeGreaterThanOrEqual(12);
  });

  it('opens a cell with the button that shows when the pointer is over it', async () => {
    await newUser();
    const spot = await bareSpotIn('client|sales');
    await page.mouse.move(spot.x, spot.y);
    const open = page.getByRole('button', { name: 'Open Client · Sales' });
    await expect.poll(() => open.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
    // A person clicks what they see: the button must be the topmost thing at its centre.
    const box = (await open.boundingBox())!;
    const onTop = await page.evaluate(
      `document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2})?.closest('button')?.getAttribute('aria-label') ?? null`,
    );
    expect(onTop).toBe('Open Client · Sales');
    await open.click({ timeout: 5_000 });
    await page.locator('.canvas:not(.canvas--map)').waitFor();
    expect(await currentLevel()).toBe('Client · Sales');
  });

  it('opens the list of a connector’s relations, as many as its count, and closes it with Escape', async () => {
    await newUser();
    const counts = page.locator('[data-testid^="count-connector:"]');
    // The connector with the largest count that is on screen.
    const labels = await counts.evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-testid')!.slice('count-'.length), n: Number(e.textContent) })),
    );
    const { id, n } = labels.sort((a, b) => b.n - a.n)[0]!;
    expect(n).toBeGreaterThan(1);
    const spot = await spotOnLine(id);
    await page.mouse.click(spot.x, spot.y);
    const list = page.locator('.connector-list[role="dialog"]');
    await list.waitFor();
    // One button per relation, each "source — type → target" between the connector's two cells.
    const [from, to] = id.slice('connector:'.length).split('>');
    const cellOf = new Map(model.elements.map((e) => [e.name, `${e.role}|${e.area}`]));
    const listed = await list
      .locator('ul button')
      .evaluateAll((els) => els.map((b) => [...b.querySelectorAll('bdi')].map((x) => x.textContent)));
    expect(listed).toHaveLength(n);
    for (const [source, target] of listed)
      expect([cellOf.get(source!), cellOf.get(target!)].sort()).toEqual([from, to].sort());
    expect(await list.getAttribute('aria-label')).toMatch(/^Relations between .+ · .+ and .+ · .+$/);
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
  });

  it('draws every connector’s count over the lines, so no line runs through its digits', async () => {
    await newUser();
    // Counts let the pointer through to the lines; for this look only, they take it, so the topmost paint is found.
    await page.addStyleTag({ content: '.connector__count { pointer-events: auto !important; }' });
    const hidden = await page.locator('[data-testid^="count-connector:"]').evaluateAll((els) =>
      els.flatMap((e) => {
        const r = e.getBoundingClientRect();
        const spots = [0.3, 0.5, 0.7].flatMap((fx) =>
          [0.3, 0.5, 0.7].map((fy) => [r.left + r.width * fx, r.top + r.height * fy] as const),
        );
        const inView = r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
        return inView && spots.some(([x, y]) => !e.contains(document.elementFromPoint(x, y)))
          ? [e.getAttribute('data-testid')]
          : [];
      }),
    );
    expect(await page.locator('[data-testid^="count-connector:"]').count()).toBeGreaterThan(5);
    expect(hidden).toEqual([]);
  });

  it('folds and unfolds a process’s measures: the chip lists them in place and folds them away again', async () => {
    await newUser();
    const spot = await bareSpotIn('provider|management');
    await page.mouse.dblclick(spot.x, spot.y);
    await page.locator('.canvas:not(.canvas--map)').waitFor();
    await viewportSettled(page);
    const process = node(page, 'p-k9-invoice-clients');
    const chip = process.locator('button.el-chip--measures');
    const measures = model.relations
      .filter((r) => r.type === 'measures' && r.target === 'p-k9-invoice-clients')
      .map((r) => nameOf.get(r.source)!);
    expect(measures.length).toBe(4);
    expect(await chip.getAttribute('aria-expanded')).toBe('false');
    expect(await process.locator('.el-node__items').count()).toBe(0);

    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-expanded')).toBe('true');
    const items = process.locator('.el-node__items li');
    expect((await items.allTextContents()).map((t) => t.trim()).sort()).toEqual([...measures].sort());
    expect(await items.first().isVisible()).toBe(true);

    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-expanded')).toBe('false');
    expect(await process.locator('.el-node__items').count()).toBe(0);
  });

  it('presents: the map fitted without panels, arrow keys step through the cells like slides, Escape leaves', async () => {
    await newUser();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const where = page.locator('.present-bar__where');
    await where.waitFor();
    await viewportSettled(page);
    expect(await page.locator('#side-panel').count()).toBe(0);
    const first = (await where.textContent())!;
    const [, total] = /^1 \/ (\d+) · Process map$/.exec(first) ?? [];
    expect(Number(total)).toBeGreaterThan(2);
    // Fitted: every cell of the map inside the canvas.
    const pane = (await page.locator('.react-flow').boundingBox())!;
    for (const box of await page
      .locator('.react-flow__node-map-cell')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(pane.x - 1);
      expect(box.right).toBeLessThanOrEqual(pane.x + pane.width + 1);
      expect(box.top).toBeGreaterThanOrEqual(pane.y - 1);
      expect(box.bottom).toBeLessThanOrEqual(pane.y + pane.height + 1);
    }

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => where.textContent()).toBe(`2 / ${total} · Client · Sales`);
    await page.locator('.canvas:not(.canvas--map)').waitFor();
    await viewportSettled(page);
    const inCell = new Set(model.elements.filter((e) => e.role === 'client' && e.area === 'sales').map((e) => e.id));
    const shown = await page
      .locator('.react-flow__node-element')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => inCell.has(id))).toBe(true);
    expect((await measureScreen(page)).cut).toBe(0);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => where.textContent()).toMatch(new RegExp(`^3 / ${total} · Client · `));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => where.textContent()).toBe(first);
    await page.locator('.canvas--map').waitFor();

    await page.keyboard.press('Escape');
    await page.locator('.present-bar').waitFor({ state: 'detached' });
    // At 1024 px the side panel comes back folded, as it was before presenting.
    await page.getByRole('button', { name: 'Show the side panel' }).waitFor();
    expect(await page.getByRole('button', { name: 'Present', exact: true }).getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });
});
