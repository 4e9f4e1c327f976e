import { useState } from 'react';
import type { StepProgress } from '../../core/method/engine.ts';
import type { Method } from '../../core/method/schema.ts';
import type { Finding } from '../../core/validation/index.ts';
import { useActions } from '../workbench-context.ts';
import { currentActor } from './actor.ts';
import type { MethodData } from './use-method.ts';

/** The foot of the step panel: complete the step when its gate passes, or move on with a logged justification. */
export function StepActions({
  progress,
  method,
  module,
  checked,
}: {
  progress: StepProgress<Finding>;
  method: Method;
  module: MethodData;
  checked: boolean;
}) {
  const wb = useActions();
  const [skipping, setSkipping] = useState(false);
  const [why, setWhy] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { step, gate } = progress;
  const next = module.nextStep(method, step.id);
  const leave = module.canLeave(progress);
  const completed = (progress.stored === 'done' || progress.stored === 'done-with-warnings') && !progress.regressed;
  const nextLabel = next ? `Step ${method.steps.indexOf(next) + 1}: ${next.title}` : null;

  const complete = () => {
    const result = module.completeStep(step.id, gate, { actor: currentActor(), ...(next ? { next: next.id } : {}) });
    if (!result.ok) return setProblem(result.message);
    wb.perform(result.edit);
    wb.notify(
      'success',
      next
        ? `“${step.title}” is complete. Next: ${nextLabel}.`
        : `“${step.title}” is complete: that was the last step of the method.`,
    );
  };
  const skip = () => {
    const result = module.skipGate(step.id, why, { actor: currentActor(), ...(next ? { next: next.id } : {}) });
    if (!result.ok) return setProblem(result.message);
    wb.perform(result.edit);
    wb.notify('warning', `Moved on from “${step.title}” with its gate open; the justification is in the method log.`);
  };

  if (completed) {
    return (
      <footer className="step-actions" aria-label="Step actions">
        <p className="step-actions__state step-actions__state--done">
          <span aria-hidden="true">✓</span>{' '}
          {gate.warnings.length
            ? `Completed, with ${gate.warnings.length} warning${gate.warnings.length === 1 ? '' : 's'} open`
            : 'Completed: the gate passes'}
        </p>
        {next ? (
          <button className="primary" onClick={() => wb.perform(module.enterStep(next.id, { actor: currentActor() }))}>
            Go to {nextLabel}
          </button>
        ) : (
          <p className="step-actions__hint">This is the last step of the method.</p>
        )}
      </footer>
    );
  }

  return (
    <footer className="step-actions" aria-label="Step actions">
      {!checked ? (
        <p className="step-actions__hint">Checking the exit criteria…</p>
      ) : leave.free ? (
        <p className="step-actions__hint">
          {leave.warnings.length
            ? `The gate passes with ${leave.warnings.length} warning${leave.warnings.length === 1 ? '' : 's'}; the step will be marked done with warnings.`
            : 'The gate passes.'}
        </p>
      ) : (
        <p className="step-actions__blocked" id="step-blocked">
          <span aria-hidden="true">✕</span> {leave.message}
        </p>
      )}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {skipping ? (
        <div className="step-actions__skip">
          <label htmlFor="skip-why">Why do you move on although the gate fails?</label>
          <textarea
            id="skip-why"
            rows={3}
            value={why}
            autoFocus
            onChange={(e) => setWhy(e.target.value)}
            placeholder="e.g. the client's workshop decides the missing measures next week"
          />
          <div className="step-actions__row">
            <button className="primary" onClick={skip} disabled={!why.trim()}>
              Move on and log it
            </button>
            <button onClick={() => setSkipping(false)}>Cancel</button>
          </div>
        </div>
      ) : (
        <div className="step-actions__row">
          <button
            className="primary"
            onClick={complete}
            disabled={!checked || !leave.free}
            aria-describedby={leave.free ? undefined : 'step-blocked'}
          >
            Complete step
          </button>
          {checked && !leave.free && next ? <button onClick={() => setSkipping(true)}>Move on anyway…</button> : null}
        </div>
      )}
    </footer>
  );
}
