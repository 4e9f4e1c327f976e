// @vitest-environment jsdom
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/core/io/json.ts';
import { MERMAID_LIMITS, mermaidFlowchart, splitByArea, toMermaid } from '../../../src/core/io/mermaid.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { elementsInView, relationsInView } from '../../../src/core/model/queries.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { generateDocument } from '../../support/generate.ts';
import { mermaidGraph } from './mermaid-db.ts';
import { everyCategory, sampleDocument } from './sample-document.ts';

function modelFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? modelFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

// The models models/index.json lists (each must import), or, before there is an index, every model file that imports.
const indexed = existsSync(join('models', 'index.json'));
const shipped = (
  indexed
    ? (JSON.parse(readFileSync(join('models', 'index.json'), 'utf8')) as { file: string }[]).map((m) =>
        join('models', m.file),
      )
    : modelFiles('models')
).flatMap((path) => {
  const result = importDocument(readFileSync(path, 'utf8'), crmBpoMetamodel);
  if (!result.ok && indexed) throw new Error(`${path} is listed in models/index.json but does not import`);
  return result.ok ? [{ path, doc: result.document }] : [];
});

describe('Mermaid flowchart export', () => {
  it('finds the shipped reference model', () => {
    expect(shipped.map((m) => m.path)).toContain(join('models', 'reference', 'crm-bpo.json'));
  });

  for (const { path, doc } of shipped) {
    it(
      `exports every view of ${path} as a flowchart mermaid parses, with every element and relation`,
      { timeout: 30_000 },
      async () => {
        for (const view of doc.views) {
          const diagram = mermaidFlowchart(doc, { viewId: view.id });
          const graph = await mermaidGraph(diagram.text);
          const elements = elementsInView(doc, view);
          expect(graph.vertices.map((v) => v.text).sort()).toEqual(elements.map((e) => e.name).sort());
          expect(graph.edges).toHaveLength(relationsInView(doc, view).length);
          expect(diagram.warnings).toEqual([]);
        }
      },
    );
  }

  it('draws each element category in its own shape', async () => {
    const graph = await mermaidGraph(toMermaid(everyCategory()));
    const shapeOf = Object.fromEntries(graph.vertices.map((v) => [v.text, v.type]));
    expect(shapeOf).toEqual({
      Inquiry: 'round',
      'Handle inquiry': 'subroutine',
      'Analyse feedback': 'subroutine',
      'Service level': 'stadium',
      'Loyal customers': 'odd',
      Agent: 'circle',
      'CRM system': 'cylinder',
    });
  });

  it('nests areas inside roles, or roles inside areas when areas are the rows', async () => {
    const byRole = await mermaidGraph(toMermaid(everyCategory()));
    const provider = byRole.subgraphs.find((s) => s.title === 'Provider')!;
    expect(provider.nodes.map((id) => byRole.subgraphs.find((s) => s.id === id)?.title).sort()).toEqual([
      'Operations',
      'Sales',
    ]);

    const doc = everyCategory();
    doc.designGoals.laneOrientation = 'areas-as-rows';
    const byArea = await mermaidGraph(toMermaid(doc));
    const operations = byArea.subgraphs.find((s) => s.title === 'Operations')!;
    expect(operations.nodes.map((id) => byArea.subgraphs.find((s) => s.id === id)?.title).sort()).toEqual([
      'Customer',
      'Provider',
    ]);
    // Elements without a lane stay outside every subgraph.
    const crm = byArea.vertices.find((v) => v.text === 'CRM system')!;
    expect(byArea.subgraphs.some((s) => s.nodes.includes(crm.id))).toBe(false);
  });

  it('labels relations by type or by their own label, dashing knowledge flows and dotting support', async () => {
    const text = toMermaid(everyCategory());
    const graph = await mermaidGraph(text);
    const edge = (label: string) => graph.edges.find((e) => e.text === label);
    expect(edge('is input to')?.stroke).toBe('normal');
    expect(edge('passes knowledge to')?.stroke).toBe('dotted');
    expect(edge('logs every call')?.stroke).toBe('dotted');
    const dashedIndexes = graph.edges.flatMap((e, i) =>
      ['passes knowledge to', 'serves'].includes(e.text) ? [i] : [],
    );
    expect(text).toContain(`linkStyle ${dashedIndexes.join(',')} stroke-dasharray:8 4`);
  });

  it('colours nodes by role, area or category as the design goals say', () => {
    const doc = everyCategory();
    expect(toMermaid(doc)).toMatch(
      /classDef role_provider fill:#2a9d8f.*\n\s+class service,analysis,sl,agent role_provider/,
    );
    doc.designGoals.colourBy = 'area';
    expect(toMermaid(doc)).toMatch(
      /classDef area_sales fill:#5b6b8c,stroke:#[0-9a-f]{6},color:#ffffff\n\s+class analysis area_sales/,
    );
    doc.designGoals.colourBy = 'type';
    expect(toMermaid(doc)).toMatch(
      /classDef category_process fill:#[0-9a-f]{6}.*\n\s+class service,analysis category_process/,
    );
  });

  it('follows the direction option and can leave out quality measures', async () => {
    const doc = everyCategory();
    expect(toMermaid(doc).split('\n')[0]).toBe('flowchart LR');
    const diagram = mermaidFlowchart(doc, { direction: 'TB', includeMeasures: false });
    expect(diagram.text.split('\n')[0]).toBe('flowchart TB');
    const graph = await mermaidGraph(diagram.text);
    expect(graph.vertices.map((v) => v.text)).not.toContain('Service level');
    expect(graph.edges.map((e) => e.text)).not.toContain('measures');
    expect(diagram).toMatchObject({ nodes: 6, edges: 5 });
  });

  it('derives readable, unique node ids that are never keywords or edge markers', async () => {
    const doc = sampleDocument({
      elements: ['end', 'End', 'o1', 'x-ray', 'a.b', 'a_b', 'a-b', 'subgraph', 'style', 'click', 'Order'].map((id) => ({
        id,
        type: 'account',
        name: `Name of ${id}`,
        area: 'sales',
        role: 'client',
      })),
      relations: [
        { id: 'r1', type: 'refers-to', source: 'end', target: 'o1' },
        { id: 'r2', type: 'refers-to', source: 'x-ray', target: 'end' },
        { id: 'r3', type: 'belongs-to', source: 'click', target: 'x-ray' },
      ],
    });
    const text = toMermaid(doc);
    const graph = await mermaidGraph(text);
    const ids = graph.vertices.map((v) => v.id);
    expect(ids).toEqual([
      'n_end',
      'End',
      'n_o1',
      'n_x_ray',
      'a_b',
      'a_b_2',
      'a_b_3',
      'n_subgraph',
      'n_style',
      'n_click',
      'Order',
    ]);
    expect(graph.edges.map((e) => `${e.start}>${e.end}`)).toEqual(['n_end>n_o1', 'n_x_ray>n_end', 'n_click>n_x_ray']);
    expect(graph.vertices.map((v) => v.text)).toEqual(doc.elements.map((e) => `Name of ${e.id}`));
  });

  it('warns over Mermaid limits and splits a large model into one parsable diagram per area', async () => {
    const doc = generateDocument(600);
    const whole = mermaidFlowchart(doc);
    expect(whole.edges).toBeGreaterThan(MERMAID_LIMITS.maxEdges);
    expect(whole.warnings.join(' ')).toMatch(/relations; Mermaid draws at most 500/);
    expect(whole.warnings.join(' ')).toMatch(/characters; Mermaid renders at most 50,000/);

    const parts = splitByArea(doc);
    expect(parts.map((p) => p.name)).toEqual(['Sales', 'Management', 'Operations']);
    expect(parts.reduce((n, p) => n + p.diagram.nodes, 0)).toBe(600);
    for (const part of parts) {
      expect(part.diagram.edges).toBeLessThanOrEqual(MERMAID_LIMITS.maxEdges);
      expect(part.diagram.text.length).toBeLessThanOrEqual(MERMAID_LIMITS.maxTextSize);
      expect(part.diagram.warnings).toEqual([
        expect.stringMatching(/^\d+ relations to elements of other areas are not shown\.$/),
      ]);
      const graph = await mermaidGraph(part.diagram.text);
      expect(graph.vertices).toHaveLength(part.diagram.nodes);
    }
  });

  it('says so when the view does not exist', () => {
    const doc: RefDocument = everyCategory();
    expect(mermaidFlowchart(doc, { viewId: 'nope' }).warnings).toEqual([
      'The model has no view "nope"; the whole model is shown.',
    ]);
  });
});
