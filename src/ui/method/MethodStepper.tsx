import type { KeyboardEvent } from 'react';
import { useActions } from '../workbench-context.ts';
import { currentActor } from './actor.ts';
import { STATUS, statusLabel } from './status.ts';
import { useMethodData, useMethodState } from './use-method.ts';
import './stepper.css';

/** The method bar under the header: phases, steps with their status, overall progress; a step click goes to that step. */
export function MethodStepper() {
  const wb = useActions();
  const module = useMethodData();
  const state = useMethodState();
  const newModel = (
    <button
      className="stepper__new"
      onClick={() => wb.openDialog('new-model')}
      title="Start an empty model and follow a construction method from step 1"
    >
      New model…
    </button>
  );
  if (!state || !module) return <nav className="stepper" aria-label="Construction method" aria-busy="true" />;
  if (!state.known) {
    return (
      <nav className="stepper" aria-label="Construction method">
        <p className="stepper__note">
          This model follows the method “{state.methodId}”, which this version of Refmod does not ship, so no steps are
          shown.
        </p>
        {newModel}
      </nav>
    );
  }
  const { method, progress, overall } = state;
  const go = (stepId: string) => {
    wb.perform(module.enterStep(stepId, { actor: currentActor() }));
    wb.setSidePanel('method');
  };
  return (
    <nav
      className={`stepper${progress.length > 5 ? ' stepper--many' : ''}`}
      aria-label={`Construction method: ${method.name}`}
    >
      <div className="stepper__phases" onKeyDown={moveFocus}>
        {method.phases.map((phase) => (
          <div key={phase.id} className="stepper__phase" role="group" aria-label={`${phase.title} phase`}>
            <span className="stepper__phase-name" title={phase.description || undefined}>
              {phase.title}
            </span>
            <ol className="stepper__steps">
              {progress
                .filter((p) => p.step.phase === phase.id)
                .map((p) => {
                  const words = statusLabel(p.status, p.regressed);
                  const tip = `step-tip-${p.step.id}`;
                  return (
                    <li key={p.step.id} className={`stepper__item${p.current ? ' is-current' : ''}`}>
                      <button
                        className={`stepper__step stepper__step--${p.regressed ? 'regressed' : p.status}`}
                        aria-current={p.current ? 'step' : undefined}
                        // The visible text in order ("3 Process structure In progress"), so speech matches sight.
                        aria-label={`Step ${p.index + 1}: ${shortTitle(p.step.title)}, ${words}`}
                        aria-describedby={tip}
                        onClick={() => go(p.step.id)}
                      >
                        <span className="stepper__mark" data-status={p.regressed ? '!' : STATUS[p.status].icon}>
                          {p.index + 1}
                        </span>{' '}
                        <span className="stepper__text">
                          <span className="stepper__title">{shortTitle(p.step.title)}</span>{' '}
                          <span className="stepper__status" data-icon={p.regressed ? '!' : STATUS[p.status].icon}>
                            <span className="stepper__words">{words}</span>
                          </span>
                        </span>
                      </button>
                      <span className="stepper__tip" id={tip} role="tooltip">
                        {p.step.title}: {p.step.purpose}
                      </span>
                    </li>
                  );
                })}
            </ol>
          </div>
        ))}
      </div>
      <div
        className="stepper__progress"
        title={state.checked ? undefined : 'The exit criteria are checked as soon as validation has loaded.'}
      >
        <span>{overall.label}</span>
        <span className="stepper__bar" aria-hidden="true">
          <span style={{ width: `${Math.round(overall.fraction * 100)}%` }} />
        </span>
      </div>
      {newModel}
    </nav>
  );
}

/** A step's title without the method's leading "Set", which every CRM-in-BPO step shares; the full title is in the tip. */
export function shortTitle(title: string): string {
  const short = title.replace(/^set(ting)?\s+/i, '');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** Arrow keys, Home and End move between the steps, as in a toolbar. */
function moveFocus(e: KeyboardEvent<HTMLDivElement>) {
  const steps = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.stepper__step')];
  const at = steps.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const to =
    e.key === 'ArrowRight'
      ? at + 1
      : e.key === 'ArrowLeft'
        ? at - 1
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? steps.length - 1
            : null;
  if (to === null) return;
  e.preventDefault();
  // The workbench's arrow keys nudge the selected elements; here they move between steps only.
  e.stopPropagation();
  steps[Math.max(0, Math.min(steps.length - 1, to))]!.focus();
}
