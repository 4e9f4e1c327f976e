import { describe, expect, it } from 'vitest';
import { perform, startHistory, undo, type History } from '../../../src/core/commands/history.ts';
import { completeStep, enterStep, skipGate, type Checked } from '../../../src/core/commands/method.ts';
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
import { AT, finding, model } from './support.ts';

const schuette = methodById('schuette-1998')!;
const ok = (checked: Checked) => (checked.ok ? checked.edit : expect.fail(checked.message));

describe('the engine drives whatever method the data describes', () => {
  it("walks a model through Schütte's phases, with a clean gate, a skipped gate and a resume", () => {
    let history: History = startHistory(model('schuette-1998'));
    const progress = (findings: ReturnType<typeof finding>[] = []) =>
      stepProgress(history.document, schuette, findings, crmBpoMetamodel);

    expect(progress().map((p) => p.step.title)).toEqual([
      'Define the problem',
      'Construct the reference-model frame',
      'Construct the reference-model structure',
      'Complete the model',
      'Apply the model',
    ]);
    expect(overallProgress(progress()).label).toBe('0 of 5 steps done');

    // Phase 1: its gate (goal rules) is clean, so the user leaves freely and completes it.
    const problem = progress()[0]!;
    expect(canLeave(problem).free).toBe(true);
    history = perform(
      history,
      ok(completeStep(problem.step.id, problem.gate, { at: AT, next: nextStep(schuette, problem.step.id)!.id })),
    );

    // Phase 2: a process without a cell is an exit criterion of Schütte's frame, but not of the CRM method's macro structure.
    const noCell = [finding('process.no-cell', 'error')];
    const frame = progress(noCell)[1]!;
    expect(frame.current).toBe(true);
    expect(frame.gate.errors).toHaveLength(1);
    expect(stepProgress(model(), methodById('crm-bpo-construction')!, noCell, crmBpoMetamodel)[1]!.gate.passed).toBe(
      true,
    );
    expect(canLeave(frame).free).toBe(false);
    history = perform(
      history,
      ok(
        skipGate(frame.step.id, 'The frame is agreed; the cells follow in the structure phase', {
          at: AT,
          next: 'structure-construction',
        }),
      ),
    );

    const after = progress(noCell);
    expect(after.map((p) => p.status)).toEqual(['done', 'in-progress', 'in-progress', 'not-started', 'not-started']);
    expect(after[1]!.log.map((e) => e.action)).toEqual(['entered', 'gate-skipped']);
    expect(after[1]!.log[1]!.note).toBe('The frame is agreed; the cells follow in the structure phase');
    expect(overallProgress(after)).toMatchObject({ done: 1, fraction: 0.2, label: '1 of 5 steps done' });
    expect(resumeStep(history.document, schuette).id).toBe('structure-construction');

    // The palette follows the step: the structure phase offers everything, the application phase nothing new.
    expect(paletteFor(after[2]!.step, crmBpoMetamodel).elementTypes).toHaveLength(
      crmBpoMetamodel.data.elementTypes.length,
    );
    expect(paletteFor(after[4]!.step, crmBpoMetamodel).elementTypes).toEqual([]);

    // Undo takes back the skip and the move in one step.
    history = undo(history);
    expect(history.document.method.currentStep).toBe('frame-construction');
    expect(history.document.method.log.at(-1)!.action).toBe('entered');
  });

  it('jumps back to an earlier step with a log entry', () => {
    const history = perform(startHistory(model('schuette-1998')), enterStep('completion', { at: AT }));
    const doc = perform(history, enterStep('problem-definition', { at: AT })).document;
    expect(doc.method.log.map((e) => [e.step, e.action])).toEqual([
      ['problem-definition', 'entered'],
      ['completion', 'entered'],
      ['problem-definition', 'entered'],
    ]);
    expect(stepProgress(doc, schuette, [], crmBpoMetamodel).map((p) => p.status)).toEqual([
      'in-progress',
      'not-started',
      'not-started',
      'in-progress',
      'not-started',
    ]);
  });
});
