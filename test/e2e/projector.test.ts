import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, openWorkbench } from './support/browser.ts';
import { centre, drag, node, openModelFile, viewportSettled } from './support/canvas.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A consultant's projector: everything here runs at 1024×768.
const PROJECTOR = { width: 1024, height: 768 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Which messages cover the view tabs or any part of the drawing (its lane headers, its names), by their text. */
async function noticesOverCanvas(page: Page): Promise<string[]> {
  // Read in one go: messages fade while they are measured one by one.
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.view-tabs, .react-flow')].map((h) => h.getBoundingClientRect());
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return [...document.querySelectorAll('.notices .notice, .notices__log-toggle')]
      .filter((n) => boxes.some((b) => meets(n.getBoundingClientRect(), b)))
      .map((n) => n.textContent ?? '');
  });
}

/** True when the whole of a locator's box lies inside the canvas pane the user sees. */
async function onCanvas(page: Page, target: Locator): Promise<boolean> {
  const pane = (await page.locator('.canvas').boundingBox())!;
  const box = await target.boundingBox();
  return (
    !!box &&
    box.x >= pane.x - 1 &&
    box.y >= pane.y - 1 &&
    box.x + box.width <= pane.x + pane.width + 1 &&
    box.y + box.height <= pane.y + pane.height + 1
  );
}

/** True when nothing else (another node, a message) lies over the middle of a locator's box. */
function uncovered(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && el.contains(hit);
  });
}

