import { describe, expect, it } from 'vitest';
import { QueryCheck } from '../../../src/core/evaluation/checklist-schema.ts';
import { runQuery } from '../../../src/core/evaluation/queries.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { model } from './support.ts';

const run = (doc: RefDocument, check: unknown) => runQuery(doc, QueryCheck.parse(check), crmBpoMetamodel);
const measure = (id: string, metricCategory: string) => ({
  id,
  type: 'quality-measure',
  properties: { metricCategory },
});

describe('copc-process-measured', () => {
  const reporting = model(
    [
      {
        id: 'k8',
        type: 'customer-related-process',
        name: 'Report performance to clients',
        properties: { copcId: 'K8' },
      },
      measure('m1', 'On Time'),
      measure('m2', 'Backlog'),
    ],
    [
      ['measures', 'm1', 'k8'],
      ['measures', 'm2', 'k8'],
    ],
  );

  it('scores the required categories a COPC process is measured for, and names the missing ones', () => {
    const result = run(reporting, {
      query: 'copc-process-measured',
      params: { copcId: 'K8', categories: ['On Time', 'Backlog', 'Accuracy'] },
    });
    expect(result.fulfilment).toBe(0.75); // (1 process + 2 categories) / (1 + 3)
    expect(result.evidence).toBe(
      '"Report performance to clients" (K8) is modelled with On Time and Backlog measures; missing: Accuracy.',
    );
    expect(result.elements).toEqual(['k8', 'm1', 'm2']);
  });

  it('gives 0 when no process carries the COPC id, and averages over several ids', () => {
    expect(
      run(reporting, { query: 'copc-process-measured', params: { copcId: 'K9', categories: ['On Time'] } }),
    ).toMatchObject({ fulfilment: 0, evidence: 'No process carries the COPC id K9.' });
    const both = run(reporting, {
      query: 'copc-process-measured',
      params: { copcId: ['K8', 'K9'], categories: ['On Time', 'Backlog'] },
    });
    expect(both.fulfilment).toBe(0.5);
  });

  it('counts measures per category when a minimum is set, and any measure when no category is required', () => {
    const calls = model(
      [
        { id: 'k2', type: 'customer-related-process', name: 'Answer calls', properties: { copcId: 'K2' } },
        measure('e1', 'Efficiency'),
        measure('e2', 'Efficiency'),
        { id: 's3', type: 'key-support-process', name: 'Forecast volume', properties: { copcId: 'S3' } },
      ],
      [
        ['measures', 'e1', 'k2'],
        ['measures', 'e2', 'k2'],
      ],
    );
    const efficiency = run(calls, {
      query: 'copc-process-measured',
      params: { copcId: 'K2', categories: ['Efficiency'], min: 3 },
    });
    expect(efficiency.fulfilment).toBe(0.5);
    expect(efficiency.evidence).toContain('missing: Efficiency (2 of 3)');
    const any = run(calls, { query: 'copc-process-measured', params: { copcId: ['K2', 'S3'], categories: [] } });
    expect(any.fulfilment).toBe(0.75);
    expect(any.evidence).toContain('"Forecast volume" (S3) is modelled but has no measure.');
  });
});

describe('knowledge-loop', () => {
  const processes = [
    { id: 'service', type: 'delivery-process', name: 'Manage service', role: 'provider' },
    { id: 'feedback', type: 'analysis-process', name: 'Manage feedback', role: 'client' },
    { id: 'profiling', type: 'analysis-process', name: 'Profile customers', role: 'provider' },
  ];

  it('finds a cycle of knowledge flows that crosses client and provider', () => {
    const doc = model(processes, [
      ['knowledge-flow', 'service', 'feedback'],
      ['knowledge-flow', 'feedback', 'service'],
    ]);
    const result = run(doc, { query: 'knowledge-loop', params: {} });
    expect(result.fulfilment).toBe(1);
    expect(result.evidence).toBe(
      'Knowledge circulates across Client and Provider in a loop of 2 processes: "Manage service" and "Manage feedback".',
    );
    expect(result.elements.sort()).toEqual(['feedback', 'service']);
  });

  it('gives half when knowledge crosses one way only, even if the provider has a loop of its own', () => {
    const doc = model(processes, [
      ['knowledge-flow', 'service', 'feedback'],
      ['knowledge-flow', 'service', 'profiling'],
      ['knowledge-flow', 'profiling', 'service'],
    ]);
    const result = run(doc, { query: 'knowledge-loop', params: {} });
    expect(result.fulfilment).toBe(0.5);
    expect(result.evidence).toContain('Knowledge crosses Provider → Client');
  });

  it('gives 0 without crossing flows; plain flows do not count', () => {
    const doc = model(processes, [
      ['flow', 'service', 'feedback'],
      ['flow', 'feedback', 'service'],
    ]);
    expect(run(doc, { query: 'knowledge-loop', params: {} })).toMatchObject({
      fulfilment: 0,
      evidence: 'No knowledge flow crosses between Client and Provider (0 knowledge flows in the model).',
    });
  });
});

describe('role-separation', () => {
  it('weighs roles with processes by the share of processes with a role', () => {
    const doc = model([
      { id: 'a', type: 'analysis-process', role: 'client' },
      { id: 'b', type: 'delivery-process', role: 'provider' },
      { id: 'c', type: 'delivery-process', role: 'provider' },
      { id: 'd', type: 'support-process', role: null },
      { id: 'x', type: 'lead', role: 'client' },
    ]);
    const result = run(doc, { query: 'role-separation', params: {} });
    expect(result.fulfilment).toBe(0.75);
    expect(result.evidence).toBe('Of 4 processes, 1 in Client, 2 in Provider; 1 without a role ("d").');
    expect(
      run(model([{ id: 'b', type: 'delivery-process' }]), { query: 'role-separation', params: {} }).fulfilment,
    ).toBe(0.5);
  });
});

