import { describe, expect, it } from 'vitest';
import { shippedChecklists } from '../../src/core/evaluation/checklists.ts';
import { runQuery } from '../../src/core/evaluation/queries.ts';
import { elementsToCsv, importCsv } from '../../src/core/io/csv.ts';
import { importDocument } from '../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { Catalogue } from '../../src/core/model/catalogue.ts';
import { findingsFor } from '../../src/core/validation/index.ts';
import { shippedModel } from '../support/models.ts';
import { modelJson, modelText } from './load.ts';

// Geib et al. (2005): the customer process and the phases each delivery process covers.
const PHASES = ['need articulation', 'evaluation', 'buying', 'using', 'after-sales'];
const GEIB_PHASES: Record<string, string[]> = {
  'p-campaign-management': ['need articulation'],
  'p-sales-management': ['need articulation', 'evaluation', 'buying'],
  'p-service-management': ['after-sales'],
  'p-complaint-management': ['using'],
};

const reference = shippedModel();
const architecture = shippedModel('architecture/geib-2005.json');
const catalogue = Catalogue.parse(modelJson('catalogues/geib-2005-processes.json'));
const phasesOf = (elements: { id: string; properties?: Record<string, unknown> }[], id: string) =>
  elements.find((e) => e.id === id)?.properties?.customerPhase;

describe('the customer-process phases of a delivery process', () => {
  it('are a list of the five phases of Geib et al., "using" included', () => {
    const def = crmBpoMetamodel.elementType('delivery-process')?.properties.find((p) => p.key === 'customerPhase');
    expect(def).toMatchObject({ kind: 'enum-list', options: PHASES });
  });

  it('are those of the source in the reference model, the architecture model and the process catalogue', () => {
    for (const [id, phases] of Object.entries(GEIB_PHASES)) {
      expect(phasesOf(reference.elements, id), `reference ${id}`).toEqual(phases);
      expect(phasesOf(architecture.elements, id), `architecture ${id}`).toEqual(phases);
      expect(phasesOf(catalogue.entries, id), `catalogue ${id}`).toEqual(phases);
    }
    for (const e of reference.elements.filter((x) => x.type === 'delivery-process'))
      expect(crmBpoMetamodel.propertyProblems(e.type, e.properties), e.id).toEqual([]);
  });

  it('refuse a single phase as text, an unknown phase, a phase twice and an empty list', () => {
    const problems = (customerPhase: unknown) =>
      crmBpoMetamodel.propertyProblems('delivery-process', { customerPhase } as never).map((p) => p.message);
    expect(problems(['using', 'after-sales'])).toEqual([]);
    for (const bad of ['using', ['purchase'], ['using', 'using'], []])
      expect(problems(bad), JSON.stringify(bad)).toEqual([
        '"Customer-process phases" must list one or more of: need articulation, evaluation, buying, using, after-sales, each once.',
      ]);
  });

  it('of a file written before the list keep it valid: one phase becomes a list, "purchase" buying, "all" every phase', () => {
    const old = JSON.parse(modelText('reference/crm-bpo.json')) as {
      elements: { id: string; properties: Record<string, unknown> }[];
    };
    const single: Record<string, string> = {
      'p-campaign-management': 'need articulation',
      'p-sales-management': 'purchase',
      'p-service-management': 'after-sales',
      'p-complaint-management': 'all',
    };
    for (const e of old.elements) if (single[e.id]) e.properties.customerPhase = single[e.id];
    const result = importDocument(JSON.stringify(old), crmBpoMetamodel);
    if (!result.ok) return expect.unreachable(JSON.stringify(result.errors));
    expect(phasesOf(result.document.elements, 'p-campaign-management')).toEqual(['need articulation']);
    expect(phasesOf(result.document.elements, 'p-sales-management')).toEqual(['buying']);
    expect(phasesOf(result.document.elements, 'p-complaint-management')).toEqual(PHASES);
    expect(findingsFor(result.document, crmBpoMetamodel).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('travel through CSV as one cell and come back as a list', () => {
    const csv = elementsToCsv(reference);
    expect(csv).toContain('need articulation; evaluation; buying');
    const back = importCsv({ elements: csv }, { ...reference, elements: [] });
    if (!back.ok) return expect.unreachable(JSON.stringify(back.errors));
    expect(phasesOf(back.document.elements, 'p-sales-management')).toEqual(GEIB_PHASES['p-sales-management']);
  });

  it('let CU.8 find every phase covered in the reference model, "using" by complaint management', () => {
    const cu8 = shippedChecklists.flatMap((c) => c.criteria).find((c) => c.id === 'CU.8');
    if (!cu8?.auto || !('query' in cu8.auto)) return expect.unreachable('CU.8 has no query');
    const result = runQuery(reference, cu8.auto, crmBpoMetamodel);
    expect(result.fulfilment).toBe(1);
    expect(result.evidence).toContain('5 of 5 customer-process phases');
    expect(result.evidence).toContain('using: "Manage complaints"');
  });
});
