import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { exportDocument } from '../../src/core/io/json.ts';
import { newModel } from '../../src/core/method/new-model.ts';
import { launch, openWorkbench } from './support/browser.ts';
import { openModelFile, undoLabel } from './support/canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stepper = (page: Page) => page.getByRole('navigation', { name: /^Construction method/ });
const panel = (page: Page) => page.locator('#panel-method');
/** The accessible names of the stepper's steps: "Step n: short title, status" (the full title is their description). */
const steps = async (page: Page) => {
  const tree = await stepper(page).ariaSnapshot();
  return [...tree.matchAll(/button "(Step [^"]+)"/g)].map((m) => m[1]);
};
const current = (page: Page) => stepper(page).locator('[aria-current="step"] .stepper__title').textContent();

/** Dismisses the notices (a tour offer, step confirmations), which would otherwise cover what the test clicks next. */
async function closeNotices(page: Page) {
  const close = page.locator('.notice__close');
  for (let i = 0; i < 6 && (await close.count()); i++)
    await close
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
}

async function startNewModel(page: Page, name: string, method?: string) {
  await stepper(page).getByRole('button', { name: 'New model…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New model' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  if (method) await dialog.getByRole('radio', { name: new RegExp(method) }).check();
  await dialog.getByRole('button', { name: 'Create and start step 1' }).click();
  await dialog.waitFor({ state: 'detached' });
  await closeNotices(page);
}

/** Completes the step the panel shows; its gate must pass. */
async function completeStep(page: Page, title: string) {
  expect(await panel(page).locator('.step-panel__title h2').textContent()).toBe(title);
  const complete = panel(page).getByRole('button', { name: 'Complete step' });
  expect(await complete.isEnabled()).toBe(true);
  await complete.click();
  await closeNotices(page);
}

async function addGoal(
  page: Page,
  goal: { kind: string; perspective: string; text: string; rationale: string; acceptance: string },
) {
  const form = panel(page).getByRole('group', { name: 'New structural goal' });
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: goal.kind });
  await form.getByLabel('Perspective', { exact: true }).selectOption({ label: goal.perspective });
  await form.getByLabel('Goal', { exact: true }).fill(goal.text);
  await form.getByLabel('Rationale', { exact: true }).fill(goal.rationale);
  await form.getByLabel('Acceptance statement', { exact: true }).fill(goal.acceptance);
  await form.getByRole('button', { name: 'Add goal' }).click();
}

async function addFromCatalogue(page: Page, catalogue: string, process: string, cell: { role: string; area: string }) {
  const picker = panel(page).getByRole('group', { name: 'Add a process from a catalogue' });
  await picker.getByLabel('Catalogue', { exact: true }).selectOption({ label: catalogue });
  await picker.getByLabel('Filter catalogue processes', { exact: true }).fill(process.split(' ')[0]!);
  await picker.getByRole('button', { name: new RegExp(`^${process}`) }).click();
  const chosen = picker.getByRole('group', { name: `Add ${process}` });
  await chosen.getByLabel('Role', { exact: true }).selectOption({ label: cell.role });
  await chosen.getByLabel('Area', { exact: true }).selectOption({ label: cell.area });
  await chosen.getByRole('button', { name: 'Add to cell' }).click();
}

/** Opens the card of a process in step 3. */
async function processCard(page: Page, name: string): Promise<Locator> {
  const card = panel(page).locator('.editor__card', {
    has: page.locator('.editor__card-title', { hasText: new RegExp(`^${name}$`) }),
  });
  if (!(await card.locator('details').getAttribute('open'))) await card.locator('summary').click();
  return card;
}

async function linkNewObject(
  card: Locator,
  object: { direction: string; type: string; name: string; role: string; area: string },
) {
  await card.getByRole('button', { name: '+ Input or output object' }).click();
  const form = card.getByRole('group', { name: /^Link a business object/ });
  await form.getByLabel('Direction', { exact: true }).selectOption({ label: object.direction });
  await form.getByLabel('Type', { exact: true }).selectOption({ label: object.type });
  await form.getByLabel('Name', { exact: true }).fill(object.name);
  await form.getByLabel('Role', { exact: true }).selectOption({ label: object.role });
  await form.getByLabel('Area', { exact: true }).selectOption({ label: object.area });
  await form.getByRole('button', { name: 'Link object' }).click();
}

