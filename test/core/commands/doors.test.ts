import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { pasteFragment, type Fragment } from '../../../src/core/commands/clipboard.ts';
import { connect } from '../../../src/core/commands/elements.ts';
import { perform, startHistory } from '../../../src/core/commands/history.ts';
import { importCsv } from '../../../src/core/io/csv.ts';
import { importMermaid } from '../../../src/core/io/mermaid-import.ts';
import { crmBpoMetamodel as metamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { Element } from '../../../src/core/model/schema.ts';
import { fakeIo } from '../../support/fake-io.ts';
import { shippedModel } from '../../support/models.ts';

const MODEL = 'models/reference/crm-bpo.json';
const doc = shippedModel();
const element = (id: string) => doc.elements.find((e) => e.id === id)!;
// A lead "feeds" a product: "feeds" connects processes only.
const reason = metamodel.whyNot('flow', 'lead', 'product')!;
const forbidden = { id: 'r-lead-product', type: 'flow', source: 'lead', target: 'product', label: '' };

describe('every door refuses a relation the metamodel forbids, with core’s reason', () => {
  it('has a reason to give', () => {
    expect(reason).toMatch(/^A Lead cannot "feeds" a Product: .* Allowed between them: "belongs to", "refers to"\.$/);
  });

  it('the canvas: connect refuses it and changes nothing', () => {
    expect(connect(doc, metamodel, forbidden)).toMatchObject({ ok: false, message: reason });
    const allowed = connect(doc, metamodel, { ...forbidden, type: 'refers-to' });
    expect(allowed.ok && perform(startHistory(doc), allowed.edit).document.relations.at(-1)).toEqual({
      ...forbidden,
      type: 'refers-to',
    });
  });

  it('paste leaves it out with the reason, and the elements come in', () => {
    const fragment: Fragment = {
      refmod: 'fragment',
      elements: [element('lead'), element('product')],
      relations: [forbidden],
      positions: {},
    };
    const paste = pasteFragment(doc, fragment, 'full', metamodel);
    expect(paste.leftOut.map((l) => l.message)).toEqual([`A relation lead → product was not pasted: ${reason}`]);
    const after = perform(startHistory(doc), paste.edit).document;
    expect(after.elements).toHaveLength(doc.elements.length + 2);
    expect(after.relations).toEqual(doc.relations);
  });

  it('CSV import refuses it at its row and column', () => {
    const result = importCsv(
      { relations: 'id,type,source,target,label\r\nr-lead-product,flow,lead,product,\r\n' },
      doc,
      metamodel,
    );
    // The error also carries its message id, for the reader's language.
    expect(result).toMatchObject({
      ok: false,
      errors: [{ table: 'relations', row: 2, column: 'type', message: reason }],
    });
    expect(result.ok || result.errors).toHaveLength(1);
  });

  it('Mermaid import leaves out an edge labelled with that type, at its line', () => {
    const result = importMermaid('flowchart LR\n  lead -- feeds --> product', doc, { metamodel });
    expect(result.ok && result.unsupported).toMatchObject([{ line: 2, text: 'lead → product', reason }]);
    expect(result.ok && result.document.relations).toEqual(doc.relations);
  });

  it('the CLI refuses it from CSV (exit 2) and from Mermaid (listed on standard error)', async () => {
    const csv = fakeIo({ 'relations.csv': 'id,type,source,target,label\r\nr-lead-product,flow,lead,product,\r\n' });
    expect(await main(['import', 'relations.csv', '--into', MODEL], csv.io)).toBe(2);
    expect(csv.errors()).toContain(`relations.csv, row 2, column type: ${reason}`);
    const mermaid = fakeIo({ 'chart.mmd': 'flowchart LR\n  lead -- feeds --> product' });
    expect(await main(['import', 'chart.mmd', '--into', MODEL], mermaid.io)).toBe(0);
    expect(mermaid.errors()).toContain(`line 2: not imported: lead → product (${reason})`);
    expect((JSON.parse(mermaid.text()) as typeof doc).relations).toHaveLength(doc.relations.length);
  });
});

describe('a pasted fragment', () => {
  it('drops relations that point outside it, with a message, instead of relations to nowhere', () => {
    const fragment: Fragment = {
      refmod: 'fragment',
      elements: [element('lead')],
      relations: [{ ...forbidden, type: 'refers-to' }],
      positions: {},
    };
    const paste = pasteFragment(doc, fragment, 'full', metamodel);
    expect(paste.leftOut.map((l) => l.message)).toEqual([
      'A relation lead → product was not pasted: it points to an element outside the pasted ones.',
    ]);
    expect(perform(startHistory(doc), paste.edit).document.relations).toEqual(doc.relations);
  });

  it('gives copies distinct ids, and leaves out types this metamodel lacks and a second element with the same id', () => {
    const alien: Element = { ...element('lead'), id: 'alien', type: 'spaceship', name: 'Alien' };
    const twin = { ...element('lead'), name: 'Twin' };
    const fragment: Fragment = {
      refmod: 'fragment',
      elements: [element('lead'), { ...element('lead'), id: 'lead-2' }, alien, twin],
      relations: [],
      positions: {},
    };
    const paste = pasteFragment(doc, fragment, 'full', metamodel);
    expect(new Set(paste.ids).size).toBe(2);
    expect(paste.leftOut.map((l) => l.message)).toEqual([
      `"Alien" was not pasted: the ${metamodel.data.name} metamodel has no element type "spaceship".`,
      '"Twin" was not pasted: the copied elements hold the id "lead" twice.',
    ]);
  });

  it('clamps absurd positions to the format’s limit', () => {
    const fragment: Fragment = {
      refmod: 'fragment',
      elements: [element('lead')],
      relations: [],
      positions: { lead: { x: 9_999_990, y: -9_999_990 } },
    };
    const paste = pasteFragment(doc, fragment, 'client', metamodel);
    const view = perform(startHistory(doc), paste.edit).document.views.find((v) => v.id === 'client')!;
    expect(view.positions[paste.ids[0]!]).toEqual({ x: 10_000_000, y: -9_999_958 });
  });
});
