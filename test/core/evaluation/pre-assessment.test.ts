import { describe, expect, it } from 'vitest';
import { shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
import { acceptProposal, preAssess, type FindingLike } from '../../../src/core/evaluation/pre-assessment.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { model, shippedModel } from './support.ts';

const criteria = shippedChecklists.flatMap((c) => c.criteria);
const byId = (id: string) => criteria.filter((c) => c.id === id);

describe('automatic pre-assessment', () => {
  const doc = model(
    [
      {
        id: 'k8',
        type: 'customer-related-process',
        name: 'Report performance to clients',
        properties: { copcId: 'K8' },
      },
      { id: 'm1', type: 'quality-measure', properties: { metricCategory: 'On Time' } },
    ],
    [['measures', 'm1', 'k8']],
  );

  it('proposes a score on the session scale with the evidence of the query', () => {
    const result = preAssess(doc, byId('CL.4'), { metamodel: crmBpoMetamodel, scale: '0-2' });
    expect(result.proposals).toEqual([
      {
        criterion: 'CL.4',
        check: 'query',
        fulfilment: 0.5,
        score: 1,
        evidence:
          '"Report performance to clients" (K8) is modelled with On Time measures; missing: Backlog and Accuracy.',
        elements: ['k8', 'm1'],
      },
    ]);
    expect(preAssess(doc, byId('CL.4'), { metamodel: crmBpoMetamodel, scale: '1-5' }).proposals[0]!.score).toBe(3);
  });

  it('skips criteria without a check and says which rule checks wait for validation findings', () => {
    const result = preAssess(doc, [...byId('C0.5'), ...byId('C0.1')], { metamodel: crmBpoMetamodel, scale: '0-2' });
    expect(result.proposals).toEqual([]);
    expect(result.unavailable).toEqual([
      { criterion: 'C0.1', reason: 'Run the validation first: this check reads its findings.' },
    ]);
  });

  it('scores rule checks from findings: none 1, warnings 0.5, an error 0, averaged over the rules', () => {
    const findings: FindingLike[] = [
      {
        rule: 'process.no-io',
        severity: 'warning',
        message: 'Process "Manage sales" has no input or output business object.',
        elements: ['p1'],
      },
      {
        rule: 'process.no-io',
        severity: 'warning',
        message: 'Process "X" has no input or output business object.',
        elements: ['p2'],
      },
      { rule: 'process.no-measure', severity: 'error', message: 'No measure.', elements: ['p2', 'p3'] },
      { rule: 'naming.duplicate', severity: 'warning', message: 'unrelated', elements: ['q'] },
    ];
    const [proposal] = preAssess(doc, byId('C0.8'), { metamodel: crmBpoMetamodel, scale: '0-2', findings }).proposals;
    expect(proposal!.fulfilment).toBe(0.5); // no-io 0.5, no-measure 0, no-responsible 1
    expect(proposal!.score).toBe(1);
    expect(proposal!.check).toBe('rule');
    expect(proposal!.evidence).toBe(
      'No finding for process.no-responsible. process.no-io: 2 warnings, e.g. "Process "Manage sales" has no input or output business object.". process.no-measure: 1 error, e.g. "No measure.".',
    );
    expect(proposal!.elements).toEqual(['p1', 'p2', 'p3']);
    expect(
      preAssess(doc, byId('C0.1'), { metamodel: crmBpoMetamodel, scale: '0-2', findings: [] }).proposals[0],
    ).toMatchObject({ fulfilment: 1, score: 2 });
  });

  it('runs every query check of the shipped checklists on the shipped model, with evidence a reader can check', () => {
    const doc = shippedModel();
    const withQuery = criteria.filter((c) => c.auto && 'query' in c.auto);
    const { proposals } = preAssess(doc, withQuery, { metamodel: crmBpoMetamodel, scale: '0-2' });
    expect(proposals.map((p) => p.criterion)).toEqual(withQuery.map((c) => c.id));
    const ids = new Set(doc.elements.map((e) => e.id));
    for (const p of proposals) {
      expect(p.evidence.length, p.criterion).toBeGreaterThan(20);
      expect(
        p.elements.every((id) => ids.has(id)),
        p.criterion,
      ).toBe(true);
    }
    expect(proposals.find((p) => p.criterion === 'CL.7')!.evidence).toMatch(
      /^Knowledge circulates across Client and Provider/,
    );
  });

  it('accepting a proposal takes its score and evidence and keeps a note the evaluator wrote', () => {
    const [proposal] = preAssess(doc, byId('CL.4'), { metamodel: crmBpoMetamodel, scale: '0-2' }).proposals;
    expect(acceptProposal(undefined, proposal!)).toEqual({
      score: 1,
      note: proposal!.evidence,
      evidence: ['k8', 'm1'],
      fromProposal: true,
    });
    expect(
      acceptProposal({ score: 2, note: 'Seen in the workshop', evidence: [], fromProposal: false }, proposal!).note,
    ).toBe('Seen in the workshop');
  });
});