const GOALS = [
  {
    kind: 'Purpose',
    perspective: 'Client',
    text: 'Show the client which CRM processes the provider runs for it',
    rationale: 'The client keeps a small CRM unit that steers the provider',
    acceptance: 'Every provider process sits in a cell and carries a quality measure',
    process: 'Implement new client programmes',
  },
  {
    kind: 'Target users',
    perspective: 'Customer',
    text: 'Show where the end customer meets the service',
    rationale: 'Customers judge the client by the service the provider gives',
    acceptance: 'The customer view shows every object the customer hands over',
    process: 'Manage service',
  },
  {
    kind: 'Scope boundary',
    perspective: 'Internal (provider)',
    text: "Cover the provider's COPC key processes with their required metrics",
    rationale: 'COPC-2000 is the standard the provider is audited against',
    acceptance: 'Every COPC process carries the metrics COPC requires for it',
    process: 'Implement new client programmes',
  },
];

describe('the construction method, from an empty model to a validated one', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openWorkbench(browser));
    await closeNotices(page);
  });

  it('starts a new model at step 1, whose gate refuses completion while it finds errors', async () => {
    await startNewModel(page, 'Example Bank CRM');
    expect(await page.locator('.header h1').textContent()).toBe('Example Bank CRM');
    expect(await steps(page)).toEqual([
      'Step 1: Structural goals, In progress',
      'Step 2: Macro structure, Not started',
      'Step 3: Process structure, Not started',
      'Step 4: Design goals, Not started',
      'Step 5: Design structure, Not started',
    ]);
    expect(
      await stepper(page)
        .getByRole('group')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
    ).toEqual(['Structural phase', 'Graphical phase']);
    expect(await stepper(page).locator('.stepper__progress').textContent()).toContain('0 of 5 steps done');
    expect(await panel(page).getByRole('button', { name: 'Complete step' }).isDisabled()).toBe(true);
    expect(await panel(page).locator('.step-actions__blocked').textContent()).toMatch(/find 1 error/);
    // The palette follows the step: goals only, until the user lifts it.
    expect(await page.locator('.palette__item', { hasText: /^Objective$/ }).isEnabled()).toBe(true);
    expect(await page.locator('.palette__item', { hasText: /^Inquiry$/ }).isDisabled()).toBe(true);
  });

  it('step 1: sets testable goals for the client, customer and internal perspectives', async () => {
    for (const goal of GOALS) await addGoal(page, goal);
    expect(await panel(page).getByLabel('Perspectives covered', { exact: true }).textContent()).toBe(
      '✓ Client covered✓ Customer covered✓ Internal (provider) covered',
    );
    expect(await panel(page).locator('.gate__rule--pass').count()).toBe(3);
    expect(await undoLabel(page)).toBe('Undo: Add structural goal');
    await completeStep(page, 'Set structural goals');
    expect((await steps(page)).slice(0, 2)).toEqual([
      'Step 1: Structural goals, Done',
      'Step 2: Macro structure, In progress',
    ]);
  });

  it('step 2: keeps the default areas and roles, shown in the framework grid', async () => {
    const names = (group: string) =>
      panel(page)
        .getByRole('group', { name: group })
        .locator('.lanes__line input[type="text"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await panel(page).getByRole('group', { name: 'Areas' }).waitFor();
    expect(await names('Areas')).toEqual(['Sales', 'Management', 'Operations']);
    expect(await names('Roles')).toEqual(['Client', 'Provider', 'Customer']);
    expect(await panel(page).locator('.framework__grid tbody th').allTextContents()).toEqual([
      'Client',
      'Provider',
      'Customer',
    ]);
    await completeStep(page, 'Set macro structure');
  });

  it('step 3: adds two catalogue processes into cells, each with a business object and a quality measure', async () => {
    await addFromCatalogue(page, 'COPC-2000 key processes and required metrics', GOALS[0]!.process, {
      role: 'Provider',
      area: 'Sales',
    });
    expect(await undoLabel(page)).toBe('Undo: Add Implement new client programmes with 1 measure');
    await addFromCatalogue(page, 'CRM processes (Geib et al. 2005)', 'Manage service', {
      role: 'Provider',
      area: 'Operations',
    });
    expect(await panel(page).locator('.editor__card-title').allTextContents()).toEqual([
      GOALS[0]!.process,
      'Manage service',
    ]);

    const copc = await processCard(page, GOALS[0]!.process);
    await linkNewObject(copc, {
      direction: 'Output',
      type: 'Plan / Schedule',
      name: 'Programme plan',
      role: 'Client',
      area: 'Management',
    });
    expect(await undoLabel(page)).toBe(`Undo: Link Programme plan as output of ${GOALS[0]!.process}`);
    await copc.getByLabel(GOALS[0]!.text, { exact: true }).check();
    await copc.getByLabel(GOALS[2]!.text, { exact: true }).check();
    expect(await copc.locator('.editor__served', { hasText: 'Measures' }).textContent()).toContain(
      'On-time programme set-up',
    );

    const service = await processCard(page, 'Manage service');
    await linkNewObject(service, {
      direction: 'Input',
      type: 'Inquiry',
      name: 'Customer inquiry',
      role: 'Customer',
      area: 'Operations',
    });
    await service.getByRole('button', { name: '+ Quality measure' }).click();
    const measure = service.getByRole('group', { name: /^Attach a quality measure/ });
    await measure.getByLabel('Name', { exact: true }).fill('First-contact resolution rate');
    await measure.getByLabel('Metric category', { exact: true }).selectOption('Accuracy');
    await measure.getByRole('button', { name: 'Attach measure' }).click();
    expect(await undoLabel(page)).toBe('Undo: Measure Manage service by First-contact resolution rate');
    await service.getByLabel(GOALS[1]!.text, { exact: true }).check();

    expect(await panel(page).locator('.gate__rule--error, .gate__rule--warning').count()).toBe(0);
    // Two processes and two objects on the canvas; each process carries its measure as a chip.
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    expect(await page.locator('.el-chip--measures').allTextContents()).toEqual(['1 measure', '1 measure']);
    await completeStep(page, 'Set process structure');
  });

  it('step 4: adds a naming rule, tried on a name first', async () => {
    const rules = panel(page).getByRole('group', { name: 'Naming rules' });
    expect(await panel(page).locator('.gate__rule--warning').textContent()).toMatch(
      /The design goals define naming rules/,
    );
    await rules.getByRole('button', { name: 'Objects: capitalised noun' }).click();
    await rules.getByLabel('Test a name', { exact: true }).fill('customer inquiry');
    expect(await rules.getByRole('status').first().textContent()).toContain('“customer inquiry” breaks the rule');
    await rules.getByLabel('Test a name', { exact: true }).fill('Customer inquiry');
    expect(await rules.getByRole('status').first().textContent()).toContain('“Customer inquiry” follows the rule');
    await rules.getByRole('button', { name: 'Add rule' }).click();
    expect(await rules.locator('.rule__status').first().textContent()).toContain('Every name in the model follows it.');
    await completeStep(page, 'Set design goals');
  });

  it('step 5: builds a client view from a checklist, and customer and internal views from a perspective filter', async () => {
    await panel(page).getByRole('button', { name: 'Create the client view' }).click();
    const builder = panel(page).getByRole('group', { name: 'New client view' });
    for (const name of [GOALS[0]!.process, 'On-time programme set-up', 'Programme plan'])
      await builder.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
    await builder.getByRole('button', { name: 'Create view' }).click();
    expect(await page.getByRole('tab', { name: /Client view/ }).getAttribute('aria-selected')).toBe('true');
    await page.locator('.layout-progress').waitFor({ state: 'detached', timeout: 30_000 });
    // The process and its output; the measure is folded into the process as a chip.
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(2);
    expect(await page.locator('.el-chip--measures').textContent()).toBe('1 measure');
    const legend = panel(page).getByRole('region', { name: 'Legend of Client view' });
    expect(await legend.textContent()).toMatch(
      /Business object.*Process.*Quality measure.*Role: Client.*Role: Provider.*produces.*measures/,
    );

    for (const reader of ['customer', 'internal']) {
      await panel(page)
        .getByRole('button', { name: `Create the ${reader} view` })
        .click();
      const form = panel(page).getByRole('group', { name: `New ${reader} view` });
      await form.getByRole('button', { name: 'Tick these' }).click();
      await form.getByRole('button', { name: 'Create view' }).click();
    }
    expect(await page.getByRole('tab').filter({ hasText: /view/ }).allTextContents()).toEqual([
      'Client view3',
      'Customer view2',
      'Internal view6',
    ]);
    await completeStep(page, 'Set design structure');
  });

  it('ends with every gate green, every step done, and the method log telling the story', async () => {
    expect(await steps(page)).toEqual([
      'Step 1: Structural goals, Done',
      'Step 2: Macro structure, Done',
      'Step 3: Process structure, Done',
      'Step 4: Design goals, Done',
      'Step 5: Design structure, Done',
    ]);
    expect(await stepper(page).locator('.stepper__progress').textContent()).toContain('5 of 5 steps done');
    expect(await panel(page).locator('.step-actions').textContent()).toContain('Completed: the gate passes');
    for (let n = 1; n <= 5; n++) {
      await stepper(page)
        .getByRole('button', { name: new RegExp(`^Step ${n}:`) })
        .click();
      expect(await panel(page).locator('.gate__rule--error').count()).toBe(0);
      expect(await panel(page).locator('.gate__rule--warning').count()).toBe(0);
    }
    await panel(page).locator('.method-log summary').click();
    const log = await panel(page).locator('.method-log__entry strong').allTextContents();
    expect(log.filter((a) => a === 'completed')).toHaveLength(5);
    expect(errors).toEqual([]);
  });
});

