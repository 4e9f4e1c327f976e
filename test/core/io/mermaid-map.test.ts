// @vitest-environment jsdom
import fc from 'fast-check';
import mermaid from 'mermaid';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processMap } from '../../../src/core/diagram/process-map.ts';
import { importDocument } from '../../../src/core/io/json.ts';
import { mermaidProcessMap } from '../../../src/core/io/mermaid-map.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { elementsInView } from '../../../src/core/model/queries.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { mermaidGraph } from './mermaid-db.ts';
import { everyCategory, sampleDocument } from './sample-document.ts';

const shipped = (JSON.parse(readFileSync(join('models', 'index.json'), 'utf8')) as { file: string }[]).map(
  ({ file }) => {
    const result = importDocument(readFileSync(join('models', file), 'utf8'), crmBpoMetamodel);
    if (!result.ok) throw new Error(`${file} does not import`);
    return { file, doc: result.document };
  },
);
const isProcess = (doc: RefDocument, id: string) =>
  crmBpoMetamodel.categoryOf(doc.elements.find((e) => e.id === id)!.type)?.id === 'process';

describe('the process map as a Mermaid flowchart', () => {
  for (const { file, doc } of shipped) {
    it(
      `draws every view of ${file} as cells with their processes and one counted edge per pair of cells`,
      { timeout: 30_000 },
      async () => {
        for (const view of doc.views) {
          const map = processMap(doc, view, crmBpoMetamodel, undefined, undefined, { processesOnly: true });
          const diagram = mermaidProcessMap(doc, { viewId: view.id });
          const graph = await mermaidGraph(diagram.text);
          const processes = elementsInView(doc, view).filter((e) => isProcess(doc, e.id));
          const vertexText = new Map(graph.vertices.map((v) => [v.id, v.text]));
          expect(
            graph.vertices
              .filter((v) => v.type === 'subroutine')
              .map((v) => v.text)
              .sort(),
            view.id,
          ).toEqual(processes.map((p) => p.name).sort());
          const cells = map.cells.filter((c) => c.boxes.length || c.summary.length);
          expect(graph.subgraphs.map((s) => s.title).sort()).toEqual(
            cells.map((c) => `${c.rowName} · ${c.columnName}`).sort(),
          );
          // Each cell's counts are one line of text inside it.
          for (const cell of cells.filter((c) => c.summary.length)) {
            const subgraph = graph.subgraphs.find((s) => s.title === `${cell.rowName} · ${cell.columnName}`)!;
            expect(subgraph.nodes.map((n) => vertexText.get(n))).toContain(cell.summary.map((c) => c.text).join(' · '));
          }
          const shown = graph.edges.filter((e) => e.stroke !== 'invisible');
          expect(shown.map((e) => e.text).sort(), view.id).toEqual(
            map.connectors.map((c) => `${c.relations.length} relation${c.relations.length === 1 ? '' : 's'}`).sort(),
          );
          expect(diagram.edges).toBe(map.connectors.length);
          const subgraphIds = new Set(graph.subgraphs.map((s) => s.id));
          expect(diagram.nodes).toBe(graph.vertices.filter((v) => !subgraphIds.has(v.id)).length);
        }
      },
    );
  }

  it('is far smaller than the detail of the shipped full model', () => {
    const { doc } = shipped[0]!;
    const full = doc.views.find((v) => v.perspective === 'full')!;
    const diagram = mermaidProcessMap(doc, { viewId: full.id });
    expect(diagram.nodes).toBeLessThanOrEqual(doc.designGoals.maxElementsPerView ?? 60);
    expect(diagram.edges).toBeLessThan(30);
  });

  it('carries its legend as the accessible title and description', async () => {
    const { doc } = shipped[0]!;
    const text = mermaidProcessMap(doc, { viewId: 'client' }).text;
    await mermaidGraph(text);
    const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as {
      getAccTitle(): string;
      getAccDescription(): string;
    };
    expect(db.getAccTitle()).toBe(`${doc.meta.name} · Client view · process map`);
    expect(db.getAccDescription()).toMatch(/^Each box is a cell .* how many relations run between them/);
  });

  it('maps the whole model without a view, and says so when the view does not exist', () => {
    const { doc } = shipped[0]!;
    const full = doc.views.find((v) => v.elements === 'all')!;
    const body = (text: string) => text.split('\n').filter((l) => !l.includes('accTitle'));
    expect(body(mermaidProcessMap(doc).text)).toEqual(body(mermaidProcessMap(doc, { viewId: full.id }).text));
    expect(mermaidProcessMap(doc).text).toContain('accTitle: CRM-in-BPO reference model · Whole model · process map\n');
    expect(mermaidProcessMap(doc, { viewId: 'nope' }).warnings).toEqual([
      'The model has no view "nope"; the whole model is shown.',
    ]);
  });

  it('points each edge the way most of its relations run, both ways when they run both ways', async () => {
    const doc = everyCategory();
    const graph = await mermaidGraph(mermaidProcessMap(doc).text);
    const title = new Map(graph.subgraphs.map((s) => [s.id, s.title]));
    const edges = graph.edges
      .filter((e) => e.stroke !== 'invisible')
      .map((e) => `${title.get(e.start)} -> ${title.get(e.end)}: ${e.text}`);
    // Inquiry (customer · operations) feeds Handle inquiry (provider · operations), which feeds Analyse feedback (provider · sales).
    expect(edges).toEqual(
      expect.arrayContaining([
        'Customer · Operations -> Provider · Operations: 1 relation',
        'Provider · Operations -> Provider · Sales: 1 relation',
      ]),
    );
  });

  it('parses whatever the process and lane names are', async () => {
    const hostile = [
      '"',
      '[',
      ']',
      '{',
      '}',
      '<b>',
      '&amp;',
      'end',
      '#',
      ';',
      ':',
      '|',
      '`',
      '%%',
      '😀',
      '한국어',
      ' ',
      'x',
      '~~~',
      '-->',
    ];
    const name = fc
      .array(fc.constantFrom(...hostile), { minLength: 1, maxLength: 6 })
      .map((p) => p.join('').trim())
      .filter((s) => s.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 3, maxLength: 3 }), async ([a, b, lane]) => {
        const doc = sampleDocument({
          elements: [
            { id: 'end', type: 'delivery-process', name: a!, area: 'sales', role: 'provider' },
            { id: 'x', type: 'delivery-process', name: b!, area: 'operations', role: 'provider' },
          ],
          relations: [{ id: 'r1', type: 'flow', source: 'end', target: 'x' }],
        });
        const renamed = {
          ...doc,
          macroStructure: {
            ...doc.macroStructure,
            areas: doc.macroStructure.areas.map((l, i) => (i ? l : { ...l, name: lane! })),
          },
        };
        const graph = await mermaidGraph(mermaidProcessMap(renamed).text);
        expect(
          graph.vertices
            .filter((v) => v.type === 'subroutine')
            .map((v) => v.text)
            .sort(),
        ).toEqual([a, b].sort());
        expect(graph.subgraphs.map((s) => s.title)).toContain(`Provider · ${lane}`);
      }),
      { numRuns: 40 },
    );
  });
});
