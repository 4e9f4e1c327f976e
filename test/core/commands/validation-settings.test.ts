import { describe, expect, it } from 'vitest';
import { perform, startHistory, undo, type Edit } from '../../../src/core/commands/history.ts';
import type { Checked } from '../../../src/core/commands/command.ts';
import * as settings from '../../../src/core/commands/validation-settings.ts';
import type { CommandLabel } from '../../../src/core/commands/label.ts';
import { commandLabel } from '../../../src/core/i18n/say.ts';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { createValidator } from '../../../src/core/validation/index.ts';
import { changed, cleanModel, metamodel } from '../validation/fixtures.ts';

const english = (e: Edit) => commandLabel(e.label as CommandLabel, 'en');

/** Applies an edit as one undo step, checks that undo restores the document exactly and that it still imports. */
function apply(doc: RefDocument, command: Edit | Checked): RefDocument {
  const e = 'ok' in command ? (command.ok ? command.edit : expect.fail(command.message)) : command;
  const history = perform(startHistory(doc), e);
  expect(history.past).toHaveLength(1);
  expect(undo(history).document).toEqual(doc);
  const result = importDocument(exportDocument(history.document), metamodel);
  if (!result.ok) expect.fail(result.errors.map((x) => `${x.path}: ${x.message}`).join('\n'));
  return history.document;
}
const refused = (checked: Checked) => (checked.ok ? expect.fail('expected the input to be refused') : checked);
const report = (doc: RefDocument) => createValidator(metamodel).run(doc);
const rulesOf = (doc: RefDocument) => report(doc).findings.map((f) => f.rule);

/** The clean model with one process that no quality measure measures. */
const unmeasured = () => changed((d) => void (d.relations = d.relations.filter((r) => r.type !== 'measures')));

describe('profile and severity overrides', () => {
  it('switches to the publication profile, where a missing measure is an error', () => {
    const doc = changed(
      (d) => void d.relations.push({ id: 'x5', type: 'measures', source: 'm1', target: 'p1', label: '' }),
      unmeasured(),
    );
    const before = unmeasured();
    expect(report(before).findings.find((f) => f.rule === 'process.no-measure')?.severity).toBe('warning');
    const after = apply(before, settings.setProfile('publication', 'Publication'));
    expect(after.validation.profile).toBe('publication');
    expect(report(after).findings.find((f) => f.rule === 'process.no-measure')?.severity).toBe('error');
    expect(report(doc).findings.filter((f) => f.rule === 'process.no-measure')).toEqual([]);
  });

  it("overrides a rule's severity, switches it off, and resets it", () => {
    let doc = apply(unmeasured(), settings.setOverride('process.no-measure', 'info', 'Measured'));
    expect(report(doc).findings.find((f) => f.rule === 'process.no-measure')?.severity).toBe('info');
    doc = apply(doc, settings.setOverride('process.no-measure', 'off'));
    expect(rulesOf(doc)).not.toContain('process.no-measure');
    doc = apply(doc, settings.setOverride('process.no-measure', null));
    expect(doc.validation.overrides).toEqual({});
    expect(rulesOf(doc)).toContain('process.no-measure');
  });

  it('names the change in the undo label', () => {
    expect(english(settings.setOverride('a', 'off', 'A rule'))).toBe('Switch off "A rule"');
    expect(english(settings.setOverride('a', 'info', 'A rule'))).toBe('Make "A rule" a note');
    expect(english(settings.setOverride('a', 'error', 'A rule'))).toBe('Make "A rule" an error');
    expect(english(settings.setOverride('a', null, 'A rule'))).toBe('Reset severity of "A rule"');
  });
});

describe('suppressions', () => {
  it('sets a finding aside for one element with its reason, and restores it', () => {
    let doc = apply(
      unmeasured(),
      settings.suppressFinding(
        { rule: 'process.no-measure', target: 'p1', reason: 'Measured by the client' },
        'Handle inquiry',
      ),
    );
    const r = report(doc);
    expect(r.findings.map((f) => f.rule)).not.toContain('process.no-measure');
    expect(r.suppressed.map((s) => [s.finding.rule, s.reason])).toContainEqual([
      'process.no-measure',
      'Measured by the client',
    ]);
    doc = apply(doc, settings.unsuppressFinding('process.no-measure', 'p1'));
    expect(doc.validation.suppressions).toEqual([]);
    expect(rulesOf(doc)).toContain('process.no-measure');
  });

  it('changes the reason when the same finding is suppressed again', () => {
    let doc = apply(
      unmeasured(),
      settings.suppressFinding({ rule: 'process.no-measure', target: 'p1', reason: 'first' }),
    );
    doc = apply(doc, settings.suppressFinding({ rule: 'process.no-measure', target: 'p1', reason: 'second' }));
    expect(doc.validation.suppressions).toEqual([{ rule: 'process.no-measure', target: 'p1', reason: 'second' }]);
  });

  it('refuses a suppression without a reason', () => {
    expect(refused(settings.suppressFinding({ rule: 'process.no-measure', target: 'p1', reason: '   ' }))).toEqual({
      ok: false,
      message: 'say why this finding is accepted',
      text: { id: 'finding.no-reason', params: {} },
      field: 'reason',
    });
  });
});