describe('the side panel on a projector', () => {
  it('starts folded at 1024 px so the canvas has the room, opens from its rail or a header button, and folds again', async () => {
    const { page, context } = await openWorkbench(browser, { viewport: PROJECTOR });
    const canvasWidth = async () => (await page.locator('.canvas').boundingBox())!.width;
    const folded = await canvasWidth();
    // The canvas takes all but the two rails.
    expect(folded).toBeGreaterThan(PROJECTOR.width - 100);
    await page.getByRole('button', { name: 'Show the side panel: Inspector' }).click();
    await page.getByRole('tab', { name: 'Inspector' }).waitFor();
    expect(await canvasWidth()).toBeLessThan(folded - 250);
    await page.getByRole('button', { name: 'Hide the side panel' }).click();
    await page.getByRole('button', { name: 'Show the side panel' }).waitFor();
    // Asking for a panel by name (Export in the header) shows it.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.locator('#panel-export').waitFor();
    await context.close();
  });

  it('starts open on a 1440 px laptop', async () => {
    const { page, context } = await openWorkbench(browser, { viewport: { width: 1440, height: 900 } });
    expect(await page.getByRole('tab', { name: 'Inspector' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('button', { name: 'Show the side panel' }).count()).toBe(0);
    await context.close();
  });
});

describe('the view tabs at 1024×768', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openWorkbench(browser, { viewport: PROJECTOR }));
  });

  it('fits the header: every button whole on screen and on one line, and room for the model name', async () => {
    const header = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll('.header__actions button')].map((b) => b.getBoundingClientRect());
      return {
        outside: buttons.filter((r) => r.left < 0 || r.right > window.innerWidth).length,
        wrapped: buttons.filter((r) => r.height > 40).length,
        name: document.querySelector('.header__model h1')!.getBoundingClientRect().width,
      };
    });
    expect(header).toMatchObject({ outside: 0, wrapped: 0 });
    expect(header.name).toBeGreaterThanOrEqual(80);
  });

  it('reaches every view tab by mouse, with "Add existing element" beside them, never over them', async () => {
    const names = await page
      .getByRole('tab')
      .filter({ has: page.locator('.view-tabs__count') })
      .allTextContents();
    expect(names.map((n) => n.replace(/\d+$/, ''))).toEqual([
      'Full model',
      'Client view',
      'Customer view',
      'Internal view',
    ]);
    for (const name of ['Client view', 'Internal view', 'Customer view', 'Full model']) {
      // Clicking fails when anything else (the add pop-up, a message) would take the click.
      await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click({ timeout: 5_000 });
      expect(await page.getByRole('tab', { name: new RegExp(`^${name}`) }).getAttribute('aria-selected')).toBe('true');
      expect(await page.getByRole('dialog', { name: 'Add existing element to this view' }).count()).toBe(0);
      await viewportSettled(page);
    }
    // Where the tabs do not all fit beside "Add existing element", the strip scrolls and a menu lists every view.
    await page.getByRole('tab', { name: /^Client view/ }).click();
    const menu = page.getByRole('button', { name: 'All views ▾' });
    if (await menu.count()) {
      await menu.click();
      await page.getByRole('menuitemradio', { name: /^Internal view/ }).click();
      expect(await page.getByRole('tab', { name: /^Internal view/ }).getAttribute('aria-selected')).toBe('true');
    }
  });

  it('reaches every view tab by keyboard: arrow keys along the tabs, Enter opens one', async () => {
    await page.getByRole('tab', { name: /^Full model/ }).focus();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Enter');
      await viewportSettled(page);
      const selected = page.locator('.view-tabs [role="tab"][aria-selected="true"]');
      seen.push((await selected.textContent())!.replace(/\d+$/, ''));
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
      await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(['Full model', 'Client view', 'Customer view', 'Internal view']);
    // One tab stop for the strip: Tab from the selected tab leaves it.
    expect(
      await page.locator('.view-tabs [role="tab"]').evaluateAll((tabs) => tabs.filter((t) => t.tabIndex === 0).length),
    ).toBe(1);
  });

  it('keeps every step of the method bar legible, with its full title on keyboard focus', async () => {
    const titles = await page.locator('.stepper__title').allTextContents();
    expect(titles).toEqual([
      'Structural goals',
      'Macro structure',
      'Process structure',
      'Design goals',
      'Design structure',
    ]);
    for (const title of await page.locator('.stepper__title').all()) {
      const cut = await title.evaluate(
        (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
      );
      expect(cut).toBe(false);
    }
    // Each step's status symbol sits beside its number, not over it.
    for (const mark of await page.locator('.stepper__item:not(.is-current) .stepper__mark').all()) {
      const clear = await mark.evaluate((el) => {
        const symbol = getComputedStyle(el, '::after');
        const width = el.getBoundingClientRect().width;
        return width - parseFloat(symbol.right) - parseFloat(symbol.minWidth) - width / 2;
      });
      expect(clear).toBeGreaterThanOrEqual(6);
    }
    await page.getByRole('button', { name: /^Step 3:/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    const tip = page.locator('.stepper__step:focus-visible + .stepper__tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^Set process structure: /);
  });
});

describe('a small model built live from the blank template, at 1024×768', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openWorkbench(browser, { viewport: PROJECTOR }));
    await page.getByRole('button', { name: 'Models…' }).click();
    const gallery = page.getByRole('dialog', { name: 'Models' });
    await gallery.getByLabel('Name', { exact: true }).fill('Live workshop');
    await page.getByRole('button', { name: 'New model from the template' }).click();
    await gallery.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('.header h1')?.textContent === 'Live workshop');
    await viewportSettled(page);
    await page.getByRole('button', { name: 'Show the palette and outline' }).click();
  });

  it('shows each element added from the palette on the canvas, with no message over the tabs or headers', async () => {
    await page.getByLabel('Types of step 1 only').uncheck();
    for (const type of ['Objective', 'Inquiry', 'Account']) {
      await page.locator('.palette__item', { hasText: new RegExp(`^${type}$`) }).click();
      const added = page.locator('.react-flow__node', { hasText: `New ${type}` });
      await added.waitFor();
      await viewportSettled(page);
      expect(await onCanvas(page, added), type).toBe(true);
      // Added by a click each, none lands on another.
      expect(await uncovered(added), type).toBe(true);
      expect(await noticesOverCanvas(page)).toEqual([]);
    }
  });

  it('brings a new area into view, and a process picked from the catalogue into its far cell', async () => {
    await page.getByRole('button', { name: /^Step 2:/ }).click();
    const areas = page.locator('#panel-method').getByRole('group', { name: 'Areas' });
    await areas.getByLabel('Name of the new area', { exact: true }).fill('After-sales');
    await areas.getByRole('button', { name: 'Add area' }).click();
    const column = page.locator('.lane-headers__column', { hasText: 'After-sales' });
    await column.waitFor();
    await expect.poll(() => onCanvas(page, column), { timeout: 10_000, message: 'the new area' }).toBe(true);
    expect(await noticesOverCanvas(page)).toEqual([]);

    await page.getByRole('button', { name: /^Step 3:/ }).click();
    const picker = page.locator('#panel-method').getByRole('group', { name: 'Add a process from a catalogue' });
    await picker.getByLabel('Catalogue', { exact: true }).selectOption({ label: 'CRM processes (Geib et al. 2005)' });
    await picker.getByLabel('Filter catalogue processes', { exact: true }).fill('complaints');
    await picker.getByRole('button', { name: /^Manage complaints/ }).click();
    const chosen = picker.getByRole('group', { name: 'Add Manage complaints' });
    await chosen.getByLabel('Role', { exact: true }).selectOption({ label: 'Customer' });
    await chosen.getByLabel('Area', { exact: true }).selectOption({ label: 'After-sales' });
    await chosen.getByRole('button', { name: 'Add to cell' }).click();
    const process = page.locator('.react-flow__node', { hasText: 'Manage complaints' });
    await process.waitFor();
    await expect.poll(() => onCanvas(page, process), { timeout: 10_000, message: 'the catalogue process' }).toBe(true);
    expect(await noticesOverCanvas(page)).toEqual([]);
  });

  it('keeps every message readable later in the message list, one line per kind on screen', async () => {
    const kinds = await page
      .locator('.notices .notice')
      .evaluateAll((els): string[] => els.map((e) => e.getAttribute('class') ?? ''));
    expect(new Set(kinds).size).toBe(kinds.length);
    await page.getByRole('button', { name: /^Messages \(\d+\)$/ }).click();
    const log = page.getByRole('dialog', { name: 'Messages of this session' });
    expect(await log.textContent()).toMatch(/Created “Live workshop” from the template/);
    await page.keyboard.press('Escape');
    await log.waitFor({ state: 'detached' });
  });
});

