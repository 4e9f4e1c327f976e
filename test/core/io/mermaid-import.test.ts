import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perform, startHistory, undo } from '../../../src/core/commands/history.ts';
import { importDocument } from '../../../src/core/io/json.ts';
import { toMermaid } from '../../../src/core/io/mermaid.ts';
import { importMermaid } from '../../../src/core/io/mermaid-import.ts';
import { parseFlowchart } from '../../../src/core/io/mermaid-parse.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { blankDocument, everyCategory, sampleDocument } from './sample-document.ts';

function imported(text: string, into: RefDocument = blankDocument(), shapeTypes?: Record<string, string>) {
  const result = importMermaid(text, into, { shapeTypes });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result;
}

const reference = (() => {
  const result = importDocument(readFileSync('models/reference/crm-bpo.json', 'utf8'), crmBpoMetamodel);
  if (!result.ok) throw new Error('the reference model does not import');
  return result.document;
})();

describe('Mermaid import', () => {
  it('rebuilds an exported model in a new document: names, categories, lanes and relation types', () => {
    const result = imported(toMermaid(reference));
    const doc = result.document;
    const category = (type: string) => crmBpoMetamodel.categoryOf(type)?.id;
    const laneName = (d: RefDocument, kind: 'areas' | 'roles', id: string | null) =>
      d.macroStructure[kind].find((l) => l.id === id)?.name ?? null;
    const summary = (d: RefDocument) =>
      d.elements
        .map((e) => [e.name, category(e.type), laneName(d, 'areas', e.area), laneName(d, 'roles', e.role)])
        .sort();
    expect(summary(doc)).toEqual(summary(reference));
    const names = (d: RefDocument) => new Map(d.elements.map((e) => [e.id, e.name]));
    const relations = (d: RefDocument) =>
      d.relations.map((r) => `${names(d).get(r.source)} ${r.type} ${names(d).get(r.target)}`).sort();
    expect(relations(doc)).toEqual(relations(reference));
    expect(result.questions).toEqual([]);
    expect(result.unsupported).toEqual([]);
    expect(result.added).toMatchObject({
      elements: reference.elements.length,
      matched: 0,
      relations: reference.relations.length,
      areas: 3,
      roles: 3,
    });
    expect(doc.views).toEqual([
      expect.objectContaining({
        id: 'mermaid-import',
        name: 'Imported from Mermaid',
        elements: doc.elements.map((e) => e.id),
      }),
    ]);
  });

  it('links a re-imported export to the elements it came from instead of copying them', () => {
    const doc = everyCategory();
    doc.elements[0]!.id = 'end'; // exported as n_end
    doc.relations[0]!.source = 'end';
    const result = imported(toMermaid(doc), doc);
    expect(result.added).toMatchObject({ elements: 0, matched: doc.elements.length, relations: 0, areas: 0, roles: 0 });
    expect(result.document.elements).toEqual(doc.elements);
    expect(result.ignored.filter((s) => s.reason === 'a relation the model already has')).toHaveLength(
      doc.relations.length,
    );
  });

  it('asks which element type shapes without a fixed meaning become, and uses the answers', () => {
    const text = 'flowchart LR\n  a[Take order] --> b{Valid?}\n  b --> c[Ship]\n  d[(CRM)]\n';
    const first = imported(text);
    expect(first.questions).toEqual([
      { shape: 'rect', nodes: 2, examples: ['Take order', 'Ship'], suggested: 'delivery-process' },
      { shape: 'diamond', nodes: 1, examples: ['Valid?'], suggested: 'delivery-process' },
    ]);
    expect(first.document.elements.map((e) => e.type)).toEqual([
      'delivery-process',
      'delivery-process',
      'delivery-process',
      'operational-crm-system',
    ]);
    const answered = imported(text, blankDocument(), { diamond: 'management-process', rect: 'support-process' });
    expect(answered.document.elements.map((e) => e.type)).toEqual([
      'support-process',
      'management-process',
      'support-process',
      'operational-crm-system',
    ]);
    expect(importMermaid(text, blankDocument(), { shapeTypes: { rect: 'widget' } })).toMatchObject({
      ok: false,
      errors: [{ line: 0, message: '"widget" is not an element type of the CRM in BPO metamodel.' }],
    });
  });

  it('chooses relation types by label, line style and what the metamodel allows', () => {
    const text = [
      'flowchart LR',
      '  inq("Inquiry") -->|is input to| svc[["Serve"]]',
      '  svc -- creates --> case("Case")',
      '  case -.-> inq',
      '  case --> inq',
      '  goal>"Loyalty"] --> inq',
      '  svc ~~~ case',
    ].join('\n');
    const result = imported(text);
    const r = result.document.relations.map((x) => [x.source, x.type, x.target, x.label]);
    expect(r).toEqual([
      ['inq', 'input', 'svc', ''],
      ['svc', 'output', 'case', 'creates'],
      ['case', 'refers-to', 'inq', ''],
      ['case', 'belongs-to', 'inq', ''],
    ]);
    expect(result.unsupported).toMatchObject([
      { line: 6, text: 'goal → inq', reason: crmBpoMetamodel.whyUnconnected('objective', 'data-record') },
    ]);
    expect(result.unsupported[0]!.reason).toMatch(
      /^No relation of the CRM in BPO metamodel goes from an Objective to a Data record/,
    );
    expect(result.ignored).toContainEqual(
      expect.objectContaining({ line: 7, text: 'svc → case', reason: 'an invisible link (layout only)' }),
    );
  });

  it('turns subgraphs into areas (nested ones into roles) and joins lanes the model already has', () => {
    const text =
      'flowchart TB\n  subgraph p[Provider]\n    subgraph s1[Back office]\n      a[[Bill]]\n    end\n  end\n  subgraph Sales\n    b[[Sell]]\n  end\n  subgraph empty\n  end\n';
    const result = imported(text, sampleDocument());
    const doc = result.document;
    const bill = doc.elements.find((e) => e.name === 'Bill')!;
    const sell = doc.elements.find((e) => e.name === 'Sell')!;
    expect([bill.role, bill.area, sell.role, sell.area]).toEqual(['provider', 's1', null, 'sales']);
    expect(doc.macroStructure.areas.map((a) => a.name)).toEqual(['Sales', 'Operations', 'Back office']);
    expect(result.added).toMatchObject({ areas: 1, roles: 0 });
    expect(result.ignored).toContainEqual(
      expect.objectContaining({ line: 10, text: 'subgraph empty', reason: 'a subgraph without nodes' }),
    );
  });

  it('lists styling as ignored and everything it cannot read as unsupported, line by line', () => {
    const text = [
      'flowchart LR',
      '  %% a comment',
      '  classDef hot fill:#f00',
      '  a --> b',
      '  class a hot',
      '  style b fill:#0f0',
      '  a -->',
      '  c[never closed',
      '  sub1 --> a',
      '  subgraph sub1',
      '    d',
      '  end',
      '  end',
    ].join('\n');
    const result = imported(text);
    expect(result.ignored.map((s) => [s.line, s.reason])).toEqual([
      [2, 'a comment'],
      [3, 'a class definition (styling)'],
      [5, 'a class assignment (styling)'],
      [6, 'a node style'],
    ]);
    expect(result.unsupported.map((s) => [s.line, s.text])).toEqual([
      [7, 'a -->'],
      [8, 'c[never closed'],
      [13, 'end'],
      [9, 'sub1 → a'],
    ]);
    expect(result.document.elements.map((e) => e.name)).toEqual(['a', 'b', 'd']);
  });

  it('refuses text that is not a flowchart', () => {
    expect(importMermaid('sequenceDiagram\n  A->>B: hi', blankDocument())).toMatchObject({
      ok: false,
      errors: [
        { line: 1, message: 'This is not a flowchart: it starts with "sequenceDiagram", not "flowchart" or "graph".' },
      ],
    });
    expect(importMermaid('  \n%% only a comment\n', blankDocument())).toMatchObject({
      ok: false,
      errors: [{ line: 1, message: 'The text is empty.' }],
    });
  });

  it('gives an undoable edit that makes exactly the returned document', () => {
    const into = everyCategory();
    const result = imported('flowchart LR\n  x1("New object") --> service', into);
    const history = perform(startHistory(into), result.edit);
    expect(history.document).toEqual(result.document);
    expect(undo(history).document).toEqual(into);
    expect(result.document.relations.at(-1)).toMatchObject({ source: 'x1', target: 'service', type: 'input' });
  });

  it('reads back every name its own export writes, whatever the user typed', () => {
    const parts = [
      '"',
      "'",
      '[',
      ']',
      '(',
      ')',
      '{',
      '}',
      '<b>',
      '&amp;',
      'end',
      '#',
      '#quot;',
      ';',
      ':',
      '|',
      '`',
      '%%',
      '-->',
      '😀',
      'Grüße',
      '한국어',
      ' ',
      'a',
      '\\',
      '/',
      'ﬂ°',
      '¶ß',
    ];
    const name = fc
      .array(fc.constantFrom(...parts), { minLength: 1, maxLength: 8 })
      .map((p) => p.join('').trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), (names) => {
        const doc = sampleDocument({
          elements: names.map((n, i) => ({ id: `e${i}`, type: 'account', name: n, area: 'sales', role: 'client' })),
        });
        const flow = parseFlowchart(toMermaid(doc));
        expect(flow.ok && flow.flowchart.nodes.map((n) => n.label)).toEqual(names);
        expect(imported(toMermaid(doc)).document.elements.map((e) => e.name)).toEqual(
          names.map((n) => n.replace(/\s+/g, ' ')),
        );
      }),
      { numRuns: 300 },
    );
  });
});
