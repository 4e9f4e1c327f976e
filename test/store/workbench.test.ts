import { describe, expect, it } from 'vitest';
import { deleteElements, updateElement } from '../../src/core/commands/elements.ts';
import { createWorkbench } from '../../src/store/workbench.ts';
import { shippedModel } from '../support/models.ts';

const doc = shippedModel();
const first = doc.elements[0]!;

describe('the workbench store', () => {
  it('undoes and redoes commands, naming them', () => {
    const wb = createWorkbench(doc);
    wb.perform(updateElement(first.id, { name: 'Changed' }, 'Rename it'));
    expect(wb.store.getState().history.past.at(-1)?.label).toBe('Rename it');
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

  it('validates live once the engine has loaded, and again after each edit', async () => {
    const wb = createWorkbench(doc);
    await expect.poll(() => wb.store.getState().validation !== null).toBe(true);
    const errorsBefore = wb.store.getState().validation!.report.summary;
    const measured = doc.relations.find((r) => r.type === 'measures')!;
    wb.perform(deleteElements([measured.source]));
    expect(wb.store.getState().validation!.report.summary).not.toEqual(errorsBefore);
  });
});
