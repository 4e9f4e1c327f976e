import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import {
  canLeave,
  nextStep,
  overallProgress,
  paletteFor,
  resumeStep,
  stepProgress,
} from '../../../src/core/method/engine.ts';
import { methodById } from '../../../src/core/method/shipped.ts';
import type { RefDocument, StepStatus } from '../../../src/core/model/schema.ts';
import { finding, model } from './support.ts';
import { shippedModel } from '../../support/models.ts';

const crm = methodById('crm-bpo-construction')!;
const progressOf = (doc: RefDocument, findings: ReturnType<typeof finding>[] = []) =>
  stepProgress(doc, crm, findings, crmBpoMetamodel);
const byId = (doc: RefDocument, findings: ReturnType<typeof finding>[] = []) =>
  new Map(progressOf(doc, findings).map((p) => [p.step.id, p]));
const withStatus = (doc: RefDocument, statuses: Record<string, StepStatus>, current = doc.method.currentStep) =>
  produce(doc, (d) => {
    Object.assign(d.method.steps, statuses);
    d.method.currentStep = current;
  });

/** The shipped model's goals, lanes, processes, naming rules and views on a fresh method record: every step's product is there. */
const furnished = () =>
  produce(shippedModel(), (d) => {
    d.method = model().method;
  });

describe('step status', () => {
  it('shows a new model at step 1, in progress, with nothing done', () => {
    const progress = progressOf(model());
    expect(progress.map((p) => [p.step.id, p.status, p.current])).toEqual([
      ['structural-goals', 'in-progress', true],
      ['macro-structure', 'not-started', false],
      ['process-structure', 'not-started', false],
      ['design-goals', 'not-started', false],
      ['design-structure', 'not-started', false],
    ]);
    expect(overallProgress(progress)).toEqual({ done: 0, total: 5, fraction: 0, label: '0 of 5 steps done' });
  });

  it('shows a completed step as done while its gate is clean, and with warnings while it warns', () => {
    const doc = withStatus(furnished(), { 'structural-goals': 'done' }, 'macro-structure');
    expect(byId(doc).get('structural-goals')!.status).toBe('done');
    const warned = byId(doc, [finding('goal.testable', 'warning')]).get('structural-goals')!;
    expect(warned.status).toBe('done-with-warnings');
    expect(warned.regressed).toBe(false);
  });

  it('puts a completed step back in progress when its gate now finds an error', () => {
    const doc = withStatus(model(), { 'structural-goals': 'done-with-warnings' }, 'process-structure');
    const step = byId(doc, [finding('goal.defined', 'error')]).get('structural-goals')!;
    expect(step.stored).toBe('done-with-warnings');
    expect(step.status).toBe('in-progress');
    expect(step.regressed).toBe(true);
  });

  it("keeps a stored in-progress step in progress even when its gate passes: completing is the user's call", () => {
    const doc = withStatus(model(), { 'macro-structure': 'in-progress' });
    expect(byId(doc).get('macro-structure')!.status).toBe('in-progress');
  });

  it('counts done and done-with-warnings steps in the overall progress', () => {
    const doc = withStatus(furnished(), { 'structural-goals': 'done', 'macro-structure': 'done' }, 'process-structure');
    const progress = progressOf(doc, [finding('macro.defined', 'warning')]);
    expect(overallProgress(progress)).toEqual({ done: 2, total: 5, fraction: 0.4, label: '2 of 5 steps done' });
  });
});

