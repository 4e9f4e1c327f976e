import { describe, expect, it } from 'vitest';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { Catalogue } from '../../src/core/model/catalogue.ts';
import { shippedModel } from '../support/models.ts';
import { modelJson } from './load.ts';
import { compilePattern } from '../../src/core/validation/patterns.ts';
import { SUGGESTIONS } from '../../src/ui/method/editors/naming-presets.ts';

const geib = Catalogue.parse(modelJson('catalogues/geib-2005-processes.json'));
const copc = Catalogue.parse(modelJson('catalogues/copc-2000.json'));
const reference = shippedModel();
const copcModel = shippedModel('copc/copc-2000.json');

describe.each([geib, copc])('the catalogue "$name"', (catalogue) => {
  it('offers only element types and property values the metamodel accepts', () => {
    for (const entry of catalogue.entries) {
      expect(crmBpoMetamodel.categoryOf(entry.type)?.id, entry.id).toBe('process');
      expect(crmBpoMetamodel.propertyProblems(entry.type, entry.properties ?? {}), entry.id).toEqual([]);
      for (const m of entry.measures ?? []) {
        const properties = { metricCategory: m.metricCategory, ...(m.copcMetric === undefined ? {} : { copcMetric: m.copcMetric }), definition: m.definition };
        expect(crmBpoMetamodel.propertyProblems('quality-measure', properties), `${entry.id}: ${m.name}`).toEqual([]);
      }
    }
  });

  it('suggests cells that exist in the CRM-in-BPO macro structure and match the reference model', () => {
    const areas = reference.macroStructure.areas.map((a) => a.id);
    const roles = reference.macroStructure.roles.map((r) => r.id);
    for (const entry of catalogue.entries) {
      expect(areas, entry.id).toContain(entry.area);
      expect(roles, entry.id).toContain(entry.role);
      const inModel = reference.elements.find((e) => e.id === entry.id);
      expect(inModel && [inModel.type, inModel.area, inModel.role], entry.id).toEqual([entry.type, entry.area, entry.role]);
    }
  });
});

describe.each([geib, copc])('the names of "$name"', (catalogue) => {
  it('follow the naming presets step 4 offers, so a picked process raises no naming finding', () => {
    const rule = (scope: string) => compilePattern(SUGGESTIONS.find((s) => s.appliesTo === scope)!.pattern);
    const [processes, measures] = [rule('category:process'), rule('category:quality-measure')];
    if (!processes.ok || !measures.ok) throw new Error('a shipped naming preset does not compile');
    expect(catalogue.entries.map((e) => e.name).filter((n) => !processes.regex.test(n))).toEqual([]);
    const measureNames = catalogue.entries.flatMap((e) => (e.measures ?? []).map((m) => m.name));
    expect(measureNames.filter((n) => !measures.regex.test(n))).toEqual([]);
  });
});

describe('the Geib et al. process catalogue', () => {
  it('lists the 13 processes under the names of the paper, delivery processes with their customer-process phase', () => {
    expect(geib.entries).toHaveLength(13);
    expect(geib.entries.find((e) => e.name === 'Synchronise channels')?.description).toContain(
      'Name in Geib et al. (2005): "Multi-channel management".',
    );
    for (const e of geib.entries.filter((x) => x.type === 'delivery-process')) expect(e.properties?.customerPhase, e.id).toBeTruthy();
  });
});

describe('the COPC-2000 catalogue', () => {
  it('lists the 9 KCRPs and 4 KSPs with metrics 1-44, three of them for call efficiency (#7)', () => {
    expect(copc.entries.map((e) => e.properties?.copcId)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'S1', 'S2', 'S3', 'S4']);
    const numbers = copc.entries.flatMap((e) => (e.measures ?? []).map((m) => m.copcMetric));
    expect(new Set(numbers)).toEqual(new Set(Array.from({ length: 44 }, (_, i) => i + 1)));
    expect(numbers.filter((n) => n === 7)).toHaveLength(3);
  });

  it('offers the same measures as the COPC-2000 model in the gallery', () => {
    const measured = (processId: string) =>
      copcModel.relations.filter((r) => r.type === 'measures' && r.target === processId).map((r) => copcModel.elements.find((e) => e.id === r.source)!.name).sort();
    for (const entry of copc.entries) expect((entry.measures ?? []).map((m) => m.name).sort(), entry.id).toEqual(measured(entry.id));
  });

  it('rejects an entry list with a repeated id', () => {
    const entry = copc.entries[0]!;
    expect(Catalogue.safeParse({ ...copc, entries: [entry, entry] }).success).toBe(false);
  });
});
