import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Checklist, ChecklistSources, MatookIndulskaModel } from '../../../src/core/evaluation/checklist-schema.ts';
import { matookIndulska, shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';

const dir = 'models/checklists';
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

// The rule ids every validation rule is implemented under (the shared contract in the project brief).
const SHARED_RULES = [
  'metamodel.properties',
  'metamodel.relation',
  'reference.dangling',
  'naming.duplicate',
  'element.isolated',
  'element.in-no-view',
  'process.no-cell',
  'process.no-responsible',
  'process.no-io',
  'process.no-measure',
  'measure.measures-nothing',
  'goal.defined',
  'goal.testable',
  'goal.perspectives',
  'goal.unserved',
  'element.serves-no-goal',
  'macro.defined',
  'lane.empty',
  'design.naming-rules',
  'naming.rule',
  'view.perspectives',
  'view.too-many-elements',
  'copc.required-metrics',
  'element.undecided-optional',
];

describe('shipped checklist files', () => {
  it('every file in models/checklists parses against its schema', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual([
      'client.json',
      'common.json',
      'customer.json',
      'internal.json',
      'matook-indulska-2009.json',
      'sources.json',
    ]);
    for (const file of files) {
      const schema =
        file === 'sources.json' ? ChecklistSources : file.startsWith('matook') ? MatookIndulskaModel : Checklist;
      const result = schema.safeParse(read(file));
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });

  it('has the criteria of domain §5 and the gaps a BPO client would raise: 8 common, 15 client, 12 customer, 13 internal', () => {
    const byPerspective = Object.fromEntries(
      shippedChecklists.map((c) => [c.perspective, c.criteria.map((k) => k.id)]),
    );
    expect(byPerspective.all).toEqual(['C0.1', 'C0.2', 'C0.3', 'C0.4', 'C0.5', 'C0.6', 'C0.7', 'C0.8']);
    expect(byPerspective.client).toEqual(Array.from({ length: 15 }, (_, i) => `CL.${i + 1}`));
    expect(byPerspective.customer).toEqual(Array.from({ length: 12 }, (_, i) => `CU.${i + 1}`));
    expect(byPerspective.internal).toEqual(Array.from({ length: 13 }, (_, i) => `IN.${i + 1}`));
  });

  it('cites only sources listed in sources.json', () => {
    const sources = new Set(ChecklistSources.parse(read('sources.json')).map((s) => s.id));
    const cited = shippedChecklists.flatMap((c) =>
      c.criteria.flatMap((k) => k.basis.map((b) => `${k.id}:${b.source}`)),
    );
    expect(cited.filter((c) => !sources.has(c.split(':')[1]!))).toEqual([]);
  });

  it('wires rule checks only to rule ids of the shared validation contract', () => {
    const rules = shippedChecklists.flatMap((c) =>
      c.criteria.flatMap((k) => (k.auto && 'rule' in k.auto ? [k.auto.rule].flat() : [])),
    );
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.filter((r) => !SHARED_RULES.includes(r))).toEqual([]);
  });

  it('names in query parameters only types, relations and metric categories the metamodel defines', () => {
    const categories = crmBpoMetamodel
      .elementType('quality-measure')!
      .properties.find((p) => p.key === 'metricCategory')!.options!;
    const known = (selector: string) =>
      selector.startsWith('category:')
        ? crmBpoMetamodel.category(selector.slice(9)) !== undefined
        : crmBpoMetamodel.elementType(selector) !== undefined;
    const problems: string[] = [];
    for (const criterion of shippedChecklists.flatMap((c) => c.criteria)) {
      const auto = criterion.auto;
      if (!auto || !('query' in auto)) continue;
      const p = auto.params as Record<string, unknown>;
      const types = ['types', 'subjects', 'others']
        .flatMap((k) => (p[k] as string[] | undefined) ?? [])
        .concat(['type', 'synchronisedBy'].flatMap((k) => (typeof p[k] === 'string' ? [p[k]] : [])));
      problems.push(...types.filter((t) => !known(t)).map((t) => `${criterion.id}: type ${t}`));
      if (typeof p.relation === 'string' && !crmBpoMetamodel.relationType(p.relation))
        problems.push(`${criterion.id}: relation ${p.relation}`);
      if (auto.query === 'copc-process-measured')
        problems.push(
          ...auto.params.categories.filter((c) => !categories.includes(c)).map((c) => `${criterion.id}: category ${c}`),
        );
    }
    expect(problems).toEqual([]);
  });

  it('gives the Matook & Indulska model 5 characteristics, 7 phases with 40 activities and a full default matrix of 0/1/3/9', () => {
    expect(matookIndulska.characteristics.map((c) => c.id)).toEqual([
      'generality',
      'flexibility',
      'completeness',
      'usability',
      'understandability',
    ]);
    expect(matookIndulska.phases.map((p) => p.activities.length)).toEqual([6, 8, 6, 5, 4, 5, 6]);
    expect(matookIndulska.phases.flatMap((p) => p.activities).length).toBe(40);
    for (const phase of matookIndulska.phases) {
      expect(phase.activities.every((a) => a.id.startsWith(`${phase.number}.`))).toBe(true);
      expect(Object.keys(matookIndulska.defaultCorrelation[phase.id] ?? {}).sort()).toEqual(
        matookIndulska.characteristics.map((c) => c.id).sort(),
      );
    }
    const ids = new Set(matookIndulska.characteristics.map((c) => c.id));
    expect(matookIndulska.interactions.every((i) => ids.has(i.from) && ids.has(i.to))).toBe(true);
  });

  it('rejects a checklist whose query parameters are wrong', () => {
    const bad = {
      id: 'x',
      version: '1',
      title: 'X',
      perspective: 'client',
      criteria: [
        {
          id: 'X.1',
          title: 'T',
          question: 'Q?',
          principle: 'clarity',
          group: 'G',
          basis: [{ source: 'GoM' }],
          auto: { query: 'copc-process-measured', params: { copc: 'K8' } },
        },
      ],
    };
    expect(Checklist.safeParse(bad).success).toBe(false);
    expect(
      Checklist.safeParse({ ...bad, criteria: [{ ...bad.criteria[0], auto: { query: 'no-such-query', params: {} } }] })
        .success,
    ).toBe(false);
  });
});
