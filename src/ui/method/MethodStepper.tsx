import type { KeyboardEvent } from 'react';
import { useMessages } from '../i18n/messages.ts';
import { useActions } from '../workbench-context.ts';
import { currentActor } from './actor.ts';
import { STATUS_ICON, statusLabel } from './status.ts';
import { useMethodData, useMethodState } from './use-method.ts';
import './stepper.css';

/** The method bar under the header: phases, steps with their status, overall progress; a step click goes to that step. */
export function MethodStepper() {
  const wb = useActions();
  const module = useMethodData();
  const state = useMethodState();
  const m = useMessages().method;
  const newModel = (
    <button className="stepper__new" onClick={() => wb.openDialog('new-model')} title={m.newModelHint}>
      {m.newModel}
    </button>
  );
  if (!state || !module) return <nav className="stepper" aria-label={m.constructionMethod} aria-busy="true" />;
  if (!state.known) {
    return (
      <nav className="stepper" aria-label={m.constructionMethod}>
        <p className="stepper__note">{m.unknownMethodBar(state.methodId)}</p>
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
      aria-label={m.constructionMethodNamed(method.name)}
    >
      <div className="stepper__phases" onKeyDown={moveFocus}>
        {method.phases.map((phase) => (
          <div key={phase.id} className="stepper__phase" role="group" aria-label={m.phase(phase.title)}>
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
                        aria-label={m.stepButton(p.index + 1, shortTitle(p.step.title), words)}
                        aria-describedby={tip}
                        onClick={() => go(p.step.id)}
                      >
                        <span className="stepper__mark" data-status={p.regressed ? '!' : STATUS_ICON[p.status]}>
                          {p.index + 1}
                        </span>{' '}
                        <span className="stepper__text">
                          <span className="stepper__title">{breakable(shortTitle(p.step.title))}</span>{' '}
                          <span className="stepper__status" data-icon={p.regressed ? '!' : STATUS_ICON[p.status]}>
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
      <div className="stepper__progress" title={state.checked ? undefined : m.progressPending}>
        <span>{m.stepsDone(overall.done, overall.total)}</span>
        <span className="stepper__bar" aria-hidden="true">
          <span style={{ width: `${Math.round(overall.fraction * 100)}%` }} />
        </span>
      </div>
      {newModel}
    </nav>
  );
}

/**
 * A step's title without the verb every CRM-in-BPO step shares (English "Set …", German "… festlegen", Korean
 * "… 설정"); the full title is in the tip.
 */
export function shortTitle(title: string): string {
  const short = title.replace(/^set(ting)?\s+/i, '').replace(/\s+(festlegen|설정)$/u, '');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

// The parts German compounds of the methods are made of, where a title may break ("Ordnungs-rahmen").
const COMPOUND_PART =
  /(?<=\p{Ll})(struktur|rahmen|ziele|ziel|modell|sicht|prozess|kennzahl|regel|objekt|analyse|bewertung|konvention|definition|anforderung|dokumentation)/gu;

/** A title with soft hyphens between the parts of its compounds, so a narrow bar wraps "Ordnungsrahmen" instead of cutting it. */
export function breakable(title: string): string {
  return title.replace(COMPOUND_PART, '\u00AD$1');
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
