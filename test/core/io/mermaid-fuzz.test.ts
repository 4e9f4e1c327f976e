// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mermaidFlowchart } from '../../../src/core/io/mermaid.ts';
import { mermaidGraph } from './mermaid-db.ts';
import { sampleDocument } from './sample-document.ts';

// Everything a user might type that Mermaid could read as syntax.
const hostile = [
  '"',
  "'",
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '<',
  '>',
  '<b>x</b>',
  '<script>alert(1)</script>',
  '&',
  '&amp;',
  '&lt;',
  'end',
  'End',
  ' end ',
  '#',
  '#quot;',
  '#35;',
  ';',
  ':',
  'style a:#f00;',
  '|',
  '`',
  '```',
  '%%',
  '%%{init: {"theme":"dark"}}%%',
  '-->',
  '---o',
  '\\',
  '/',
  '*',
  '_',
  '😀',
  '👩‍💻',
  'ä',
  'Ö',
  'ß',
  'Grüße',
  '한국어',
  '고객',
  ' ',
  'a',
  'Z',
  '1',
  '\n',
  '\t',
  'ﬂ°',
  '¶ß',
  'subgraph',
  'click',
  'classDef',
];
const hostileText = fc
  .array(fc.constantFrom(...hostile), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('').trim().slice(0, 200));
const name = hostileText.filter((s) => s.length > 0);
const ids = [
  'end',
  'End',
  'o',
  'x1',
  'oops',
  'a.b',
  'a_b',
  'a-b',
  'graph',
  'class',
  'click',
  'style',
  'subgraph',
  'default',
  'v',
  'TB',
  'Z9',
];

describe('Mermaid export of hostile text', () => {
  it('always parses, and Mermaid reads back exactly the names and labels the user typed', async () => {
    const types = ['account', 'delivery-process', 'objective', 'job-role', 'operational-crm-system', 'quality-measure'];
    const model = fc.record({
      picked: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 6 }),
      names: fc.array(name, { minLength: 6, maxLength: 6 }),
      laneNames: fc.array(name, { minLength: 5, maxLength: 5 }),
      labels: fc.array(hostileText, { minLength: 3, maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(model, async ({ picked, names, laneNames, labels }) => {
        const doc = sampleDocument({
          elements: picked.map((id, i) => ({
            id,
            type: types[i % 3]!,
            name: names[i]!,
            area: i % 2 ? 'sales' : null,
            role: i % 3 ? 'provider' : 'client',
            optional: i === 1,
          })),
          relations: labels.map((label, i) => ({
            id: `r${i}`,
            type: 'flow',
            source: picked[i % picked.length]!,
            target: picked[(i + 1) % picked.length]!,
            label,
          })),
        });
        [...doc.macroStructure.areas, ...doc.macroStructure.roles].forEach((lane, i) => (lane.name = laneNames[i]!));
        const graph = await mermaidGraph(mermaidFlowchart(doc).text);
        expect(graph.vertices.map((v) => v.text)).toEqual(expect.arrayContaining(doc.elements.map((e) => e.name)));
        expect(graph.vertices).toHaveLength(doc.elements.length);
        expect(graph.edges.map((e) => e.text)).toEqual(doc.relations.map((r) => r.label || 'feeds'));
        const lanes = new Set([...doc.macroStructure.areas, ...doc.macroStructure.roles].map((l) => l.name));
        for (const subgraph of graph.subgraphs) expect(lanes).toContain(subgraph.title);
      }),
      { numRuns: 200 },
    );
  });
});