describe('gates', () => {
  const findings = [
    finding('goal.defined', 'error'),
    finding('goal.testable', 'warning'),
    finding('goal.testable', 'warning', 'second untestable goal'),
    finding('goal.perspectives', 'info'),
    finding('process.no-measure', 'warning'),
    finding('lane.empty', 'error'),
  ];

  it("collects only the findings of a step's exit-criteria rules, split by severity", () => {
    const gate = byId(model(), findings).get('structural-goals')!.gate;
    expect(gate.passed).toBe(false);
    expect(gate.errors.map((f) => f.rule)).toEqual(['goal.defined']);
    expect(gate.warnings.map((f) => f.message)).toEqual(['goal.testable (warning)', 'second untestable goal']);
    expect(gate.infos.map((f) => f.rule)).toEqual(['goal.perspectives']);
  });

  it('passes a gate with warnings only, and one with no findings of its rules', () => {
    const progress = byId(furnished(), findings);
    expect(progress.get('design-goals')!.gate).toEqual({
      passed: true,
      errors: [],
      warnings: [],
      infos: [],
      missing: [],
      unchecked: [],
    });
    const process = progress.get('process-structure')!.gate;
    expect(process.passed).toBe(false); // lane.empty is an exit criterion of step 3
    expect(process.warnings.map((f) => f.rule)).toEqual(['process.no-measure']);
  });

  it("fails while the step's own product is missing, whatever its rules find: no goals, no processes, no views", () => {
    const progress = byId(model());
    expect(progress.get('structural-goals')!.gate.missing.map((a) => a.artifact.id)).toEqual(['goal-catalogue']);
    expect(progress.get('process-structure')!.gate.missing.map((a) => a.artifact.id)).toEqual(['processes']);
    expect(progress.get('design-structure')!.gate.missing.map((a) => a.artifact.id)).toEqual([
      'client-view',
      'customer-view',
      'internal-view',
    ]);
    // A new model comes with its areas and roles (step 2); every other step's product is still to make.
    expect([...progress.values()].filter((p) => p.gate.passed).map((p) => p.step.id)).toEqual(['macro-structure']);
    const blocked = canLeave(progress.get('process-structure')!);
    expect(blocked.free || blocked.message).toBe(
      'The step still lacks Process models per cell (0 of at least 1). Add it, or move on and say why; the skip is logged.',
    );
  });

  it('never calls a rule passed that had nothing to check: zero goals leave the goal rules unchecked, one goal does not', () => {
    const empty = byId(model(), [finding('goal.defined', 'error')]).get('structural-goals')!.gate;
    expect(empty.unchecked).toEqual(['goal.testable', 'goal.perspectives']);
    const oneGoal = produce(model(), (d) => {
      d.structuralGoals.push({ ...furnished().structuralGoals[0]! });
    });
    // Below the catalogue's three goals the gate still fails, but the one goal there was checked.
    const some = byId(oneGoal).get('structural-goals')!.gate;
    expect(some.missing.map((a) => a.artifact.id)).toContain('goal-catalogue');
    expect(some.unchecked).toEqual([]);
    // A model with a full view but none of the readers' views: the view rules looked at the full view.
    expect(byId(furnished()).get('design-structure')!.gate.unchecked).toEqual([]);
    const viewless = produce(model(), (d) => {
      d.views = [];
    });
    expect(byId(viewless).get('design-structure')!.gate.unchecked).toEqual(crm.steps[4]!.exitCriteria);
  });

  it('hands back the findings themselves, so the UI can show their messages and fixes', () => {
    const own = { ...finding('goal.defined', 'error'), fix: { label: 'Add a goal' } };
    const gate = stepProgress(model(), crm, [own], crmBpoMetamodel)[0]!.gate;
    expect(gate.errors[0]).toBe(own);
  });

  it('lets the user leave freely when the gate passes, and asks for a justification when it fails', () => {
    const progress = byId(furnished(), findings);
    expect(canLeave(progress.get('design-goals')!)).toEqual({ free: true, warnings: [] });
    const blocked = canLeave(progress.get('structural-goals')!);
    expect(blocked.free).toBe(false);
    if (blocked.free) return;
    expect(blocked.blocking.map((f) => f.rule)).toEqual(['goal.defined']);
    expect(blocked.message).toBe(
      'The exit criteria of "Set structural goals" find 1 error. Fix it, or move on and say why; the skip is logged.',
    );
  });
});

