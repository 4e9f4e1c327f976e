import { describe, expect, it, vi } from 'vitest';
import { deleteElements, updateElement } from '../../src/core/commands/elements.ts';
import { setDataLanguage } from '../../src/core/i18n/data.ts';
import { createWorkbench } from '../../src/store/workbench.ts';
import { shippedModel } from '../support/models.ts';

const doc = shippedModel();
const first = doc.elements[0]!;

describe('the workbench store', () => {
  it('undoes and redoes commands, naming them', () => {
    const wb = createWorkbench(doc);
    const label = { id: 'element.rename-to', params: { name: 'it' } } as const;
    wb.perform(updateElement(first.id, { name: 'Changed' }, label));
    expect(wb.store.getState().history.past.at(-1)?.label).toBe(label);
    wb.undo();
    expect(wb.store.getState().history.document).toEqual(doc);
    wb.redo();
    expect(wb.store.getState().history.document.elements[0]!.name).toBe('Changed');
  });

  it('keeps the selection to what still exists after a deletion', () => {
    const wb = createWorkbench(doc);
    wb.select({ elements: [first.id, doc.elements[1]!.id] });
    wb.perform(deleteElements([first.id]));
    expect(wb.store.getState().selection.elements).toEqual([doc.elements[1]!.id]);
  });

  it('changes nothing in a read-only model and says why', () => {
    const wb = createWorkbench(doc);
    wb.store.setState({ readOnly: true });
    wb.perform(updateElement(first.id, { name: 'Changed' }));
    expect(wb.store.getState().history.document).toBe(doc);
    expect(wb.store.getState().notices.at(-1)?.message).toMatch(/read-only/);
  });

  it('says why it refuses an edit in the language the workbench is in', async () => {
    const wb = createWorkbench(doc);
    await setDataLanguage('de');
    try {
      wb.perform(updateElement(first.id, { name: 'n'.repeat(201) }));
      expect(wb.store.getState().history.document).toBe(doc);
      expect(wb.store.getState().notices.at(-1)?.message).toBe(
        'Ein Name darf höchstens 200 Zeichen haben; dieser hat 201.',
      );
      wb.store.setState({ readOnly: true });
      wb.perform(updateElement(first.id, { name: 'Changed' }));
      expect(wb.store.getState().notices.at(-1)?.message).toBe(
        'Dieses Modell ist schreibgeschützt geöffnet; die Änderung wurde nicht vorgenommen.',
      );
    } finally {
      await setDataLanguage('en');
    }
  });

  it('amends without an undo step, so Ctrl+Z undoes the user’s own work', () => {
    const wb = createWorkbench(doc);
    wb.amend(updateElement(first.id, { description: 'placed automatically' }));
    expect(wb.store.getState().history.past).toHaveLength(0);
    expect(wb.store.getState().history.document.elements[0]!.description).toBe('placed automatically');
  });

  it('opens another model with a fresh history and tells late work apart', () => {
    const wb = createWorkbench(doc);
    wb.perform(updateElement(first.id, { name: 'Changed' }));
    const before = wb.store.getState().openSeq;
    wb.open(doc);
    expect(wb.store.getState().history.past).toHaveLength(0);
    expect(wb.store.getState().openSeq).toBe(before + 1);
  });

  it('validates a model only while the page is idle, in slices, so its first screen never waits on it', async () => {
    const idle: IdleRequestCallback[] = [];
    let requests = 0;
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
      idle.push(callback);
      return ++requests;
    });
    try {
      const wb = createWorkbench(doc);
      await import('../../src/core/validation/index.ts');
      await new Promise((resolve) => setTimeout(resolve, 50));
      // The page is still busy drawing: no engine, no findings yet.
      expect(wb.store.getState().validation).toBeNull();
      // The page turns idle now and then, with 2 ms to spare each time: the engine loads, the first run goes step by step.
      const spare: IdleDeadline = { didTimeout: false, timeRemaining: () => 2 };
      await expect
        .poll(() => {
          for (const callback of idle.splice(0)) callback(spare);
          return wb.store.getState().validation !== null;
        })
        .toBe(true);
      expect(requests).toBeGreaterThan(2);
      expect(wb.store.getState().validation!.report.findings.length).toBeGreaterThan(0);
      // An edit is checked at once, without waiting for the page to be idle.
      const measured = doc.relations.find((r) => r.type === 'measures')!;
      const before = wb.store.getState().validation!.report.summary;
      wb.perform(deleteElements([measured.source]));
      expect(wb.store.getState().validation!.report.summary).not.toEqual(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('validates live once the engine has loaded, and again after each edit', async () => {
    const wb = createWorkbench(doc);
    await expect.poll(() => wb.store.getState().validation !== null).toBe(true);
    const errorsBefore = wb.store.getState().validation!.report.summary;
    const measured = doc.relations.find((r) => r.type === 'measures')!;
    wb.perform(deleteElements([measured.source]));
    expect(wb.store.getState().validation!.report.summary).not.toEqual(errorsBefore);
  });
});
