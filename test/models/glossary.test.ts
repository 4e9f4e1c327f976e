import { describe, expect, it } from 'vitest';
import { broaderChain, Glossary } from '../../src/core/model/glossary.ts';
import { modelJson } from './load.ts';

const glossary = Glossary.parse(modelJson('glossary.json'));
const terms = glossary.terms.map((t) => t.term);

describe('the concept glossary', () => {
  it('defines at least 25 terms, each with a source', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(25);
    expect(glossary.terms.filter((t) => !t.source.trim())).toEqual([]);
  });

  it('narrows Marketing down to CRM as source 000 does', () => {
    expect(broaderChain(glossary, 'Customer relationship management (CRM)')).toEqual(['Relationship marketing', 'Relationship management', 'Marketing']);
  });

  it('defines the terms the workbench and its models use', () => {
    const needed = [
      'Business process outsourcing (BPO)', 'Reference model', 'Ordnungsrahmen (macro structure)', 'Key customer-related process (KCRP)',
      'Key support process (KSP)', 'COPC-2000', 'Customer service provider (CSP)', 'eSCM-CL', 'Guidelines of Modeling (GoM)', 'Closed knowledge loop',
      'Operational CRM', 'Analytical CRM', 'Collaborative CRM', 'Customer process', 'Service level', 'Average speed of answer (ASA)', 'Abandonment rate',
    ];
    expect(needed.filter((t) => !terms.includes(t))).toEqual([]);
  });

  it('lists the six GoM principles under GoM', () => {
    const principles = glossary.terms.filter((t) => t.broader === 'Guidelines of Modeling (GoM)').map((t) => t.term);
    expect(principles).toEqual(['Correctness', 'Relevance', 'Economic efficiency', 'Clarity', 'Comparability', 'Systematic design']);
  });

  it('rejects a term twice or a broader term it does not define', () => {
    const one = { term: 'A', definition: 'The first.', source: 'Test' };
    expect(Glossary.safeParse({ terms: [one, one] }).success).toBe(false);
    expect(Glossary.safeParse({ terms: [{ ...one, broader: 'B' }] }).success).toBe(false);
  });

  it('stops the broader chain at a cycle', () => {
    const cyclic = { terms: [{ term: 'A', definition: 'a', broader: 'B', source: 's' }, { term: 'B', definition: 'b', broader: 'A', source: 's' }] };
    expect(broaderChain(Glossary.parse(cyclic), 'A')).toEqual(['B']);
  });
});
