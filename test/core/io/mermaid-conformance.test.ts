// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
});
