import { describe, expect, it } from 'vitest';
import {
  findingsByElement,
  findingsFor,
  groupFindings,
  summarize,
  summaryText,
} from '../../../src/core/validation/index.ts';
import { changed, element, metamodel } from './fixtures.ts';

const doc = changed((d) => {
  d.elements[1]!.optional = true; // info, relevance
  d.elements.push(element('o3', 'complaint', { name: 'Complaint' })); // warning, systematic design
  d.elements[0]!.name = 'inquiry handling'; // warning, comparability
  d.structuralGoals[0]!.acceptance = ''; // warning, relevance
  d.relations[0]!.type = 'measures'; // error, correctness
});
const findings = findingsFor(doc, metamodel);

describe('groupFindings', () => {
  it('groups by severity (errors first), then by GoM principle in its published order', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.severity, g.count, g.principles.map((p) => p.label)])).toEqual([
      ['error', 1, ['Correctness']],
      ['warning', 3, ['Relevance', 'Comparability', 'Systematic design']],
      ['info', 1, ['Relevance']],
    ]);
    expect(groups[1]!.principles[2]!.findings.map((f) => f.rule)).toEqual(['element.isolated']);
  });

  it('gives no group for an empty list', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('summaries', () => {
  it('count findings per severity and say so in words', () => {
    const summary = summarize(findings);
    expect(summary).toEqual({ error: 1, warning: 3, info: 1, total: 5 });
    expect(summaryText(summary)).toBe('1 error, 3 warnings, 1 note');
  });

  it('list the findings of each element for canvas badges', () => {
    const byElement = findingsByElement(findings);
    expect(byElement.get('p1')!.map((f) => f.rule)).toEqual(['metamodel.relation', 'naming.rule']);
    expect(byElement.has('r1')).toBe(false);
  });
});
