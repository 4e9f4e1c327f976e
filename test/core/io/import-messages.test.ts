import { afterAll, describe, expect, it } from 'vitest';
import { importDrawio } from '../../../src/core/exchange/drawio/import.ts';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { de } from '../../../src/core/i18n/de/index.ts';
import { imports } from '../../../src/core/i18n/en/imports.ts';
import { ko } from '../../../src/core/i18n/ko/index.ts';
import { importMessage, reasonMessage } from '../../../src/core/i18n/say.ts';
import { importCsv } from '../../../src/core/io/csv.ts';
import { importMermaid } from '../../../src/core/io/mermaid-import.ts';
import { relationNotAllowed, relationUnconnected } from '../../../src/core/io/relation-refusal.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { blankDocument } from './sample-document.ts';

const FLOWCHART = [
  'flowchart LR',
  '  %% a comment',
  '  goal{{"Goal"}}',
  '  inq[("Inquiry")]',
  '  goal --> inq',
  '  classDef hot fill:#f00',
  '  a --> ',
  'end',
].join('\n');

function reasons(language: 'en' | 'de' | 'ko') {
  const result = importMermaid(FLOWCHART, blankDocument(), {
    metamodel: crmBpoMetamodel,
    shapeTypes: { hexagon: 'objective' },
  });
  if (!result.ok) throw new Error('the flowchart imports');
  const say = (s: (typeof result.unsupported)[number]) => `${s.line}: ${reasonMessage(s, crmBpoMetamodel, language)}`;
  return [...result.unsupported.map(say), ...result.ignored.map(say)];
}

afterAll(() => setDataLanguage('en'));

describe('import messages in German and Korean', () => {
  it('no language misses a message or has one English does not', () => {
    expect(Object.keys(de.imports).sort()).toEqual(Object.keys(imports).sort());
    expect(Object.keys(ko.imports).sort()).toEqual(Object.keys(imports).sort());
  });

  it('a Mermaid import lists the lines it leaves out and why in English, German and Korean', async () => {
    await setDataLanguage('de');
    const german = reasons('de');
    expect(german).toContain('7: Bei „“ wurde eine Knoten-ID erwartet.');
    expect(german).toContain('8: Ein „end“ ohne offenen Subgraphen.');
    expect(german).toContain('2: ein Kommentar');
    expect(german).toContain('6: eine Klassendefinition (Gestaltung)');
    expect(german.find((r) => r.startsWith('5: '))).toMatch(/^5: Keine Beziehung des Metamodells .* führt von /);
    await setDataLanguage('ko');
    const korean = reasons('ko');
    expect(korean).toContain('7: "" 위치에 노드 ID가 와야 합니다.');
    expect(korean).toContain('8: 열린 서브그래프가 없는 "end"입니다.');
    expect(korean).toContain('2: 주석');
    expect(korean).toContain('6: 클래스 정의(서식)');
    expect(korean.find((r) => r.startsWith('5: '))).toMatch(/^5: .* 메타모델에는 .*\(으\)로 가는 관계가 없습니다\./);
    await setDataLanguage('en');
    expect(reasons('en')).toContain('8: An "end" without an open subgraph.');
  });

  it('says why a text is not a flowchart in the reader language', async () => {
    const result = importMermaid('sequenceDiagram\n  A->>B: hi', blankDocument());
    if (result.ok) throw new Error('a sequence diagram is refused');
    await setDataLanguage('de');
    expect(importMessage(result.errors[0]!, crmBpoMetamodel, 'de')).toBe(
      'Dies ist kein Flussdiagramm: Es beginnt mit „sequenceDiagram“, nicht mit „flowchart“ oder „graph“.',
    );
    await setDataLanguage('ko');
    expect(importMessage(result.errors[0]!, crmBpoMetamodel, 'ko')).toBe(
      '플로차트가 아닙니다: "flowchart"나 "graph"가 아니라 "sequenceDiagram"(으)로 시작합니다.',
    );
    await setDataLanguage('en');
    expect(importMessage(result.errors[0]!, crmBpoMetamodel, 'en')).toBe(result.errors[0]!.message);
  });

  it("a refused relation reads in English word for word as the metamodel's own reason, for every pair of types", () => {
    const types = crmBpoMetamodel.data.elementTypes.map((t) => t.id);
    for (const from of types)
      for (const to of types) {
        expect(relationUnconnected(crmBpoMetamodel, from, to)?.message ?? null).toBe(
          crmBpoMetamodel.whyUnconnected(from, to),
        );
        for (const relation of crmBpoMetamodel.data.relationTypes)
          expect(relationNotAllowed(crmBpoMetamodel, relation.id, from, to)?.message ?? null).toBe(
            crmBpoMetamodel.whyNot(relation.id, from, to),
          );
      }
  });
});