describe('user rules', () => {
  const naming: settings.UserRuleInput = {
    kind: 'naming',
    title: 'Measures name their unit',
    severity: 'warning',
    appliesTo: 'quality-measure',
    pattern: '\\(.+\\)$',
  };

  it("adds a rule with an id from its title, and its findings run like a built-in rule's", () => {
    const doc = apply(cleanModel(), settings.addUserRule(naming));
    expect(doc.validation.rules.map((r) => r.id)).toEqual(['measures-name-their-unit']);
    const found = report(doc).findings.filter((f) => f.rule === 'user.measures-name-their-unit');
    expect(found.map((f) => [f.severity, f.elements])).toEqual([['warning', ['m1']]]);
  });

  it('gives a second rule with the same title a free id', () => {
    const doc = apply(apply(cleanModel(), settings.addUserRule(naming)), settings.addUserRule(naming));
    expect(doc.validation.rules.map((r) => r.id)).toEqual(['measures-name-their-unit', 'measures-name-their-unit-2']);
  });

  it('adds each kind the engine supports', () => {
    let doc = cleanModel();
    doc = apply(
      doc,
      settings.addUserRule({
        kind: 'required-property',
        title: 'Measures have a target',
        appliesTo: 'quality-measure',
        property: 'target',
      }),
    );
    doc = apply(
      doc,
      settings.addUserRule({
        kind: 'count',
        title: 'At most one process per area',
        appliesTo: 'category:process',
        per: 'area',
        max: 0,
      }),
    );
    doc = apply(
      doc,
      settings.addUserRule({
        kind: 'required-relation',
        title: 'Inquiries feed a process',
        appliesTo: 'inquiry',
        relation: 'input',
        direction: 'outgoing',
        other: 'category:process',
      }),
    );
    const rules = new Set(rulesOf(doc));
    expect(rules.has('user.measures-have-a-target')).toBe(true);
    expect(rules.has('user.at-most-one-process-per-area')).toBe(true);
    expect(rules.has('user.inquiries-feed-a-process')).toBe(false);
    expect(rules.has('validation.settings')).toBe(false);
  });

  it('edits a rule in place, keeping its id', () => {
    let doc = apply(cleanModel(), settings.addUserRule(naming));
    doc = apply(
      doc,
      settings.updateUserRule('measures-name-their-unit', {
        ...naming,
        title: 'Measure names end in a unit',
        pattern: '.',
      }),
    );
    expect(doc.validation.rules.map((r) => [r.id, r.title])).toEqual([
      ['measures-name-their-unit', 'Measure names end in a unit'],
    ]);
    expect(rulesOf(doc)).not.toContain('user.measures-name-their-unit');
  });

  it('removes a rule with the overrides and suppressions that name it', () => {
    let doc = apply(cleanModel(), settings.addUserRule(naming));
    doc = apply(doc, settings.setOverride('user.measures-name-their-unit', 'error'));
    doc = apply(
      doc,
      settings.suppressFinding({ rule: 'user.measures-name-their-unit', target: 'm1', reason: 'agreed' }),
    );
    doc = apply(doc, settings.removeUserRule('measures-name-their-unit', 'Measures name their unit'));
    expect(doc.validation).toEqual(cleanModel().validation);
  });

  it('refuses input the engine could not run, naming the field', () => {
    expect(refused(settings.addUserRule({ ...naming, title: ' ' }))).toMatchObject({
      field: 'title',
      message: 'a name cannot be empty',
    });
    expect(refused(settings.addUserRule({ ...naming, pattern: '' }))).toMatchObject({ field: 'pattern' });
    const invalid = refused(settings.addUserRule({ ...naming, pattern: '([a-z' }));
    expect(invalid.field).toBe('pattern');
    expect(invalid.message).toMatch(/^The pattern cannot be used: it is not a valid regular expression/);
    // Nested repetition such as (a+)+ runs in linear time now; a back-reference cannot.
    expect(settings.addUserRule({ ...naming, pattern: '(a+)+' }).ok).toBe(true);
    const backReference = refused(settings.addUserRule({ ...naming, pattern: '(a)\\1' }));
    expect(backReference.field).toBe('pattern');
    expect(backReference.message).toMatch(/refers back to a group/);
    const count = { kind: 'count', title: 'Some', appliesTo: 'inquiry', per: 'role' } as const;
    expect(refused(settings.addUserRule(count))).toMatchObject({
      field: 'min',
      message: 'a count rule needs a min, a max or both',
    });
    expect(refused(settings.addUserRule({ ...count, min: 3, max: 1 }))).toMatchObject({
      field: 'max',
      message: 'min cannot exceed max',
    });
    expect(refused(settings.addUserRule({ ...count, min: -1 }))).toMatchObject({ field: 'min' });
  });
});