describe('artifacts', () => {
  it('counts what the document holds for each artifact of a step', () => {
    const doc = produce(model(), (d) => {
      d.structuralGoals.push({
        id: 'goal-1',
        kind: 'purpose',
        text: 'A common reference for client and provider',
        perspective: 'all',
        rationale: '',
        acceptance: '',
      });
    });
    const step1 = byId(doc)
      .get('structural-goals')!
      .artifacts.map((a) => [a.artifact.id, a.count, a.present]);
    expect(step1).toEqual([
      ['purpose', 1, true],
      ['scope', 0, false],
      ['users', 0, false],
      ['goal-catalogue', 1, false], // a catalogue needs at least three goals
    ]);
    const step2 = byId(doc)
      .get('macro-structure')!
      .artifacts.map((a) => [a.artifact.id, a.count, a.present]);
    expect(step2).toEqual([
      ['areas', 3, true],
      ['roles', 3, true],
      ['interface-units', 0, false],
    ]);
  });

  it('counts elements by category and relations by type', () => {
    const doc = produce(model(), (d) => {
      const el = (id: string, type: string) => ({
        id,
        type,
        name: id,
        description: '',
        area: 'operations',
        role: 'provider',
        optional: false,
        properties: {},
        provenance: { note: '' },
        goals: [] as string[],
      });
      d.elements.push(
        el('p-calls', 'customer-related-process'),
        el('p-complaints', 'delivery-process'),
        el('inquiry', 'inquiry'),
        el('m-sl', 'quality-measure'),
      );
      d.relations.push(
        { id: 'r1', type: 'input', source: 'inquiry', target: 'p-calls', label: '' },
        { id: 'r2', type: 'measures', source: 'm-sl', target: 'p-calls', label: '' },
      );
    });
    const counts = Object.fromEntries(
      byId(doc)
        .get('process-structure')!
        .artifacts.map((a) => [a.artifact.id, a.count]),
    );
    expect(counts).toMatchObject({
      processes: 2,
      'business-objects': 1,
      'inputs-outputs': 1,
      'process-metrics': 1,
      responsibilities: 0,
    });
  });
});

describe('resuming', () => {
  it('resumes at the current step of the document', () => {
    expect(resumeStep(withStatus(model(), {}, 'design-goals'), crm).id).toBe('design-goals');
  });

  it('resumes at the first step not done when the current step is not a step of the method', () => {
    const doc = withStatus(
      model(),
      { 'structural-goals': 'done', 'macro-structure': 'done-with-warnings' },
      'no-such-step',
    );
    expect(resumeStep(doc, crm).id).toBe('process-structure');
    expect(byId(doc).get('process-structure')!.current).toBe(true);
    const finished = withStatus(doc, Object.fromEntries(crm.steps.map((s) => [s.id, 'done'])), 'gone');
    expect(resumeStep(finished, crm).id).toBe('design-structure');
  });

  it('names the next step, and none after the last', () => {
    expect(nextStep(crm, 'macro-structure')?.id).toBe('process-structure');
    expect(nextStep(crm, 'design-structure')).toBeUndefined();
  });
});

describe('palette', () => {
  const palette = (stepId: string) => {
    const p = paletteFor(
      crm.steps.find((s) => s.id === stepId)!,
      crmBpoMetamodel,
    );
    return { elements: p.elementTypes.map((t) => t.id), relations: p.relationTypes.map((r) => r.id) };
  };

  it('offers goal elements in step 1', () => {
    expect(palette('structural-goals')).toEqual({
      elements: ['vision', 'objective', 'strategy'],
      relations: ['serves', 'implements'],
    });
  });

  it('offers processes, objects, measures, roles, systems and objectives in step 3, in metamodel order', () => {
    const { elements, relations } = palette('process-structure');
    expect(elements).toContain('customer-related-process');
    expect(elements).toContain('quality-measure');
    expect(elements).toContain('objective');
    expect(elements).not.toContain('vision');
    expect(elements.indexOf('account')).toBeLessThan(elements.indexOf('delivery-process'));
    expect(relations).toHaveLength(crmBpoMetamodel.data.relationTypes.length);
  });

  it('offers no new elements while the design goals are set', () => {
    expect(palette('design-goals')).toEqual({ elements: [], relations: [] });
  });
});
