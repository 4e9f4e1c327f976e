import { lazy, Suspense, type ComponentType } from 'react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { MethodStep } from '../../core/method/schema.ts';
import { messages, useMessages } from '../i18n/messages.ts';

const GoalsEditor = lazy(() => import('./editors/GoalsEditor.tsx'));
const MacroEditor = lazy(() => import('./editors/MacroEditor.tsx'));
const ProcessEditor = lazy(() => import('./editors/ProcessEditor.tsx'));
const DesignGoalsEditor = lazy(() => import('./editors/DesignGoalsEditor.tsx'));
const ViewsEditor = lazy(() => import('./editors/ViewsEditor.tsx'));
const DecisionEditor = lazy(() => import('./editors/DecisionEditor.tsx'));

interface EditorProps {
  step: MethodStep;
}

/**
 * The editors a step needs, chosen from the artifacts it produces, so that any method file (Schütte's, Matook &
 * Indulska's, a researcher's own) gets the editors of its artifacts without code.
 */
function editorsFor(
  step: MethodStep,
  metamodel: Metamodel,
): { id: string; title: string; Editor: ComponentType<EditorProps> }[] {
  const produces = new Set(step.artifacts.map((a) => a.evidence.of));
  const processes = step.artifacts.some(
    (a) =>
      a.evidence.of === 'elements' &&
      a.evidence.select.some((s) => s === 'category:process' || metamodel.elementType(s)?.category === 'process'),
  );
  const m = messages().method;
  const editors: { id: string; title: string; Editor: ComponentType<EditorProps> }[] = [];
  if (produces.has('structural-goals')) editors.push({ id: 'goals', title: m.editorGoals, Editor: GoalsEditor });
  if (produces.has('areas') || produces.has('roles'))
    editors.push({ id: 'macro', title: m.editorMacro, Editor: MacroEditor });
  if (processes) editors.push({ id: 'processes', title: m.editorProcesses, Editor: ProcessEditor });
  if (produces.has('naming-rules') || produces.has('glossary'))
    editors.push({ id: 'design', title: m.editorDesign, Editor: DesignGoalsEditor });
  if (produces.has('views')) editors.push({ id: 'views', title: m.editorViews, Editor: ViewsEditor });
  if (produces.has('decisions')) editors.push({ id: 'decisions', title: m.editorDecisions, Editor: DecisionEditor });
  return editors;
}

/** The work area of a step: its editors, or a pointer to the canvas when the step has none. */
export function StepEditors({ step, metamodel }: { step: MethodStep; metamodel: Metamodel }) {
  const m = useMessages().method;
  const editors = editorsFor(step, metamodel);
  if (editors.length === 0) {
    return (
      <section className="step-section">
        <h3>{m.workOnStep}</h3>
        <p className="muted">{m.noForm}</p>
      </section>
    );
  }
  return (
    <>
      {editors.map(({ id, title, Editor }) => (
        <section key={id} className="step-section" aria-label={title}>
          <h3>{title}</h3>
          <Suspense fallback={<p className="panel-loading">{m.loading}</p>}>
            <Editor step={step} />
          </Suspense>
        </section>
      ))}
    </>
  );
}
