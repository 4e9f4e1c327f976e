import type { RefDocument, StepStatus } from '../../core/model/schema.ts';
import { messages } from '../i18n/messages.ts';

const done = (status: StepStatus | undefined) => status === 'done' || status === 'done-with-warnings';

/** The method steps an edit completed: their status turned to done (with or without warnings). */
export function completedSteps(before: RefDocument, after: RefDocument): string[] {
  if (before.method.steps === after.method.steps) return [];
  return Object.entries(after.method.steps)
    .filter(([id, status]) => done(status) && !done(before.method.steps[id]))
    .map(([id]) => id);
}

/** The name of the version kept when a step is completed, in the active language, e.g. 'Step 2 done: Build the macro structure'. */
export async function stepVersionName(doc: RefDocument, stepId: string): Promise<string> {
  // The method definitions are only needed here, so they load on the first completed step.
  const { methodFor } = await import('../method/method-data.ts');
  const steps = methodFor(doc)?.steps ?? [];
  const index = steps.findIndex((s) => s.id === stepId);
  const m = messages().workspace;
  return index < 0 ? m.stepDoneUnknown(stepId) : m.stepDone(index + 1, steps[index]!.title);
}