describe('CSV import problems in German and Korean', () => {
  const elements = 'id,type,name,optional\np1,delivery-process,Serve,maybe\nx,widget,Odd,false\n';
  const relations = 'source,target,type\np1,nowhere,\n';

  it('names each problem of a table in the reader language, and in English as before', async () => {
    const result = importCsv({ elements, relations }, blankDocument(), crmBpoMetamodel);
    if (result.ok) throw new Error('the tables have problems');
    const say = (language: 'en' | 'de' | 'ko') =>
      result.errors.map((e) => `${e.table} ${e.row} ${e.column}: ${importMessage(e, crmBpoMetamodel, language)}`);
    expect(say('en')).toEqual(result.errors.map((e) => `${e.table} ${e.row} ${e.column}: ${e.message}`));
    expect(say('en')).toContain('elements 2 optional: Write true or false.');
    await setDataLanguage('de');
    expect(say('de')).toEqual(
      expect.arrayContaining([
        'elements 2 optional: Schreiben Sie true oder false.',
        'elements 3 type: „widget“ ist kein Elementtyp des Metamodells CRM in BPO.',
        'relations 2 target: Es gibt kein Element „nowhere“.',
      ]),
    );
    await setDataLanguage('ko');
    expect(say('ko')).toEqual(
      expect.arrayContaining([
        'elements 2 optional: true 또는 false로 쓰십시오.',
        'relations 2 target: 요소 "nowhere"이(가) 없습니다.',
      ]),
    );
    await setDataLanguage('en');
  });

  it('says in German and Korean why a header cannot be read', async () => {
    const result = importCsv({ elements: 'type,name,colour\n' }, blankDocument(), crmBpoMetamodel);
    if (result.ok) throw new Error('an unknown column is refused');
    await setDataLanguage('de');
    expect(importMessage(result.errors[0]!, crmBpoMetamodel, 'de')).toMatch(
      /^Refmod kennt die Spalte „colour“ nicht\. Spalten: id, /,
    );
    await setDataLanguage('ko');
    expect(importMessage(result.errors[0]!, crmBpoMetamodel, 'ko')).toMatch(
      /^Refmod가 모르는 열 "colour"입니다\. 열: id, /,
    );
    await setDataLanguage('en');
  });
});

describe('draw.io import messages in German and Korean', () => {
  it('says why a file is no draw.io diagram, and why an edge is left out', async () => {
    const refused = importDrawio('<svg/>', blankDocument());
    if (refused.ok) throw new Error('an SVG is refused');
    expect(refused.errors[0]!.message).toBe('This is not a draw.io file: its root is <svg>, not <mxfile>.');
    const drawing =
      '<mxfile><diagram name="P"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>' +
      '<mxCell id="a" value="Serve" vertex="1" parent="1"/>' +
      '<mxCell id="e" edge="1" source="a" target="a" parent="1"/></root></mxGraphModel></diagram></mxfile>';
    const result = importDrawio(drawing, blankDocument());
    if (!result.ok) throw new Error('the drawing imports');
    expect(result.unsupported[0]!.reason).toBe('An edge from a shape to itself is not a relation.');
    await setDataLanguage('de');
    expect(importMessage(refused.errors[0]!, crmBpoMetamodel, 'de')).toBe(
      'Dies ist keine draw.io-Datei: Ihre Wurzel ist <svg>, nicht <mxfile>.',
    );
    expect(reasonMessage(result.unsupported[0]!, crmBpoMetamodel, 'de')).toBe(
      'Eine Kante von einer Form zu sich selbst ist keine Beziehung.',
    );
    await setDataLanguage('ko');
    expect(reasonMessage(result.unsupported[0]!, crmBpoMetamodel, 'ko')).toBe(
      '도형에서 자기 자신으로 가는 연결선은 관계가 아닙니다.',
    );
    await setDataLanguage('en');
  });
});
