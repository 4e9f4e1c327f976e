import { toErDiagram } from '../../src/core/io/er-diagram.ts';
import { mermaidFlowchart, splitByArea } from '../../src/core/io/mermaid.ts';
import { importMermaid } from '../../src/core/io/mermaid-import.ts';
import { RefDocument } from '../../src/core/model/schema.ts';
import { generateDocument } from '../support/generate.ts';
import { medianMs, type BenchSuite } from './harness.ts';

export const mermaidBench: BenchSuite = {
  title: 'Mermaid export and import of a generated 1,000-element model, Node',
  run() {
    const doc = generateDocument(1_000);
    const diagram = mermaidFlowchart(doc);
    const blank = RefDocument.parse({ ...doc, elements: [], relations: [], views: [] });
    return [
      {
        name: `flowchart export (${diagram.nodes} nodes, ${diagram.edges} edges, ${Math.round(diagram.text.length / 1000)} k chars)`,
        value: medianMs(() => mermaidFlowchart(doc)),
        unit: 'ms',
        budget: 50,
      },
      { name: 'split by area', value: medianMs(() => splitByArea(doc)), unit: 'ms' },
      { name: 'erDiagram export', value: medianMs(() => toErDiagram(doc)), unit: 'ms' },
      {
        name: 'import of the exported flowchart',
        value: medianMs(() => importMermaid(diagram.text, blank), 5, 1),
        unit: 'ms',
        budget: 500,
      },
    ];
  },
};
