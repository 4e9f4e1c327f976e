import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementsToCsv, importCsv, parseCsv, relationsToCsv, writeCsv } from '../../../src/core/io/csv.ts';
import { importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { blankDocument, sampleDocument } from './sample-document.ts';

const reference = (() => {
  const result = importDocument(readFileSync('models/reference/crm-bpo.json', 'utf8'), crmBpoMetamodel);
  if (!result.ok) throw new Error('the reference model does not import');
  return result.document;
})();

function imported(tables: { elements?: string; relations?: string }, into: RefDocument = blankDocument()) {
  const result = importCsv(tables, into);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

// Text that needs every kind of CSV quoting, and property values of every kind.
const tricky = sampleDocument({
  elements: [
    {
      id: 'q1',
      type: 'quality-measure',
      name: 'Service level, "80/20"',
      description: 'Line one\nLine two; with ; and ,',
      area: 'operations',
      role: 'provider',
      optional: true,
      properties: { metricCategory: 'On Time', copcMetric: 30, target: '80 % in 20 s', unit: '%' },
      provenance: { note: 'Grüße, 고객', confidence: 'high', status: 'agreed' },
    },
    {
      id: 'd1',
      type: 'data-record',
      name: 'Kundendaten',
      area: null,
      role: 'client',
      properties: { owner: 'client', personalData: true },
    },
    { id: 'p1', type: 'delivery-process', name: 'Serve', area: 'operations', role: 'provider' },
  ],
  relations: [
    { id: 'r1', type: 'measures', source: 'q1', target: 'p1', label: 'weekly, "strict"' },
    { id: 'r2', type: 'input', source: 'd1', target: 'p1' },
  ],
});

describe('CSV export and import', () => {
  it('writes RFC 4180: a header row, CRLF line ends, quotes only where needed, properties as prop:<key> columns', () => {
    const csv = elementsToCsv(tricky);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'id,type,name,description,area,role,optional,goals,source,note,confidence,status,prop:copcMetric,prop:metricCategory,prop:owner,prop:personalData,prop:target,prop:unit',
    );
    expect(lines[1]).toBe(
      'q1,quality-measure,"Service level, ""80/20""","Line one\nLine two; with ; and ,",operations,provider,true,,,"Grüße, 고객",high,agreed,30,On Time,,,80 % in 20 s,%',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(relationsToCsv(tricky)).toBe(
      'id,type,source,target,label\r\nr1,measures,q1,p1,"weekly, ""strict"""\r\nr2,input,d1,p1,\r\n',
    );
  });

  it('reads back exactly what it wrote', () => {
    for (const doc of [tricky, reference]) {
      const empty = { ...doc, elements: [], relations: [], views: [] };
      const result = imported({ elements: elementsToCsv(doc), relations: relationsToCsv(doc) }, empty);
      expect(result.document.elements).toEqual(doc.elements);
      expect(result.document.relations).toEqual(doc.relations);
      expect(result.added).toEqual({
        elements: doc.elements.length,
        updated: 0,
        relations: doc.relations.length,
        lanes: 0,
      });
    }
  });

  it('parses quoted cells, blank lines, a byte order mark and the semicolon spreadsheets use in German', () => {
    expect(parseCsv('\ufeffa;b\r\n"x;1";"say ""hi""\nthere"\n\n3;\n')).toEqual({
      ok: true,
      rows: [['a', 'b'], ['x;1', 'say "hi"\nthere'], [''], ['3', '']],
    });
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toMatchObject({
      ok: false,
      row: 2,
      message: 'A quoted cell is never closed with ".',
    });
    expect(parseCsv('a,b\n"x"y,1\n')).toMatchObject({
      ok: false,
      row: 2,
      message: 'A quoted cell must end at the separator or the end of the line.',
    });
  });

  it('creates the areas and roles a table names, matching existing ones by id or name', () => {
    const csv =
      'type,name,area,role\ndelivery-process,Sell,sales,Provider\ndelivery-process,Bill,Back office,provider\ndelivery-process,Ship,back office,\n';
    const result = imported({ elements: csv }, sampleDocument());
    expect(result.document.elements.map((e) => [e.id, e.area, e.role])).toEqual([
      ['Sell', 'sales', 'provider'],
      ['Bill', 'Back-office', 'provider'],
      ['Ship', 'Back-office', null],
    ]);
    expect(result.document.macroStructure.areas.at(-1)).toEqual({
      id: 'Back-office',
      name: 'Back office',
      colour: '#777777',
      description: '',
    });
    expect(result.added.lanes).toBe(1);
  });

  it('replaces elements with the same id, and picks the relation type the metamodel allows when none is given', () => {
    const into = imported(
      { elements: elementsToCsv(tricky), relations: relationsToCsv(tricky) },
      { ...tricky, elements: [], relations: [] },
    ).document;
    const result = imported(
      { elements: 'id,type,name\np1,analysis-process,Analyse\n', relations: 'source,target\nd1,p1\np1,d1\n' },
      into,
    );
    expect(result.document.elements.find((e) => e.id === 'p1')).toMatchObject({
      type: 'analysis-process',
      name: 'Analyse',
      area: null,
    });
    expect(result.document.relations.slice(-2).map((r) => [r.id, r.type])).toEqual([
      ['rel-d1-p1', 'input'],
      ['rel-p1-d1', 'output'],
    ]);
    expect(result.added).toEqual({ elements: 0, updated: 1, relations: 2, lanes: 0 });
  });

  it('reports every problem with its table, row and column, and changes nothing', () => {
    const elements = ['id,type,name,optional,goals,prop:target,colour', 'a,account,A,maybe,,,'].join('\n');
    expect(importCsv({ elements }, blankDocument())).toMatchObject({
      ok: false,
      errors: [
        {
          table: 'elements',
          row: 1,
          column: 'colour',
          message:
            'Refmod does not know the column "colour". Columns: id, type, name, description, area, role, optional, goals, source, note, confidence, status, prop:<key>.',
        },
      ],
    });
    const rows = [
      'id,type,name,optional,goals,prop:copcMetric',
      'a,account,A,maybe,,',
      'b,widget,B,,,',
      'c,quality-measure,,,,eighty',
      'd,account,D,,g9,',
    ].join('\n');
    const result = importCsv({ elements: rows, relations: 'type,source,target\nflow,a,zz\n' }, blankDocument());
    expect(result.ok ? [] : result.errors.map((e) => [e.table, e.row, e.column])).toEqual([
      ['elements', 2, 'optional'],
      ['elements', 3, 'type'],
      ['elements', 4, 'prop:copcMetric'],
      ['elements', 4, 'name'],
      ['relations', 2, 'target'],
    ]);
    expect(importCsv({ relations: 'id,type\nr,flow\n' }, blankDocument())).toMatchObject({
      ok: false,
      errors: [{ column: 'source' }, { column: 'target' }],
    });
  });

  it('leaves out goals and sources the model does not have, with a warning per row', () => {
    const result = imported(
      { elements: 'id,type,name,goals,source\nd,account,D,g1 g9,nowhere\n' },
      sampleDocument({ structuralGoals: [{ id: 'g1', kind: 'purpose', text: 'Purpose', perspective: 'all' }] }),
    );
    expect(result.document.elements[0]).toMatchObject({ goals: ['g1'], provenance: { note: '' } });
    expect(result.document.elements[0]!.provenance.source).toBeUndefined();
    expect(result.warnings).toMatchObject([
      {
        table: 'elements',
        row: 2,
        column: 'goals',
        message: 'The model has no structural goal "g9"; the reference is left out.',
      },
      {
        table: 'elements',
        row: 2,
        column: 'source',
        message: 'The model has no source "nowhere"; the reference is left out.',
      },
    ]);
  });

  // OWASP's CSV injection advice: such cells are quoted and prefixed with an apostrophe, so no cell starts with them.
  const formulas = [
    '=HYPERLINK("http://evil.example","Click")',
    '+1+2',
    '-2+3',
    '@SUM(A1:A9)',
    "'=already quoted",
    '\tTabbed',
    'Plain',
  ];

  it('writes no cell that a spreadsheet would run as a formula, and reads the names back', () => {
    const doc = sampleDocument({
      elements: formulas.map((name, i) => ({
        id: `e${i}`,
        type: 'delivery-process',
        name,
        description: name,
        area: null,
        role: null,
      })),
      relations: [{ id: 'r1', type: 'flow', source: 'e0', target: 'e1', label: '=1+1' }],
    });
    for (const separator of [',', ';'] as const) {
      const tables = { elements: elementsToCsv(doc, { separator }), relations: relationsToCsv(doc, { separator }) };
      for (const csv of Object.values(tables)) {
        const cellStarts = csv
          .split(/\r\n/)
          .flatMap((line) => line.split(separator))
          .map((c) => c.replace(/^"/, ''));
        expect(cellStarts.filter((c) => /^[=+\-@\t]/.test(c))).toEqual([]);
      }
      expect(tables.elements).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
      const back = imported(tables, { ...doc, elements: [], relations: [] }).document;
      expect(back.elements.map((e) => e.name)).toEqual(formulas.map((f) => f.trim()));
      expect(back.relations[0]!.label).toBe('=1+1');
    }
  });

  it('writes either separator and a byte-order mark on request, numbers as they are', () => {
    expect(writeCsv([['a;b', '-1', -1, 'x']], { separator: ';', bom: true })).toBe(`\ufeff"a;b";"'-1";-1;x\r\n`);
    expect(writeCsv([['a;b', 'c,d']])).toBe('a;b,"c,d"\r\n');
    expect(parseCsv(writeCsv([formulas]))).toEqual({ ok: true, rows: [formulas] });
  });

  it('refuses a property column that model files refuse, naming it', () => {
    for (const key of ['constructor', '__proto__', 'prototype']) {
      const result = importCsv({ elements: `type,name,prop:${key}\ndelivery-process,Serve,x\n` }, blankDocument());
      expect(result).toMatchObject({
        ok: false,
        errors: [
          {
            table: 'elements',
            row: 1,
            column: `prop:${key}`,
            message: `A property cannot be called "${key}": model files refuse that name (it is reserved in JavaScript). Rename the column.`,
          },
        ],
      });
    }
  });
});
