import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../../src/core/io/mermaid.ts';
import { md, modelReport } from '../../../src/core/io/model-report.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { everyCategory } from './sample-document.ts';

function documented(): RefDocument {
  const doc = everyCategory();
  doc.meta.description = 'A small model.\n\n- not a list';
  doc.meta.authors = ['Ada', 'Grace'];
  doc.meta.sources = [
    {
      id: 'geib',
      label: 'Geib et al. 2005',
      citation: 'Architecture for CRM approaches.',
      url: 'https://doi.org/10.1109/HICSS.2005.101',
    },
  ];
  doc.structuralGoals = [
    {
      id: 'g1',
      kind: 'purpose',
      text: 'Show who serves the customer',
      perspective: 'customer',
      rationale: '',
      acceptance: 'Every process has a role',
    },
  ];
  doc.elements.find((e) => e.id === 'service')!.goals = ['g1'];
  doc.elements.find((e) => e.id === 'service')!.provenance.source = 'geib';
  doc.designGoals.glossary = [{ term: 'BPO', definition: 'Business process outsourcing', source: 'geib' }];
  return doc;
}

// The rows of the first Markdown table after a heading, split into cells.
function tableAfter(report: string, heading: string): string[][] {
  const lines = report.split('\n');
  const after = lines.slice(lines.indexOf(heading));
  const start = after.findIndex((l) => l.startsWith('|'));
  const end = after.findIndex((l, i) => i > start && !l.startsWith('|'));
  return after.slice(start, end).map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe('model report', () => {
  it('describes goals, the macro structure, processes, views, glossary and sources', () => {
    const doc = documented();
    const report = modelReport(doc);
    expect(report.startsWith('# Sample\n\nA small model.\n\n\\- not a list\n')).toBe(true);
    const rule: unknown = expect.stringMatching(/^-+$/);
    expect(tableAfter(report, '## Structural goals')).toEqual([
      ['Kind', 'Goal', 'Perspective', 'Acceptance', 'Elements serving it'],
      [rule, rule, rule, rule, rule],
      ['purpose', 'Show who serves the customer', 'customer', 'Every process has a role', '1'],
    ]);
    expect(tableAfter(report, '## Macro structure')).toEqual([
      ['Role \\ Area', 'Sales', 'Operations', '*no area*'],
      [rule, rule, rule, rule],
      ['**Client**', '0', '0', '1'],
      ['**Provider**', '1', '3', '0'],
      ['**Customer**', '0', '1', '0'],
      ['*no role*', '0', '0', '1'],
    ]);
    const service = report.slice(report.indexOf('### Handle inquiry'), report.indexOf('### Analyse feedback'));
    expect(service).toContain('*Delivery process · Operations · Provider*');
    expect(service).toContain('- **Input:** Inquiry\n');
    expect(service).toContain('- **Measured by:** Service level (On Time)\n');
    expect(service).toContain('- **Responsible:** Agent\n');
    expect(service).toContain('- **Supported by:** CRM system\n');
    expect(service).toContain('- **Hands on to:** Analyse feedback\n');
    expect(service).toContain('- **Source:** Geib et al. 2005\n');
    expect(report).toContain(
      '### Full model\n\n*Perspective: full · 7 elements, 6 relations*\n\n```mermaid\n' +
        toMermaid(doc, { viewId: 'full' }) +
        '```\n',
    );
    expect(tableAfter(report, '## Glossary')[2]).toEqual([
      '**BPO**',
      'Business process outsourcing',
      'Geib et al. 2005',
    ]);
    expect(report).toContain(
      '## Sources\n\n- **Geib et al. 2005**: Architecture for CRM approaches. <https://doi.org/10.1109/HICSS.2005.101>\n',
    );
  });

  it('keeps text the user typed from becoming markup', () => {
    const doc = documented();
    doc.elements[0]!.name = 'A | B <script>alert(1)</script> *bold* [link](x)';
    const report = modelReport(doc);
    expect(report).not.toContain('<script>');
    expect(report).toContain('A \\| B &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[link\\](x)');
    const others = tableAfter(report, '## Other elements');
    expect(new Set(others.map((row) => row.length))).toEqual(new Set([5]));
  });

  it('escapes area and role names in every caption, process captions included', () => {
    const doc = documented();
    doc.macroStructure.areas.find((a) => a.id === 'operations')!.name = '<img src=x onerror=alert(1)>';
    doc.macroStructure.roles.find((r) => r.id === 'provider')!.name = 'Provider <script>alert(2)</script>';
    const report = modelReport(doc);
    expect(report).not.toMatch(/<img|<script/);
    expect(report).toContain(
      '### Handle inquiry\n\n*Delivery process · &lt;img src=x onerror=alert(1)&gt; · Provider &lt;script&gt;alert(2)&lt;/script&gt;*',
    );
    expect(md('line one\nline two')).toBe('line one line two');
  });

  it('says what is still missing in an empty model', () => {
    const doc = documented();
    Object.assign(doc, { structuralGoals: [], elements: [], relations: [], views: [] });
    doc.macroStructure = { areas: [], roles: [] };
    const report = modelReport(doc);
    for (const missing of [
      '*No structural goals yet.*',
      '*No areas or roles yet.*',
      '*No processes yet.*',
      '*No views yet.*',
    ])
      expect(report).toContain(missing);
    expect(report).not.toContain('## Other elements');
  });
});
