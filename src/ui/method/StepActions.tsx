import { useState } from 'react';
import type { StepProgress } from '../../core/method/engine.ts';
import type { Method } from '../../core/method/schema.ts';
import type { Finding } from '../../core/validation/index.ts';
import { useMessages } from '../i18n/messages.ts';
import { useActions } from '../workbench-context.ts';
import { currentActor } from './actor.ts';
import type { MethodData } from './use-method.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

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
  const m = useMessages().method;
  const [skipping, setSkipping] = useState(false);
  const [why, setWhy] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { step, gate } = progress;
  const next = module.nextStep(method, step.id);
  const leave = module.canLeave(progress);
  const completed = (progress.stored === 'done' || progress.stored === 'done-with-warnings') && !progress.regressed;
  const nextLabel = next ? m.step(method.steps.indexOf(next) + 1, next.title) : null;

  const complete = () => {
    const result = module.completeStep(step.id, gate, { actor: currentActor(), ...(next ? { next: next.id } : {}) });
    if (!result.ok) return setProblem(refusalMessage(result));
    wb.perform(result.edit);
    wb.notify('success', next && nextLabel ? m.stepComplete(step.title, nextLabel) : m.lastStepComplete(step.title));
  };
  const skip = () => {
    const result = module.skipGate(step.id, why, { actor: currentActor(), ...(next ? { next: next.id } : {}) });
    if (!result.ok) return setProblem(refusalMessage(result));
    wb.perform(result.edit);
    wb.notify('warning', m.movedOn(step.title));
  };

  if (completed) {
    return (
      <footer className="step-actions" aria-label={m.stepActions}>
        <p className="step-actions__state step-actions__state--done">
          <span aria-hidden="true">✓</span>{' '}
          {gate.warnings.length ? m.completedWithWarnings(gate.warnings.length) : m.completedPasses}
        </p>
        {next ? (
          <button className="primary" onClick={() => wb.perform(module.enterStep(next.id, { actor: currentActor() }))}>
            {m.goTo(nextLabel!)}
          </button>
        ) : (
          <p className="step-actions__hint">{m.lastStep}</p>
        )}
      </footer>
    );
  }

  return (
    <footer className="step-actions" aria-label={m.stepActions}>
      {!checked ? (
        <p className="step-actions__hint">{m.checkingCriteria}</p>
      ) : leave.free ? (
        <p className="step-actions__hint">
          {leave.warnings.length ? m.passesWithWarnings(leave.warnings.length) : m.gatePasses}
        </p>
      ) : (
        <p className="step-actions__blocked" id="step-blocked">
          <span aria-hidden="true">✕</span>{' '}
          {m.blocked(
            step.title,
            gate.errors.length,
            gate.missing.map((a) => m.lacking(a.artifact.name, a.count, a.artifact.minCount)),
          )}
        </p>
      )}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {skipping ? (
        <div className="step-actions__skip">
          <label htmlFor="skip-why">{m.whyMoveOn}</label>
          <textarea
            id="skip-why"
            rows={3}
            value={why}
            autoFocus
            onChange={(e) => setWhy(e.target.value)}
            placeholder={m.whyPlaceholder}
          />
          <div className="step-actions__row">
            <button className="primary" onClick={skip} disabled={!why.trim()}>
              {m.moveOnAndLog}
            </button>
            <button onClick={() => setSkipping(false)}>{m.cancel}</button>
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
            {m.completeStep}
          </button>
          {checked && !leave.free && next ? <button onClick={() => setSkipping(true)}>{m.moveOnAnyway}</button> : null}
        </div>
      )}
    </footer>
  );
}
