import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { importDocument } from '../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { fakeIo } from '../support/fake-io.ts';

const MODEL = 'models/reference/crm-bpo.json';

function model(text: string | undefined) {
  const result = importDocument(text ?? '', crmBpoMetamodel);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.document;
}

describe('refmod export and import', () => {
  it('exports every format', async () => {
    const starts = {
      mermaid: /^flowchart TB\n/,
      er: /^erDiagram\n/,
      'csv-elements': /^id,type,name,/,
      'csv-relations': /^id,type,source,target,label\r\n/,
      markdown: /^# CRM-in-BPO reference model\n/,
    };
    for (const [to, start] of Object.entries(starts)) {
      const io = fakeIo();
      expect(await main(['export', MODEL, '--to', to, '--direction', 'tb', '-o', 'out'], io.io)).toBe(0);
      expect(io.written.out).toMatch(start);
    }
  });

  it('leaves quality measures out of the flowchart when asked', async () => {
    const [all, lean] = [fakeIo(), fakeIo()];
    await main(['export', MODEL, '--to', 'mermaid'], all.io);
    await main(['export', MODEL, '--to', 'mermaid', '--no-measures'], lean.io);
    expect(all.text()).toContain('(["');
    expect(lean.text()).not.toContain('(["');
  });

  it('refuses unknown formats and directions', async () => {
    const io = fakeIo();
    expect(await main(['export', MODEL, '--to', 'pdf'], io.io)).toBe(2);
    expect(await main(['export', MODEL, '--to', 'mermaid', '--direction', 'up'], io.io)).toBe(2);
    expect(io.errors()).toBe(
      'refmod export: say --to json, --to mermaid, --to er, --to csv-elements, --to csv-relations, --to markdown, --to archimate, --to drawio, --to svg, --to png.\nrefmod export: --direction is one of LR, TB, RL, BT.',
    );
  });

  it('imports a Mermaid flowchart into a new model, telling which shapes became what and what it left out', async () => {
    const io = fakeIo({ 'order.mmd': 'flowchart LR\n  a[Take order] --> b{OK?}\n  b --> c(Order)\n  b -->\n' });
    expect(
      await main(['import', 'order.mmd', '--shapes', 'diamond=management-process', '-o', 'order.json'], io.io),
    ).toBe(0);
    const doc = model(io.written['order.json']);
    expect(doc.meta.name).toBe('order');
    expect(doc.elements.map((e) => [e.name, e.type])).toEqual([
      ['Take order', 'delivery-process'],
      ['OK?', 'management-process'],
      ['Order', 'data-record'],
    ]);
    expect(io.errors()).toBe(
      [
        'refmod import: 3 elements (0 already in the model), 2 relations, 0 areas, 0 roles; view "mermaid-import".',
        '  shape rect: 1 node (e.g. "Take order") became delivery-process; choose with --shapes rect=<type>',
        '  line 4: not imported: b --> (A node id was expected at "".)',
      ].join('\n'),
    );
  });

  it('round-trips the reference model through its CSV tables', async () => {
    const io = fakeIo();
    await main(['export', MODEL, '--to', 'csv-elements', '-o', 'elements.csv'], io.io);
    await main(['export', MODEL, '--to', 'csv-relations', '-o', 'relations.csv'], io.io);
    const back = fakeIo({ ...io.written });
    expect(await main(['import', 'relations.csv', 'elements.csv', '--into', MODEL, '-o', 'again.json'], back.io)).toBe(
      0,
    );
    const [original, again] = [model(io.io.readFile(MODEL)), model(back.written['again.json'])];
    expect(again.elements).toEqual(original.elements);
    expect(again.relations).toEqual(original.relations);
  });

  it('imports nothing and names row and column when a table is wrong', async () => {
    const io = fakeIo({ 'bad.csv': 'type,name\nwidget,A\n' });
    expect(await main(['import', 'bad.csv'], io.io)).toBe(2);
    expect(io.errors()).toBe(
      'refmod import: nothing imported; 1 problem:\n  bad.csv, row 2, column type: "widget" is not an element type of the CRM in BPO metamodel.',
    );
  });
});
