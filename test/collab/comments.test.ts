import { describe, expect, it } from 'vitest';
import { perform, startHistory } from '../../src/core/commands/history.ts';
import { exportDocument, importDocument } from '../../src/core/io/json.ts';
import { modelReport } from '../../src/core/io/model-report.ts';
import { crmBpoMetamodel as metamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { reply, setResolved, startThread } from '../../src/collab/comments.ts';
import { dotsLeft, promoteNote, addNote, vote } from '../../src/collab/board.ts';
import { checkEdit } from '../../src/core/commands/command.ts';
import type { Edit } from '../../src/core/commands/history.ts';
import type { RefDocument } from '../../src/core/model/schema.ts';
import { shippedModel } from '../support/models.ts';

const shipped = shippedModel();
const lead = shipped.elements.find((e) => e.id === 'lead')!;

function apply(doc: RefDocument, ...edits: Edit[]): RefDocument {
  let history = startHistory(doc);
  for (const e of edits) {
    const checked = checkEdit(history.document, metamodel, e);
    if (!checked.ok) throw new Error(checked.message);
    history = perform(history, e);
  }
  return history.document;
}

describe('comments in the model', () => {
  const commented = apply(
    shipped,
    startThread(
      { kind: 'element', id: lead.id },
      { author: 'Anna', text: 'Is a lead the client’s or the provider’s?', at: '2026-03-01T10:00:00Z' },
      { thread: 't-lead', message: 'm-1' },
    ),
    reply('t-lead', { author: 'Ben', text: 'The client’s; the provider works it.', at: '2026-03-01T10:05:00Z' }, 'm-2'),
    setResolved('t-lead', true),
    startThread(
      { kind: 'model' },
      { author: 'Rita', text: 'Cite COPC-2000 in the scope.', at: '2026-03-02T09:00:00Z' },
    ),
  );

  it('travel in the file and come back unchanged', () => {
    const text = exportDocument(commented);
    const read = importDocument(text, metamodel);
    expect(read.ok && read.document.comments).toEqual(commented.comments);
    expect(read.ok && exportDocument(read.document)).toBe(text);
  });

  it('keep old files valid: a model without comments or board reads as before', () => {
    const read = importDocument(exportDocument(shipped), metamodel);
    expect(read.ok && 'comments' in read.document).toBe(false);
  });

  it('appear in the model report, open threads first, each under what it is about', () => {
    const report = modelReport(commented);
    const section = report.slice(report.indexOf('## Comments'));
    expect(section).toMatch(/### The model \(open\)\n\n- \*\*Rita\*\*, 2026-03-02: Cite COPC-2000 in the scope\./);
    expect(section).toContain(`### ${lead.name} (resolved)`);
    expect(section.indexOf('The model (open)')).toBeLessThan(section.indexOf(`${lead.name} (resolved)`));
    expect(section).toContain('- **Ben**, 2026-03-01: The client’s; the provider works it.');
  });

  it('refuse an empty comment with the schema’s sentence', () => {
    const checked = checkEdit(
      shipped,
      metamodel,
      startThread({ kind: 'model' }, { author: 'A', text: '  ', at: '2026-03-01T10:00:00Z' }),
    );
    expect(checked).toMatchObject({ ok: false, message: 'A comment cannot be empty.' });
  });
});

describe('the brainstorm board', () => {
  it('limits each person’s dots and promotes a note into a typed element that keeps the note', () => {
    let doc = apply(shipped, addNote('Call-back request', 'Anna', { role: 'customer', area: 'operations' }));
    const note = doc.board!.notes[0]!;
    for (let i = 0; i < 3; i++) {
      const step = vote(doc, note.id, 'Ben', 1);
      if ('ok' in step) throw new Error(step.message);
      doc = apply(doc, step);
    }
    expect(dotsLeft(doc, 'Ben')).toBe(0);
    const fourth = vote(doc, note.id, 'Ben', 1);
    expect('ok' in fourth && fourth.message).toMatch(/used all your 3 dots/);
    const promote = promoteNote(doc, metamodel, note.id, 'contact', note.text);
    if ('ok' in promote) throw new Error(promote.message);
    doc = apply(doc, promote);
    const element = doc.elements.at(-1)!;
    expect(element).toMatchObject({ type: 'contact', role: 'customer', area: 'operations', name: 'Call-back request' });
    expect(element.provenance.note).toBe('Brainstorm note by Anna: "Call-back request"');
    expect(doc.board!.notes[0]!.promotedTo).toBe(element.id);
    expect(promoteNote(doc, metamodel, note.id, 'contact', 'again')).toMatchObject({ ok: false });
    expect(promoteNote(shipped, metamodel, 'n-none', 'no-such-type', 'x')).toMatchObject({ ok: false });
  });
});
