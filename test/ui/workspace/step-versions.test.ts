import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { completedSteps, stepVersionName } from '../../../src/ui/workspace/step-versions.ts';
import { smallModel } from '../../core/diff/fixtures.ts';

const base = produce(smallModel(), (d) => {
  d.method = {
    methodId: 'crm-bpo-construction',
    currentStep: 'macro-structure',
    steps: { 'structural-goals': 'done', 'macro-structure': 'in-progress' },
    log: [],
  };
});

describe('versions at completed method steps', () => {
  it('finds the steps an edit completed, with or without warnings, and nothing else', () => {
    const done = produce(base, (d) => void (d.method.steps['macro-structure'] = 'done-with-warnings'));
    expect(completedSteps(base, done)).toEqual(['macro-structure']);
    expect(completedSteps(done, done)).toEqual([]);
    expect(
      completedSteps(
        base,
        produce(base, (d) => void (d.meta.name = 'Renamed')),
      ),
    ).toEqual([]);
    expect(
      completedSteps(
        done,
        produce(done, (d) => void (d.method.steps['macro-structure'] = 'done')),
      ),
    ).toEqual([]);
    expect(
      completedSteps(
        done,
        produce(done, (d) => void (d.method.steps['process-structure'] = 'done')),
      ),
    ).toEqual(['process-structure']);
  });

  it('names the version after the step of the model’s method', async () => {
    expect(await stepVersionName(base, 'macro-structure')).toBe('Step 2 done: Set macro structure');
    expect(await stepVersionName(base, 'no-such-step')).toBe('Step done: no-such-step');
  });
});
