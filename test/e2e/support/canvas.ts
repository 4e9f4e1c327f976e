import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The node of an element on the canvas, by its id. */
export const node = (page: Page, id: string): Locator => page.locator(`.react-flow__node[data-id="${id}"]`);

/**
 * Opens a model file through the header's Open button (the hidden file input behind it), and waits until the
 * model is shown: its "Opened … from <file>" message is up, and the first layout and fit have landed.
 */
export async function openModelFile(page: Page, path: string, timeout = 30_000) {
  const opened = page.locator('.notice', { hasText: `from ${basename(path)}.` });
  // A message left from opening the same file before would answer too early.
  while ((await opened.count()) > 0) await opened.first().getByRole('button', { name: 'Dismiss message' }).click();
  await page.locator('[data-testid="open-file"]').setInputFiles(path);
  await opened.first().waitFor({ timeout });
  await viewportSettled(page, timeout);
}

/** Waits until the canvas has stopped moving (the fit after a layout is animated), so screen points stay true. */
export async function viewportSettled(page: Page, timeout = 30_000) {
  // The canvas is busy while a layout runs or the view is on its way to a fit.
  await page.locator('.canvas[aria-busy="false"]').waitFor({ timeout });
  const transform = () => page.locator('.react-flow__viewport').getAttribute('style');
  // Settled: the same transform in two samples 100 ms apart (a fit animates over about 300 ms).
  let before = await transform();
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    await page.waitForTimeout(100);
    const now = await transform();
    if (now === before) return;
    before = now;
  }
  throw new Error(`the canvas viewport was still moving after ${timeout} ms (last: ${before})`);
}

/** A screen point in the lane cell of a role (row) and an area (column), at fractions of its width and height. */
export async function cellPoint(
  page: Page,
  role: string,
  area: string,
  dy = 0.5,
  dx = 0.5,
): Promise<{ x: number; y: number }> {
  const row = page.locator(`.lane-grid__row[data-name="${role}"]`);
  const column = page.locator(`.lane-grid__column[data-name="${area}"]`);
  const r = (await row.boundingBox())!;
  const c = (await column.boundingBox())!;
  return { x: c.x + c.width * dx, y: r.y + r.height * dy };
}

/** Drags with the mouse in small steps, as a person would, so React Flow sees a real drag. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

export async function centre(locator: Locator) {
  const b = (await locator.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Drags a connection from a node's outgoing handle onto another node. */
export async function connectNodes(page: Page, sourceId: string, targetId: string) {
  await node(page, sourceId).hover();
  const handle = node(page, sourceId).locator('.react-flow__handle.source');
  await drag(page, await centre(handle), await centre(node(page, targetId)));
}

/** The field values the inspector shows for the selected element. */
export async function inspectorValue(page: Page, label: string): Promise<string> {
  return page.locator('.inspector').getByLabel(label, { exact: true }).inputValue();
}

export async function undoLabel(page: Page): Promise<string | null> {
  return page.locator('.header button[aria-label^="Undo"]').getAttribute('aria-label');
}

/** Unfolds the side panel where a narrow screen (1024 px) folded it away, as a person would with its rail. */
export async function showSidePanel(page: Page) {
  const rail = page.getByRole('button', { name: 'Show the side panel' });
  if (await rail.isVisible()) await rail.click();
}
