import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { createValidator } from '../../../src/core/validation/index.ts';
import { generateDocument } from '../../support/generate.ts';

describe('validation in steps', () => {
  it('yields between slices of a large first run and reports what run reports; an edit after it is one step', () => {
    const doc = generateDocument(5_000, 1.5);
    const stepped = createValidator(crmBpoMetamodel);
    const steps = stepped.runInSteps(doc);
    let yields = 0;
    let step = steps.next();
    while (!step.done) [yields, step] = [yields + 1, steps.next()];
    expect(yields).toBeGreaterThan(3);
    const whole = createValidator(crmBpoMetamodel).run(doc);
    expect(step.value.findings).toEqual(whole.findings);
    expect(step.value.summary).toEqual(whole.summary);

    const edited = produce(doc, (d) => void (d.elements[2]!.name = 'Renamed process'));
    const again = stepped.runInSteps(edited).next();
    expect(again.done).toBe(true);
    expect(again.value).toEqual(createValidator(crmBpoMetamodel).run(edited));
  });
});
