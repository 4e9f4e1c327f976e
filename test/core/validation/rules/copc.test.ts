import { describe, expect, it } from 'vitest';
import { copcRequirements } from '../../../../src/core/validation/index.ts';
import { metamodel, changed, cleanModel, element, findingsOf, relation } from '../fixtures.ts';

const withCopcProcess = (copcId: string, categories: string[]) =>
  changed((d) => {
    d.elements.push(
      element('k', 'customer-related-process', { name: 'Answer end-user calls', properties: { copcId } }),
    );
    d.relations.push(relation('kx', 'input', 'o1', 'k'));
    categories.forEach((category, i) => {
      d.elements.push(
        element(`km${i}`, 'quality-measure', { name: `Measure ${i}`, properties: { metricCategory: category } }),
      );
      d.relations.push(relation(`kr${i}`, 'measures', `km${i}`, 'k'));
    });
  });

describe('copc.required-metrics', () => {
  it('names the metric categories a COPC key process lacks, with counts where COPC asks for several', () => {
    const doc = withCopcProcess('K2', ['On Time', 'Volume', 'Efficiency']);
    const [finding] = findingsOf('copc.required-metrics', doc);
    expect(finding).toMatchObject({ severity: 'warning', elements: ['k'] });
    expect(finding!.message).toBe(
      'COPC key customer-related process "Answer end-user calls" implements COPC K2 "Answer end-user calls" but lacks measures of Abandonment Rate, Accuracy, Call Quality and Efficiency (1 of 3).',
    );
  });

  it('is satisfied when every required category is measured', () => {
    expect(findingsOf('copc.required-metrics', withCopcProcess('K8', ['On Time', 'Backlog', 'Accuracy']))).toEqual([]);
    expect(findingsOf('copc.required-metrics', cleanModel())).toEqual([]);
  });

  it("reads its requirements from the COPC catalogue, in the metamodel's metric categories", () => {
    expect(copcRequirements.map((r) => r.id)).toEqual([
      'K1',
      'K2',
      'K3',
      'K4',
      'K5',
      'K6',
      'K7',
      'K8',
      'K9',
      'S1',
      'S2',
      'S3',
      'S4',
    ]);
    const categories = metamodel
      .elementType('quality-measure')!
      .properties.find((p) => p.key === 'metricCategory')!.options!;
    for (const r of copcRequirements)
      for (const category of Object.keys(r.required)) expect(categories).toContain(category);
  });
});