describe('another method file drives the stepper', () => {
  it("starts a model with Schütte's method and shows its own phases and steps", async () => {
    const { page, errors, context } = await openWorkbench(browser);
    await closeNotices(page);
    await startNewModel(page, 'Schütte trial', "Schütte's reference-modelling process");
    expect(
      await stepper(page)
        .getByRole('group')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
    ).toEqual(['Construction phase', 'Application phase']);
    expect(await steps(page)).toEqual([
      'Step 1: Define the problem, In progress',
      'Step 2: Construct the reference-model frame, Not started',
      'Step 3: Construct the reference-model structure, Not started',
      'Step 4: Complete the model, Not started',
      'Step 5: Apply the model, Not started',
    ]);
    expect(await panel(page).locator('.step-panel__title h2').textContent()).toBe('Define the problem');
    // The stepper is a keyboard toolbar: arrows move between steps, Enter goes to one.
    await stepper(page)
      .getByRole('button', { name: /^Step 1:/ })
      .focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await current(page)).toBe('Construct the reference-model frame');
    expect(await panel(page).locator('.step-panel__kicker').textContent()).toBe('Step 2 of 5 · Construction phase');
    expect(await panel(page).getByRole('region', { name: 'Processes in the framework' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes an opened model at the step where it was left', async () => {
    const made = newModel({ name: 'Resumed model', now: '2025-01-01T00:00:00.000Z' });
    if (!made.ok) throw new Error(made.message);
    const doc = made.document;
    const left = {
      ...doc,
      method: {
        ...doc.method,
        currentStep: 'process-structure',
        steps: {
          'structural-goals': 'done' as const,
          'macro-structure': 'done-with-warnings' as const,
          'process-structure': 'in-progress' as const,
        },
      },
    };
    const file = join(mkdtempSync(join(tmpdir(), 'refmod-method-')), 'resumed.json');
    writeFileSync(file, exportDocument(left));
    const { page, context } = await openWorkbench(browser);
    await openModelFile(page, file);
    expect(await current(page)).toBe('Process structure');
    // Step 1 has no goals, so its gate fails again; step 2's gate passes without warnings now.
    expect((await steps(page)).slice(0, 3)).toEqual([
      'Step 1: Structural goals, Gate fails again',
      'Step 2: Macro structure, Done',
      'Step 3: Process structure, In progress',
    ]);
    expect(await stepper(page).locator('.stepper__progress').textContent()).toContain('1 of 5 steps done');
    await context.close();
  });
});