describe('channels-covered', () => {
  const doc = model([
    { id: 'k2', type: 'customer-related-process', properties: { channel: 'phone' } },
    { id: 'mail', type: 'transaction', properties: { channel: 'e-mail/web' } },
  ]);
  const params = { channels: ['phone', 'e-mail/web', 'fax/mail'], synchronisedBy: 'cross-functional-process' };

  it('counts the channels named on elements and the process that synchronises them', () => {
    const result = run(doc, { query: 'channels-covered', params });
    expect(result.fulfilment).toBe(0.5); // 2 of 3 channels, not synchronised
    expect(result.evidence).toBe(
      'Channels modelled: phone (1), e-mail/web (1). Missing: fax/mail. No Cross-functional process synchronises the channels.',
    );
    const synced = model([
      ...doc.elements.map((e) => ({ id: e.id, type: e.type, properties: e.properties })),
      { id: 'mc', type: 'cross-functional-process', name: 'Synchronise channels' },
    ]);
    expect(run(synced, { query: 'channels-covered', params }).fulfilment).toBe(0.75);
  });
});

describe('customer-phases-covered', () => {
  it('counts the five phases delivery processes list; one process may cover several', () => {
    const partial = model([
      {
        id: 'campaign',
        type: 'delivery-process',
        name: 'Manage campaigns',
        properties: { customerPhase: ['need articulation'] },
      },
      {
        id: 'service',
        type: 'delivery-process',
        name: 'Manage service',
        properties: { customerPhase: ['after-sales'] },
      },
      { id: 'k2', type: 'customer-related-process', properties: { customerPhase: ['buying'] } },
    ]);
    const result = run(partial, { query: 'customer-phases-covered', params: {} });
    expect(result.fulfilment).toBe(0.4);
    expect(result.evidence).toBe(
      '2 of 5 customer-process phases have a delivery process (need articulation: "Manage campaigns"; after-sales: "Manage service"); uncovered: evaluation, buying and using.',
    );
    const all = ['need articulation', 'evaluation', 'buying', 'using', 'after-sales'];
    expect(
      run(model([{ id: 'mc', type: 'delivery-process', properties: { customerPhase: all } }]), {
        query: 'customer-phases-covered',
        params: {},
      }).fulfilment,
    ).toBe(1);
  });
});

describe('element-type-present', () => {
  it('gives the share of listed types the model uses; a category selector matches any of its types', () => {
    const doc = model([
      { id: 'l', type: 'lead', name: 'Lead' },
      { id: 's', type: 'solution', name: 'Solution' },
      { id: 'p', type: 'analysis-process' },
    ]);
    const result = run(doc, { query: 'element-type-present', params: { types: ['lead', 'solution', 'project'] } });
    expect(result.fulfilment).toBeCloseTo(2 / 3);
    expect(result.evidence).toBe('Present: Lead ("Lead"); Solution ("Solution"). Missing: Project.');
    expect(run(doc, { query: 'element-type-present', params: { types: ['category:process'] } }).elements).toEqual([
      'p',
    ]);
  });
});

describe('property-set', () => {
  it('gives the share of elements of a type that state the property', () => {
    const doc = model([
      { id: 'd1', type: 'data-record', name: 'Customer list', properties: { owner: 'client' } },
      { id: 'd2', type: 'data-record', name: 'Call recordings' },
    ]);
    const result = run(doc, { query: 'property-set', params: { type: 'data-record', key: 'owner' } });
    expect(result.fulfilment).toBe(0.5);
    expect(result.evidence).toBe(
      '1 of 2 Data record / set elements state "Data owner"; not stated on "Call recordings".',
    );
    expect(run(model([]), { query: 'property-set', params: { type: 'data-record', key: 'owner' } }).fulfilment).toBe(0);
  });
});

describe('relation-coverage', () => {
  const doc = model(
    [
      { id: 'sales', type: 'delivery-process', name: 'Manage sales' },
      { id: 'service', type: 'delivery-process', name: 'Manage service', role: 'client' },
      { id: 'km', type: 'knowledge-management-system' },
      { id: 'ops', type: 'operational-crm-system' },
      { id: 'goal', type: 'objective' },
    ],
    [
      ['supports', 'km', 'sales'],
      ['supports', 'ops', 'service'],
      ['serves', 'service', 'goal'],
    ],
  );

  it('gives the share of subjects reached by the relation from the other types', () => {
    const result = run(doc, {
      query: 'relation-coverage',
      params: {
        relation: 'supports',
        direction: 'in',
        subjects: ['delivery-process'],
        others: ['knowledge-management-system'],
      },
    });
    expect(result.fulfilment).toBe(0.5);
    expect(result.evidence).toBe(
      '1 of 2 Delivery process elements have a "supports" relation from a Knowledge-management system ("Manage sales"); not: "Manage service".',
    );
  });

  it('limits the subjects to roles and follows outgoing relations', () => {
    const params = { relation: 'serves', direction: 'out', subjects: ['category:process'], others: ['objective'] };
    expect(run(doc, { query: 'relation-coverage', params: { ...params, roles: ['client'] } }).fulfilment).toBe(1);
    expect(run(doc, { query: 'relation-coverage', params: { ...params, roles: ['provider'] } }).fulfilment).toBe(0);
    expect(run(doc, { query: 'relation-coverage', params: { ...params, roles: ['customer'] } }).evidence).toBe(
      'The model has no Process in Customer.',
    );
  });
});
