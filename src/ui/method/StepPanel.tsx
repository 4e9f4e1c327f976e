import { useMessages } from '../i18n/messages.ts';
import { useWb } from '../workbench-context.ts';
import { MethodLog } from './MethodLog.tsx';
import { StepActions } from './StepActions.tsx';
import { StepEditors } from './StepEditors.tsx';
import { StepGate } from './StepGate.tsx';
import { StepGuide } from './StepGuide.tsx';
import { STATUS_ICON, statusLabel } from './status.ts';
import { useMethodData, useMethodState } from './use-method.ts';
import './step-panel.css';

/** The side-panel tab of the current method step: purpose, the step's editor, its gate, guidance and the method log. */
export default function StepPanel() {
  const module = useMethodData();
  const state = useMethodState();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().method;
  if (!state || !module) return <p className="panel-loading">{m.loadingMethod}</p>;
  if (!state.known) {
    return (
      <div className="step-panel">
        <p>{m.unknownMethodPanel(state.methodId)}</p>
      </div>
    );
  }
  const { method, current, progress, checked } = state;
  const { step } = current;
  const phase = method.phases.find((p) => p.id === step.phase);
  return (
    <div className="step-panel" aria-label={m.step(current.index + 1, step.title)}>
      <header className="step-panel__head">
        <p className="step-panel__kicker">
          {m.stepOf(current.index + 1, progress.length)}
          {phase ? ` · ${m.phase(phase.title)}` : ''}
        </p>
        <div className="step-panel__title">
          <h2>{step.title}</h2>
          <span className={`step-status step-status--${current.regressed ? 'regressed' : current.status}`}>
            <span aria-hidden="true">{current.regressed ? '!' : STATUS_ICON[current.status]}</span>{' '}
            {statusLabel(current.status, current.regressed)}
          </span>
        </div>
        <p className="step-panel__purpose">{step.purpose}</p>
      </header>
      <StepGuide key={step.id} step={step} artifacts={current.artifacts} />
      <StepEditors step={step} metamodel={metamodel} />
      <StepGate progress={current} checked={checked} />
      <MethodLog method={method} />
      <StepActions key={`actions-${step.id}`} progress={current} method={method} module={module} checked={checked} />
    </div>
  );
}
