import fc from 'fast-check';
import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { deleteElements } from '../../../src/core/commands/elements.ts';
import { perform, startHistory, undo } from '../../../src/core/commands/history.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { createValidator, findingsFor, type Finding } from '../../../src/core/validation/index.ts';
import { changed, cleanModel, element, metamodel, relation } from './fixtures.ts';

const withTwoProblems = () =>
  changed((d) => {
    d.elements[1]!.optional = true; // element.undecided-optional (info by default)
    d.elements.push(element('o3', 'complaint', { name: 'Complaint' })); // element.isolated (warning)
  });

describe('findingsFor', () => {
  it('finds nothing in a model that breaks no rule, under either profile', () => {
    expect(findingsFor(cleanModel(), metamodel)).toEqual([]);
    expect(findingsFor(cleanModel(), metamodel, { profile: 'publication' })).toEqual([]);
  });

  it('judges by the model\'s profile, then by its own overrides ("off" drops a rule)', () => {
    const doc = withTwoProblems();
    const severities = (d: RefDocument) => findingsFor(d, metamodel).map((f) => `${f.rule}:${f.severity}`);
    expect(severities(doc)).toEqual(['element.isolated:warning', 'element.undecided-optional:info']);
    const publication = changed((d) => void (d.validation.profile = 'publication'), doc);
    expect(severities(publication)).toEqual(['element.isolated:error', 'element.undecided-optional:warning']);
    const overridden = changed(
      (d) => void (d.validation.overrides = { 'element.isolated': 'off', 'element.undecided-optional': 'error' }),
      publication,
    );
    expect(severities(overridden)).toEqual(['element.undecided-optional:error']);
  });

  it("lets an explicit profile option replace the model's choice", () => {
    expect(findingsFor(withTwoProblems(), metamodel, { profile: 'publication' }).map((f) => f.severity)).toEqual([
      'error',
      'warning',
    ]);
  });

  it("fills in each finding's rule, principle, step and hint", () => {
    const [finding] = findingsFor(withTwoProblems(), metamodel);
    expect(finding).toMatchObject({
      rule: 'element.isolated',
      principle: 'systematic-design',
      step: 'process-structure',
      relations: [],
    });
    expect(finding!.hint).toMatch(/relates the views/);
  });
});

describe('suppressions', () => {
  it('set a finding aside with its reason and leave it out of the counts', () => {
    const doc = changed((d) => {
      d.validation.suppressions = [{ rule: 'element.isolated', target: 'o3', reason: 'Added in the next workshop.' }];
    }, withTwoProblems());
    const report = createValidator(metamodel).run(doc);
    expect(report.findings.map((f) => f.rule)).toEqual(['element.undecided-optional']);
    expect(report.suppressed).toMatchObject([
      { reason: 'Added in the next workshop.', finding: { rule: 'element.isolated', elements: ['o3'] } },
    ]);
    expect(report.summary).toEqual({ error: 0, warning: 0, info: 1, total: 1 });
  });
});

describe('createValidator', () => {
  it('returns the same report for the same document, and keeps unchanged findings across an edit', () => {
    const validator = createValidator(metamodel);
    const doc = withTwoProblems();
    const first = validator.run(doc);
    expect(validator.run(doc)).toBe(first);
    const renamed = changed((d) => void (d.elements[0]!.name = 'Handle inquiries'), doc);
    const second = validator.run(renamed);
    expect(second).toBe(first); // the rename changed no finding
    const isolated = first.findings[0];
    const third = validator.run(changed((d) => void (d.elements[2]!.optional = true), renamed));
    expect(third.findings).toHaveLength(3);
    expect(third.findings[0]).toBe(isolated);
  });

  it('starts afresh when the validation settings change', () => {
    const validator = createValidator(metamodel);
    const doc = withTwoProblems();
    validator.run(doc);
    const off = changed((d) => void (d.validation.overrides['element.isolated'] = 'off'), doc);
    expect(validator.run(off).findings.map((f) => f.rule)).toEqual(['element.undecided-optional']);
  });

  it('follows deletes and their undo', () => {
    const validator = createValidator(metamodel);
    const history = perform(startHistory(cleanModel()), deleteElements(['r1']));
    expect(validator.run(history.document).findings.map((f) => f.rule)).toEqual(['process.no-responsible']);
    expect(validator.run(undo(history).document).findings).toEqual([]);
  });
});

