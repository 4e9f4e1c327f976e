import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { crmBpoData } from '../../../src/core/metamodel/crm-bpo.ts';
import { RefDocument, type RefDocumentInput } from '../../../src/core/model/schema.ts';
import { createValidator, findingsFor, type Finding } from '../../../src/core/validation/index.ts';
import { metamodel } from './fixtures.ts';

const TYPES = [...crmBpoData.elementTypes.map((t) => t.id), 'no-such-type'];
const RELATIONS = [...crmBpoData.relationTypes.map((t) => t.id), 'no-such-relation'];
const METRICS = ['On Time', 'Accuracy', 'Efficiency', 'Volume'];

/**
 * A deterministic 2,000-element model that breaks every built-in rule somewhere: unknown and disallowed types,
 * dangling ends and lanes, missing cells, duplicate names, optional elements, COPC processes, views that miss
 * elements, naming rules and user rules of every kind.
 */
function variedModel(size: number): RefDocument {
  let seed = 12345;
  // mulberry32: every bit of it is random, so picks modulo small numbers are spread evenly.
  const pick = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const elements = Array.from({ length: size }, (_, i) => {
    const type = TYPES[pick(TYPES.length)]!;
    return {
      id: `e${i}`,
      type,
      name: pick(9) === 0 ? `Shared name ${pick(5)}` : `${pick(2) ? 'Handle' : 'handle'} item ${i}`,
      area: [null, 'sales', 'operations', 'nowhere'][pick(4)]!,
      role: [null, 'client', 'provider', 'customer'][pick(4)]!,
      optional: pick(13) === 0,
      properties: {
        ...(type === 'quality-measure' ? { metricCategory: METRICS[pick(METRICS.length)]! } : {}),
        ...(type.endsWith('process') && pick(7) === 0 ? { copcId: `K${1 + pick(4)}` } : {}),
        ...(pick(31) === 0 ? { owner: 7 } : {}),
      },
      goals: [[], ['g1'], ['g2'], ['missing-goal']][pick(4)]!,
    };
  });
  const relations = Array.from({ length: size * 2 }, (_, i) => {
    const source = pick(50) === 0 ? `ghost${i}` : `e${pick(size)}`;
    const target = pick(60) === 0 ? source : `e${pick(size)}`;
    return { id: `r${i}`, type: RELATIONS[pick(RELATIONS.length)]!, source, target };
  });
  const listed = elements.filter((_, i) => i % 3 === 0).map((e) => e.id);
  const input: RefDocumentInput = {
    formatVersion: 1,
    meta: { id: 'varied', name: 'Varied', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' },
    structuralGoals: [
      { id: 'g1', kind: 'purpose', text: 'Serve clients', perspective: 'client', acceptance: 'A workshop agrees.' },
      { id: 'g2', kind: 'scope', text: 'Cover service', perspective: 'internal', acceptance: '' },
      { id: 'g3', kind: 'users', text: 'Nobody served', perspective: 'customer', acceptance: 'Yes.' },
    ],
    macroStructure: {
      areas: [
        { id: 'sales', name: 'Sales', colour: '#5b6b8c' },
        { id: 'operations', name: 'Operations', colour: '#5f8a7a' },
        { id: 'empty', name: 'Empty', colour: '#7a6a9a' },
      ],
      roles: [
        { id: 'client', name: 'Client', colour: '#1f77b4' },
        { id: 'provider', name: 'Provider', colour: '#2a9d8f' },
        { id: 'customer', name: 'Customer', colour: '#e07b24' },
      ],
    },
    designGoals: {
      maxElementsPerView: 500,
      namingRules: [
        { id: 'nr', appliesTo: 'category:process', pattern: '^\\p{Lu}', description: 'capital', example: 'Handle' },
      ],
    },
    method: { methodId: 'crm-bpo-construction', currentStep: 'structural-goals' },
    elements,
    relations,
    views: [
      { id: 'full', name: 'Full', perspective: 'full', elements: 'all' },
      { id: 'client', name: 'Client view', perspective: 'client', elements: [...listed, 'gone'] },
      { id: 'customer', name: 'Customer view', perspective: 'customer', elements: ['gone'] },
    ],
    validation: {
      rules: [
        { id: 'prop', kind: 'required-property', title: 'Owner', appliesTo: 'category:process', property: 'owner' },
        { id: 'count', kind: 'count', title: 'Few', appliesTo: 'quality-measure', per: 'area', max: 10 },
        { id: 'name', kind: 'naming', title: 'Item', appliesTo: 'category:business-object', pattern: 'item 1' },
        {
          id: 'rel',
          kind: 'required-relation',
          title: 'Measured',
          appliesTo: 'category:process',
          relation: 'measures',
          direction: 'incoming',
          other: 'quality-measure',
        },
      ],
    },
  };
  return RefDocument.parse(input);
}

/** Everything a user sees of a finding, in one line. */
const line = (f: Finding) =>
  [f.rule, f.severity, f.message, f.elements, f.relations, f.subjects ?? [], f.fix?.label ?? ''].join('|');

/** A 32-bit FNV-1a digest of the findings in report order: any change of text, ids, fix or order changes it. */
function digest(findings: readonly Finding[]): string {
  let hash = 0x811c9dc5;
  for (const f of findings)
    for (const c of `${line(f)}\n`) hash = Math.imul(hash ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(16);
}

function countsByRule(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}

describe('a generated 2,000-element model', () => {
  const doc = variedModel(2_000);

  it('gets the findings it got before the index was made dense: the same per rule, in the same order and words', () => {
    const findings = findingsFor(doc, metamodel);
    expect(countsByRule(findings)).toMatchInlineSnapshot(`
      {
        "copc.required-metrics": 48,
        "element.isolated": 44,
        "element.serves-no-goal": 1000,
        "element.undecided-optional": 137,
        "goal.testable": 1,
        "goal.unserved": 1,
        "lane.empty": 1,
        "measure.measures-nothing": 49,
        "metamodel.properties": 318,
        "metamodel.relation": 3476,
        "naming.duplicate": 54,
        "naming.rule": 169,
        "object.no-area": 231,
        "process.no-cell": 156,
        "process.no-io": 318,
        "process.no-measure": 366,
        "process.no-responsible": 367,
        "reference.dangling": 953,
        "user.count": 2,
        "user.name": 479,
        "user.prop": 358,
        "user.rel": 366,
        "validation.settings": 1,
        "view.empty": 1,
        "view.perspectives": 1,
        "view.too-many-elements": 2,
      }
    `);
    expect(digest(findings)).toMatchInlineSnapshot(`"42525bf8"`);
  });

  it('gets the findings it got before when two elements share an id (the later one stands for it), in steps too', () => {
    // The first shared id is 500 elements apart: in steps, its elements are indexed in different slices.
    const twice = produce(doc, (d) => {
      for (let i = 597; i < d.elements.length; i += 97) d.elements[i]!.id = d.elements[i - 500]!.id;
    });
    const findings = findingsFor(twice, metamodel);
    expect(findings.length).toMatchInlineSnapshot(`8906`);
    expect(digest(findings)).toMatchInlineSnapshot(`"1c21ea28"`);
    const steps = createValidator(metamodel).runInSteps(twice);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(digest(step.value.findings)).toBe(digest(findings));
  });

  it('gets after edits from the incremental validator exactly the findings of a fresh run', () => {
    const validator = createValidator(metamodel);
    validator.run(doc);
    let version = doc;
    for (let i = 0; i < 12; i++) {
      version = produce(version, (d) => {
        const at = (i * 389) % d.elements.length;
        if (i % 4 === 0) d.elements.splice(at, 1);
        else if (i % 4 === 1) d.relations.splice(at, 3);
        else if (i % 4 === 2)
          d.relations.push({
            id: `new${i}`,
            type: 'measures',
            source: d.elements[at]!.id,
            target: `e${at + 1}`,
            label: '',
          });
        else d.elements[at]!.type = 'quality-measure';
      });
      // An update keeps unchanged findings where they were, so only the sets compare.
      expect(validator.run(version).findings.map(line).sort()).toEqual(
        findingsFor(version, metamodel).map(line).sort(),
      );
    }
  });
});