/** A model with one element of each category, none folded into another, all in one cell's neighbourhood. */
function everyCategoryModel(): string {
  type Fixture = {
    meta: Record<string, unknown>;
    relations: { type: string }[];
    elements: { id: string; type: string; name: string; area: string; role: string }[];
  };
  const doc = JSON.parse(readFileSync(new URL('../fixtures/workshop-model.json', import.meta.url), 'utf8')) as Fixture;
  doc.meta = { ...doc.meta, id: 'every-category', name: 'Every node type' };
  doc.relations = doc.relations.filter((r) => r.type !== 'measures');
  doc.elements.push(
    { id: 'goal', type: 'objective', name: 'Answer fast', area: 'management', role: 'client' },
    { id: 'team', type: 'organisational-unit', name: 'Service team', area: 'sales', role: 'provider' },
    { id: 'crm', type: 'analytical-crm-system', name: 'Analytical CRM', area: 'management', role: 'customer' },
  );
  // Everything in the two columns a 1024 px canvas shows whole.
  for (const el of doc.elements) if (el.area === 'operations') el.area = el.type === 'inquiry' ? 'sales' : 'management';
  const file = join(mkdtempSync(join(tmpdir(), 'refmod-projector-')), 'every-category.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

/** The grab area of a node's connection handle, in screen pixels. */
type Probe = { id: string | null; type: string; px: number };

describe('connecting from a process at the fitted zoom, 1024×768', () => {
  it('offers every node type a grab area of at least 40 px², and a drag from the edge of a process connects', async () => {
    const { page, context } = await openWorkbench(browser, { viewport: PROJECTOR });
    await openModelFile(page, everyCategoryModel());
    // Handles belong to the detail level; a view that opens on its process map is switched to it first.
    const detail = page.getByRole('button', { name: 'Full detail' });
    if (await detail.count()) {
      await detail.click();
      await viewportSettled(page);
    }
    await page.getByRole('button', { name: 'Fit the whole view' }).click();
    await viewportSettled(page);
    // Messages sit in the canvas' foot, under the drawing: nothing to dismiss before grabbing a handle.
    expect(await noticesOverCanvas(page)).toEqual([]);
    // The grab area is what takes the pointer: probe the source handle of each drawn node on a 1 px grid.
    const areas = await page.locator('.react-flow__node-element').evaluateAll((nodes): Probe[] => {
      const pane = document.querySelector('.canvas')!.getBoundingClientRect();
      return nodes.flatMap((n) => {
        const handle = n.querySelector('.react-flow__handle.source')!;
        const box = handle.getBoundingClientRect();
        // Only what the fitted canvas shows; the rest of the cell is scrolled away.
        if (box.left < pane.left || box.right > pane.right || box.top < pane.top || box.bottom > pane.bottom) return [];
        let px = 0;
        for (let x = Math.floor(box.left - 20); x <= box.right + 20; x++)
          for (let y = Math.floor(box.top - 20); y <= box.bottom + 20; y++)
            if (document.elementFromPoint(x, y) === handle) px++;
        return [
          {
            id: n.getAttribute('data-id'),
            type: n.querySelector('.el-node')!.className.match(/el-node--([\w-]+)/)![1]!,
            px,
          },
        ];
      });
    });
    expect(areas.length).toBeGreaterThan(3);
    expect(new Set(areas.map((a) => a.type))).toEqual(
      new Set(['business-object', 'process', 'quality-measure', 'goal', 'organisational-role', 'information-system']),
    );
    for (const a of areas) expect(a.px, `${a.type} ${a.id}`).toBeGreaterThanOrEqual(40);

    const process = node(page, 'answer-calls');
    const target = node(page, 'account');
    const before = await process.boundingBox();
    // From the process's right edge (its chevron's tip), a few pixels inside, as a hand would start.
    const edge = { x: before!.x + before!.width - 3, y: before!.y + before!.height / 2 };
    await drag(page, edge, await centre(target));
    const menu = page.getByRole('menu', { name: 'Choose a relation type' });
    if (await menu.isVisible()) await menu.getByRole('menuitem').first().click();
    await expect
      .poll(() => page.locator('.header button[aria-label^="Undo"]').getAttribute('aria-label'))
      .toBe('Undo: Connect Answer end-user calls → Account');
    // The drag connected; it did not move the process.
    expect(await process.boundingBox()).toEqual(before);
    await context.close();
  });
});