/** One random edit, addressed by small numbers so fast-check can shrink a failing sequence. */
const edits: ((d: Draft<RefDocument>, a: number, b: number) => void)[] = [
  (d, a, b) => void (d.elements[a % d.elements.length]!.name = d.elements[b % d.elements.length]!.name),
  (d, a, b) =>
    void (d.elements[a % d.elements.length]!.type = [
      'delivery-process',
      'inquiry',
      'quality-measure',
      'job-role',
      'gadget',
      'customer-related-process',
    ][b % 6]!),
  (d, a, b) => void (d.elements[a % d.elements.length]![b % 2 ? 'area' : 'role'] = null),
  (d, a) => void (d.elements[a % d.elements.length]!.optional = true),
  (d, a) => void (d.elements[a % d.elements.length]!.goals = []),
  (d, a) =>
    void (d.elements[a % d.elements.length]!.properties = a % 2 ? { copcId: 'K1' } : { metricCategory: 'On Time' }),
  (d, a) => void d.elements.splice(a % d.elements.length, 1),
  (d, a, b) => {
    // Ids stay unique, as the integrity check keeps them in every document the workbench or the CLI validates.
    let n = d.elements.length;
    while (d.elements.some((e) => e.id === `new${n}-${a}`)) n++;
    const id = `new${n}-${a}`;
    d.elements.splice(
      b % (d.elements.length + 1),
      0,
      element(id, ['delivery-process', 'inquiry', 'quality-measure'][a % 3]!, { name: `New ${a}` }),
    );
  },
  (d, a, b) => {
    const ids = d.elements.map((e) => e.id);
    d.relations.push(
      relation(
        `rel${d.relations.length}-${a}-${b}`,
        ['input', 'output', 'measures', 'flow', 'responsible-for'][(a + b) % 5]!,
        ids[a % ids.length] ?? 'ghost',
        ids[b % ids.length] ?? 'ghost',
      ),
    );
  },
  (d, a) => void (d.relations.length && d.relations.splice(a % d.relations.length, 1)),
  (d, a, b) =>
    void (
      d.relations.length &&
      (d.relations[a % d.relations.length]!.type = ['input', 'output', 'measures', 'stores'][b % 4]!)
    ),
  (d, a) => void (d.views[1]!.elements = (d.views[1]!.elements as string[]).filter((_, i) => i !== a % 5)),
  (d, a) => void (d.views = d.views.filter((v) => v.elements !== 'all' || a % 2 === 0)),
  (d, a) => void (d.designGoals.maxElementsPerView = 1 + (a % 6)),
  (d, a) =>
    void (d.designGoals.namingRules =
      a % 2
        ? []
        : [{ id: 'nr', appliesTo: 'category:business-object', pattern: '^[A-Z]', description: '', example: '' }]),
  (d, a) => void (d.structuralGoals[0]!.acceptance = a % 2 ? '' : 'Tested.'),
  (d) =>
    void d.macroStructure.areas.push({
      id: `area${d.macroStructure.areas.length}`,
      name: 'Extra',
      colour: '#000000',
      description: '',
    }),
];

const key = (f: Finding) =>
  [
    f.rule,
    f.severity,
    f.message,
    f.elements.join(','),
    f.relations.join(','),
    (f.subjects ?? []).join(','),
    f.fix?.label ?? '',
  ].join('|');
const keys = (findings: readonly Finding[]) => findings.map(key).sort();

/** The model the edit sequences start from: the fixture with a second process, an optional inquiry and a suppression. */
const sequenceStart = () =>
  changed((d) => {
    d.elements.push(element('q1', 'customer-related-process', { name: 'Answer calls', properties: { copcId: 'K2' } }));
    d.elements.push(element('o3', 'inquiry', { name: 'Inquiry', optional: true }));
    d.relations.push(relation('x5', 'flow', 'p1', 'q1'), relation('x6', 'measures', 'm1', 'q1'));
    d.validation.suppressions = [{ rule: 'naming.duplicate', target: 'o3', reason: 'Kept apart on purpose.' }];
  });

describe('incremental validation', () => {
  it('offers the same cell as a fresh run after a relation of a cell-less process changes', () => {
    // Found by the property below (seed 1376833193): the fix named another neighbour when the edited relation moved to the end of its element's list.
    const validator = createValidator(metamodel);
    let doc = sequenceStart();
    validator.run(doc);
    for (const [edit, a, b] of [
      [2, 0, 0],
      [1, 17, 0],
      [10, 20, 0],
    ] as const) {
      doc = produce(doc, (d) => edits[edit]!(d, a, b));
      expect(keys(validator.run(doc).findings)).toEqual(keys(findingsFor(doc, metamodel)));
    }
  });

  it('gives after any sequence of edits exactly the findings of a fresh validation', () => {
    const start = sequenceStart();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(edits.length - 1), fc.nat(40), fc.nat(40)), { maxLength: 20 }), (steps) => {
        const validator = createValidator(metamodel);
        let doc = start;
        validator.run(doc);
        for (const [edit, a, b] of steps) {
          doc = produce(doc, (d) => edits[edit]!(d, a, b));
          const report = validator.run(doc);
          expect(keys(report.findings)).toEqual(keys(findingsFor(doc, metamodel)));
          expect(report.summary.total).toBe(report.findings.length);
        }
      }),
      { numRuns: 80 },
    );
  });
});
