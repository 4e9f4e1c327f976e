// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { mermaidFlowchart } from '../../../src/core/io/mermaid.ts';
import { mermaidProcessMap } from '../../../src/core/io/mermaid-map.ts';
import { readFileSync } from 'node:fs';
import { importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { fakeIo } from '../../support/fake-io.ts';
import { mermaidGraph } from './mermaid-db.ts';

const read = importDocument(readFileSync('models/reference/crm-bpo.json', 'utf8'), crmBpoMetamodel);
if (!read.ok) throw new Error('the shipped model does not import');
const doc = read.document;
const korean = new Map(doc.elements.map((e) => [e.id, e.translations!.ko!.name!]));

describe('the shipped model in Korean as Mermaid', { timeout: 30_000 }, () => {
  it("parses with mermaid's own parser and reads back every element, role and area in Korean", async () => {
    const diagram = mermaidFlowchart(doc, { language: 'ko' });
    expect(diagram.warnings).toEqual([]);
    const graph = await mermaidGraph(diagram.text);
    const texts = new Set(graph.vertices.map((v) => v.text));
    expect([...korean.values()].filter((name) => !texts.has(name))).toEqual([]);
    expect(graph.subgraphs.map((s) => s.title)).toEqual(
      expect.arrayContaining(['고객사', 'BPO 사업자', '최종 고객', '영업', '운영']),
    );
  });

  it('parses as a process map of the client view in Korean', async () => {
    const diagram = mermaidProcessMap(doc, { viewId: 'client', language: 'ko' });
    const graph = await mermaidGraph(diagram.text);
    expect(graph.subgraphs.map((s) => s.title)).toContain('고객사 · 영업');
    expect(graph.vertices.map((v) => v.text)).toContain('캠페인 관리');
  });

  it('marks a missing translation with the language it stands in for, and says how many', async () => {
    const partly = structuredClone(doc);
    delete partly.elements[0]!.translations!.ko;
    const diagram = mermaidFlowchart(partly, { language: 'ko' });
    expect(diagram.warnings).toEqual(['1 name has no Korean translation; it is written in English, marked [en].']);
    const graph = await mermaidGraph(diagram.text);
    expect(graph.vertices.map((v) => v.text)).toContain(`${doc.elements[0]!.name} [en]`);
  });

  it('is what `refmod export --to mermaid --lang ko` writes, and it parses', async () => {
    const io = fakeIo();
    expect(await main(['export', 'models/reference/crm-bpo.json', '--to', 'mermaid', '--lang', 'ko'], io.io)).toBe(0);
    const graph = await mermaidGraph(io.text());
    expect(graph.vertices.map((v) => v.text)).toContain('첫 통화 해결률');
    expect(io.errors()).toBe('');
  });
});
