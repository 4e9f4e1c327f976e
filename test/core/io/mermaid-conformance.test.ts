// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlowchart } from '../../../src/core/io/mermaid-parse.ts';
import { mermaidGraph } from './mermaid-db.ts';

const dir = join('test', 'fixtures', 'mermaid');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.mmd'));

describe("Refmod's flowchart parser against mermaid's own parser", () => {
  it('has the examples from the Mermaid documentation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of fixtures) {
    it(`finds the same nodes, edges and labels as mermaid in ${file}`, async () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const oracle = await mermaidGraph(text);
      const ours = parseFlowchart(text);
      if (!ours.ok) throw new Error(ours.message);
      const { nodes, edges, unsupported } = ours.flowchart;
      expect(unsupported).toEqual([]);
      expect(nodes).toHaveLength(oracle.vertices.length);
      expect(edges).toHaveLength(oracle.edges.length);
      expect(nodes.map((n) => n.id).sort()).toEqual(oracle.vertices.map((v) => v.id).sort());
      expect(edges.map((e) => `${e.source}>${e.target}`)).toEqual(oracle.edges.map((e) => `${e.start}>${e.end}`));
      expect(edges.map((e) => e.label)).toEqual(oracle.edges.map((e) => e.text));
      expect(edges.map((e) => e.stroke)).toEqual(oracle.edges.map((e) => e.stroke));
      const label = new Map(oracle.vertices.map((v) => [v.id, v.text]));
      for (const node of nodes) expect(node.label).toBe(label.get(node.id));
    });
  }

  it('agrees with mermaid on generated flowcharts: chains, &, every shape and link, subgraphs', async () => {
    const id = fc.constantFrom('A', 'B', 'c1', 'node_2', 'x1', 'o2', 'Ab-c', 'dev', 'Ö1', 'end2');
    const text = fc.constantFrom('t', 'a b', 'x-y', 'Ünï 한', '"quoted (a) [b] {c}"', '#quot;e#35;');
    const shape = fc.oneof(
      fc.constant(''),
      fc
        .tuple(
          fc.constantFrom(
            '[]',
            '()',
            '([])',
            '[[]]',
            '[()]',
            '(())',
            '>]',
            '{}',
            '{{}}',
            '[//]',
            '[\\\\]',
            '[/\\]',
            '[\\/]',
            '((()))',
          ),
          text,
        )
        .map(([b, t]) => b.slice(0, b.length / 2) + t + b.slice(b.length / 2)),
    );
    const node = fc.tuple(id, shape).map(([i, s]) => i + s);
    const group = fc.array(node, { minLength: 1, maxLength: 2 }).map((g) => g.join(' & '));
    const link = fc.constantFrom(
      '-->',
      ' --> ',
      '---',
      ' --- ',
      ' -.-> ',
      '==>',
      ' --o ',
      ' --x ',
      ' <--> ',
      '-->|lbl|',
      ' -- lbl --> ',
      ' -. lbl .-> ',
      ' == lbl ==> ',
      ' ~~~ ',
      ' ----> ',
      ' o--o ',
    );
    const chain = fc
      .tuple(group, fc.array(fc.tuple(link, group), { maxLength: 2 }))
      .map(([first, rest]) => first + rest.map(([l, g]) => l + g).join(''));
    const block = fc.oneof(
      chain,
      fc.array(chain, { minLength: 1, maxLength: 3 }).map((c) => `subgraph sg\n${c.join('\n')}\nend`),
    );
    const chart = fc
      .tuple(
        fc.constantFrom('flowchart LR', 'graph TD', 'flowchart TB'),
        fc.array(block, { minLength: 1, maxLength: 4 }),
      )
      .map(([h, b]) => [h, ...b].join('\n') + '\n');
    await fc.assert(
      fc.asyncProperty(chart, async (source) => {
        const oracle = await mermaidGraph(source);
        const ours = parseFlowchart(source);
        expect(ours.ok && ours.flowchart.unsupported).toEqual([]);
        if (!ours.ok) return;
        expect(ours.flowchart.nodes.map((n) => n.id).sort()).toEqual(oracle.vertices.map((v) => v.id).sort());
        expect(ours.flowchart.edges.map((e) => `${e.source}>${e.target}:${e.stroke}:${e.label}`)).toEqual(
          oracle.edges.map((e) => `${e.start}>${e.end}:${e.stroke}:${e.text}`),
        );
        const label = new Map(oracle.vertices.map((v) => [v.id, v.text]));
        for (const n of ours.flowchart.nodes) expect(n.label).toBe(label.get(n.id));
      }),
      { numRuns: 150 },
    );
  });
});
