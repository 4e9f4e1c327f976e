import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { perform, startHistory, undo, type Edit } from '../../../src/core/commands/history.ts';
import * as method from '../../../src/core/commands/method.ts';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { Element, RefDocument } from '../../../src/core/model/schema.ts';
import { AT, model } from '../method/support.ts';

/** Applies an edit as one undo step, checks that undo restores the document exactly, and returns the result. */
function apply(doc: RefDocument, edit: Edit | method.Checked): RefDocument {
  const e = 'ok' in edit ? (edit.ok ? edit.edit : expect.fail(edit.message)) : edit;
  const history = perform(startHistory(doc), e);
  expect(history.past).toHaveLength(1);
  expect(undo(history).document).toEqual(doc);
  return history.document;
}
const refused = (checked: method.Checked) =>
  checked.ok ? expect.fail('expected the input to be refused') : checked.message;
const unchanged = (doc: RefDocument, edit: Edit) => expect(perform(startHistory(doc), edit).past).toHaveLength(0);
const imports = (doc: RefDocument) => {
  const result = importDocument(exportDocument(doc), crmBpoMetamodel);
  if (!result.ok) expect.fail(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
};

const element = (id: string, area: string | null, role: string | null, type = 'inquiry'): Element => ({
  id,
  type,
  name: id,
  description: '',
  area,
  role,
  optional: false,
  properties: {},
  provenance: { note: '' },
  goals: [],
});
const withElements = (...elements: Element[]) => produce(model(), (d) => void d.elements.push(...elements));

describe('structural goals', () => {
  const goal = {
    kind: 'purpose' as const,
    text: 'A common reference for client and provider',
    perspective: 'all' as const,
    rationale: 'Both sides asked for it',
  };

  it('adds goals with numbered ids', () => {
    let doc = apply(model(), method.addStructuralGoal(goal));
    doc = apply(doc, method.addStructuralGoal({ ...goal, kind: 'scope', perspective: 'internal' }));
    expect(doc.structuralGoals.map((g) => [g.id, g.kind, g.acceptance])).toEqual([
      ['goal-1', 'purpose', ''],
      ['goal-2', 'scope', ''],
    ]);
    imports(doc);
  });

  it('refuses a goal without text', () => {
    expect(refused(method.addStructuralGoal({ ...goal, text: '  ' }))).toBe('text: a name cannot be empty');
  });

  it('edits only the fields given', () => {
    const doc = apply(
      apply(model(), method.addStructuralGoal(goal)),
      method.updateStructuralGoal('goal-1', { acceptance: 'Every process sits in one cell' }),
    );
    expect(doc.structuralGoals[0]).toMatchObject({
      acceptance: 'Every process sits in one cell',
      rationale: 'Both sides asked for it',
      perspective: 'all',
    });
    expect(refused(method.updateStructuralGoal('goal-1', { perspective: 'everyone' as 'all' }))).toMatch(
      /^perspective: /,
    );
  });

  it('unlinks the elements that served a goal when it is removed, and undo links them again', () => {
    let doc = apply(withElements(element('inquiry', 'operations', 'customer')), method.addStructuralGoal(goal));
    doc = apply(doc, method.linkElementToGoal('inquiry', 'goal-1'));
    expect(doc.elements[0]!.goals).toEqual(['goal-1']);
    unchanged(doc, method.linkElementToGoal('inquiry', 'goal-1')); // already linked
    unchanged(doc, method.linkElementToGoal('inquiry', 'goal-9')); // no such goal
    const removed = apply(doc, method.removeStructuralGoal('goal-1'));
    expect(removed.structuralGoals).toEqual([]);
    expect(removed.elements[0]!.goals).toEqual([]);
    imports(removed);
    expect(apply(doc, method.unlinkElementFromGoal('inquiry', 'goal-1')).elements[0]!.goals).toEqual([]);
  });
});

describe('macro structure', () => {
  it('adds a lane with an id from its name, at a position', () => {
    const doc = apply(model(), method.addLane('area', { name: 'Service Innovation', colour: '#9ca3af' }, 1));
    expect(doc.macroStructure.areas.map((a) => a.id)).toEqual([
      'sales',
      'service-innovation',
      'management',
      'operations',
    ]);
    const again = apply(doc, method.addLane('role', { name: 'Sales', colour: '#123456' }));
    expect(again.macroStructure.roles.at(-1)!.id).toBe('sales-2'); // areas and roles share one id space
    imports(again);
    expect(refused(method.addLane('role', { name: 'Partner', colour: 'teal' }))).toBe(
      'colour: a colour is written #rrggbb',
    );
  });

  it('renames a lane and keeps its colour', () => {
    const doc = apply(model(), method.updateLane('role', 'provider', { name: 'Service provider' }));
    expect(doc.macroStructure.roles[1]).toMatchObject({ id: 'provider', name: 'Service provider', colour: '#2a9d8f' });
  });

  it('moves the elements of a removed area to the area the user chose', () => {
    const before = withElements(
      element('lead', 'sales', 'provider', 'lead'),
      element('inquiry', 'operations', 'customer'),
    );
    const doc = apply(before, method.removeLane('area', 'sales', 'operations'));
    expect(doc.macroStructure.areas.map((a) => a.id)).toEqual(['management', 'operations']);
    expect(doc.elements.map((e) => [e.id, e.area, e.role])).toEqual([
      ['lead', 'operations', 'provider'],
      ['inquiry', 'operations', 'customer'],
    ]);
    imports(doc);
  });

  it('leaves the elements of a removed role without a role when the user chose none', () => {
    const before = withElements(element('inquiry', 'operations', 'customer'));
    const doc = apply(before, method.removeLane('role', 'customer', null));
    expect(doc.elements[0]).toMatchObject({ area: 'operations', role: null });
    imports(doc);
    // A target that is not a remaining lane of that kind must not leave a dangling reference.
    expect(apply(before, method.removeLane('role', 'customer', 'customer')).elements[0]!.role).toBeNull();
    expect(apply(before, method.removeLane('role', 'customer', 'sales')).elements[0]!.role).toBeNull();
  });

  it('reorders lanes', () => {
    const doc = apply(model(), method.moveLane('role', 'customer', 0));
    expect(doc.macroStructure.roles.map((r) => r.id)).toEqual(['customer', 'client', 'provider']);
    expect(apply(model(), method.moveLane('area', 'sales', 99)).macroStructure.areas.map((a) => a.id)).toEqual([
      'management',
      'operations',
      'sales',
    ]);
    unchanged(model(), method.moveLane('area', 'sales', 0));
  });
});

describe('design goals', () => {
  it('changes only the presentation settings given', () => {
    const doc = apply(model(), method.updateDesignGoals({ flowDirection: 'TB', maxElementsPerView: 25 }));
    expect(doc.designGoals).toMatchObject({
      flowDirection: 'TB',
      maxElementsPerView: 25,
      colourBy: 'role',
      laneOrientation: 'roles-as-rows',
    });
    expect(refused(method.updateDesignGoals({ maxElementsPerView: 0 }))).toMatch(/^maxElementsPerView: /);
  });

  it('adds, edits and removes naming rules, refusing a pattern that is no regular expression', () => {
    const rule = {
      appliesTo: 'category:process',
      pattern: '^[A-Z][a-z]+ [a-z]',
      description: 'Verb + noun',
      example: 'Answer end-user calls',
    };
    let doc = apply(model(), method.addNamingRule(rule));
    expect(doc.designGoals.namingRules).toEqual([{ id: 'rule-1', ...rule }]);
    expect(refused(method.addNamingRule({ ...rule, pattern: '([A-Z' }))).toBe(
      'pattern: the pattern is not a valid regular expression',
    );
    expect(refused(method.updateNamingRule('rule-1', { pattern: '*' }))).toBe(
      'pattern: the pattern is not a valid regular expression',
    );
    doc = apply(doc, method.updateNamingRule('rule-1', { example: 'Manage complaints' }));
    expect(doc.designGoals.namingRules[0]).toMatchObject({ pattern: rule.pattern, example: 'Manage complaints' });
    expect(apply(doc, method.removeNamingRule('rule-1')).designGoals.namingRules).toEqual([]);
  });

  it('defines each glossary term once, whatever its case', () => {
    let doc = apply(
      model(),
      method.addGlossaryEntry({ term: 'Service level', definition: 'Share of calls answered in time' }),
    );
    doc = apply(
      doc,
      method.addGlossaryEntry({
        term: 'service level',
        definition: 'Share of calls answered within the target time (COPC #2)',
      }),
    );
    expect(doc.designGoals.glossary).toEqual([
      { term: 'service level', definition: 'Share of calls answered within the target time (COPC #2)' },
    ]);
    doc = apply(doc, method.updateGlossaryEntry('Service Level', { definition: 'See COPC metric #2' }));
    expect(doc.designGoals.glossary[0]!.definition).toBe('See COPC metric #2');
    expect(apply(doc, method.removeGlossaryEntry('SERVICE LEVEL')).designGoals.glossary).toEqual([]);
    expect(refused(method.addGlossaryEntry({ term: '', definition: 'x' }))).toBe('term: a name cannot be empty');
  });
});

describe('method state and log', () => {
  it('sets the current step and a step status', () => {
    expect(apply(model(), method.setCurrentStep('design-goals')).method.currentStep).toBe('design-goals');
    expect(apply(model(), method.setStepStatus('macro-structure', 'done')).method.steps['macro-structure']).toBe(
      'done',
    );
  });

  it('logs decisions, and refuses a skipped gate without a justification', () => {
    const doc = apply(
      model(),
      method.appendMethodLog({ at: AT, step: 'design-goals', action: 'decision', note: 'Colour by role' }),
    );
    expect(doc.method.log.at(-1)).toEqual({
      at: AT,
      step: 'design-goals',
      action: 'decision',
      note: 'Colour by role',
      actor: '',
    });
    expect(refused(method.appendMethodLog({ step: 'macro-structure', action: 'gate-skipped', note: ' ' }))).toBe(
      'note: skipping a gate needs a justification',
    );
    const stamped = apply(model(), method.appendMethodLog({ step: 'macro-structure', action: 'reopened' }));
    expect(Date.parse(stamped.method.log.at(-1)!.at)).not.toBeNaN();
  });

  it('enters a step: current, in progress, logged; entering the current step changes nothing', () => {
    const doc = apply(model(), method.enterStep('macro-structure', { at: AT, actor: 'student-7' }));
    expect(doc.method.currentStep).toBe('macro-structure');
    expect(doc.method.steps['macro-structure']).toBe('in-progress');
    expect(doc.method.log.at(-1)).toEqual({
      at: AT,
      step: 'macro-structure',
      action: 'entered',
      note: '',
      actor: 'student-7',
    });
    unchanged(doc, method.enterStep('macro-structure'));
  });

  it('completes a step whose gate passes and moves on, in one undo step', () => {
    const doc = apply(
      model(),
      method.completeStep(
        'structural-goals',
        { errors: [], warnings: ['w1', 'w2'] },
        { at: AT, next: 'macro-structure' },
      ),
    );
    expect(doc.method.steps).toEqual({ 'structural-goals': 'done-with-warnings', 'macro-structure': 'in-progress' });
    expect(doc.method.currentStep).toBe('macro-structure');
    expect(doc.method.log.slice(1).map((e) => [e.step, e.action, e.note])).toEqual([
      ['structural-goals', 'completed', '2 warning(s) open'],
      ['macro-structure', 'entered', ''],
    ]);
    expect(
      apply(model(), method.completeStep('structural-goals', { errors: [], warnings: [] })).method.steps[
        'structural-goals'
      ],
    ).toBe('done');
  });

  it('refuses to complete a step whose gate finds errors', () => {
    expect(refused(method.completeStep('structural-goals', { errors: ['e'], warnings: [] }))).toMatch(
      /finds 1 error\(s\); fix them or skip the gate/,
    );
  });

  it('skips a failing gate only with a justification, and keeps the step in progress', () => {
    expect(refused(method.skipGate('structural-goals', '  '))).toMatch(/^Say why you move on/);
    const doc = apply(
      model(),
      method.skipGate('structural-goals', " Goals are agreed in next week's workshop ", {
        at: AT,
        next: 'macro-structure',
      }),
    );
    expect(doc.method.steps['structural-goals']).toBe('in-progress');
    expect(doc.method.currentStep).toBe('macro-structure');
    expect(doc.method.log.slice(1).map((e) => [e.step, e.action, e.note])).toEqual([
      ['structural-goals', 'gate-skipped', "Goals are agreed in next week's workshop"],
      ['macro-structure', 'entered', ''],
    ]);
  });

  it('reopens a completed step with the reason logged', () => {
    const done = apply(
      model(),
      method.completeStep('structural-goals', { errors: [], warnings: [] }, { at: AT, next: 'macro-structure' }),
    );
    const doc = apply(done, method.reopenStep('structural-goals', 'The client added a service line', { at: AT }));
    expect(doc.method.currentStep).toBe('structural-goals');
    expect(doc.method.steps['structural-goals']).toBe('in-progress');
    expect(doc.method.log.at(-1)).toMatchObject({ action: 'reopened', note: 'The client added a service line' });
  });
});

describe('adding a catalogue process', () => {
  const k2: method.CatalogueProcess = {
    type: 'customer-related-process',
    name: 'Answering end-user calls',
    properties: { copcId: 'K2', channel: 'phone' },
    source: { id: 'copc-2000', label: 'COPC-2000', citation: 'COPC-2000 CSP Standard' },
    measures: [
      { name: 'Service level', properties: { metricCategory: 'On Time', copcMetric: 2 } },
      { name: 'Abandonment rate', properties: { metricCategory: 'Abandonment Rate', copcMetric: 3 } },
    ],
  };

  it('creates the process, its measures and the measures relations in one undo step', () => {
    const added = method.addCatalogueProcess(model(), k2, { area: 'operations', role: 'provider' });
    if (!added.ok) expect.fail(added.message);
    expect(added.processId).toBe('p-answering-end-user-calls');
    expect(added.measureIds).toEqual(['m-service-level', 'm-abandonment-rate']);
    const doc = apply(model(), added.edit);
    expect(doc.elements.map((e) => [e.id, e.type, e.area, e.role, e.provenance.source])).toEqual([
      ['p-answering-end-user-calls', 'customer-related-process', 'operations', 'provider', 'copc-2000'],
      ['m-service-level', 'quality-measure', 'operations', 'provider', 'copc-2000'],
      ['m-abandonment-rate', 'quality-measure', 'operations', 'provider', 'copc-2000'],
    ]);
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toEqual([
      ['measures', 'm-service-level', 'p-answering-end-user-calls'],
      ['measures', 'm-abandonment-rate', 'p-answering-end-user-calls'],
    ]);
    expect(doc.meta.sources.map((s) => s.id)).toEqual(['copc-2000']);
    expect(doc.elements[1]!.properties).toEqual({ metricCategory: 'On Time', copcMetric: 2 });
    imports(doc);
  });

  it('gives a second copy fresh ids and does not list its source twice', () => {
    const first = method.addCatalogueProcess(model(), k2, { area: 'operations', role: 'provider' });
    if (!first.ok) expect.fail(first.message);
    const once = apply(model(), first.edit);
    const second = method.addCatalogueProcess(once, k2, { area: 'operations', role: 'client' });
    if (!second.ok) expect.fail(second.message);
    expect(second.processId).toBe('p-answering-end-user-calls-2');
    const twice = apply(once, second.edit);
    expect(twice.meta.sources).toHaveLength(1);
    expect(new Set([...twice.elements, ...twice.relations].map((x) => x.id)).size).toBe(
      twice.elements.length + twice.relations.length,
    );
    imports(twice);
  });

  it('places the process and its measures in an explicit view', () => {
    const doc = produce(
      model(),
      (d) =>
        void d.views.push({
          id: 'internal',
          name: 'Internal view',
          perspective: 'internal',
          description: '',
          elements: [],
          positions: {},
        }),
    );
    const added = method.addCatalogueProcess(
      doc,
      k2,
      { area: 'operations', role: 'provider' },
      { viewId: 'internal', position: { x: 400.4, y: 200 } },
    );
    if (!added.ok) expect.fail(added.message);
    const view = apply(doc, added.edit).views[1]!;
    expect(view.elements).toEqual(['p-answering-end-user-calls', 'm-service-level', 'm-abandonment-rate']);
    expect(view.positions['p-answering-end-user-calls']).toEqual({ x: 400, y: 200 });
    expect(view.positions['m-abandonment-rate']).toEqual({ x: 550, y: 310 });
  });

  it('refuses a cell the macro structure does not have', () => {
    expect(method.addCatalogueProcess(model(), k2, { area: 'marketing', role: 'provider' })).toMatchObject({
      ok: false,
      message: 'The macro structure has no area "marketing".',
    });
    expect(method.addCatalogueProcess(model(), k2, { area: 'sales', role: 'partner' })).toMatchObject({
      ok: false,
      message: 'The macro structure has no role "partner".',
    });
  });
});
