import { useMemo, useSyncExternalStore } from 'react';
import type { Method } from '../../core/method/schema.ts';
import type { OverallProgress, StepProgress } from '../../core/method/engine.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { Finding } from '../../core/validation/index.ts';
import { useDocument, useWb } from '../workbench-context.ts';
import type * as MethodModule from './method-data.ts';

export type MethodData = typeof MethodModule;

let data: MethodData | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  loading ??= import('./method-data.ts').then(
    (module) => {
      data = module;
      listeners.forEach((l) => l());
    },
    () => {
      // A failed chunk load (offline after an update) is retried by the next component that subscribes.
      loading = null;
    },
  );
  return () => void listeners.delete(listener);
}

/** The method engine and the shipped methods, or null while their chunk loads. */
export function useMethodData(): MethodData | null {
  return useSyncExternalStore(subscribe, () => data);
}

const NO_FINDINGS: readonly Finding[] = [];

export type MethodState =
  | { readonly known: false; readonly methodId: string }
  | {
      readonly known: true;
      readonly method: Method;
      readonly progress: readonly StepProgress<Finding>[];
      readonly overall: OverallProgress;
      readonly current: StepProgress<Finding>;
      /** False until the validation engine has run: gates are not checked yet. */
      readonly checked: boolean;
    };

/** The method the open model follows and the progress of each of its steps, or null while loading. */
export function useMethodState(): MethodState | null {
  const module = useMethodData();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const validation = useWb((s) => s.validation);
  return useMemo(() => {
    if (!module) return null;
    const method = module.methodFor(doc);
    if (!method) return { known: false, methodId: doc.method.methodId };
    const progress = module.stepProgress(doc, method, validation?.report.findings ?? NO_FINDINGS, metamodel);
    return {
      known: true,
      method,
      progress,
      overall: module.overallProgress(progress),
      current: progress.find((p) => p.current) ?? progress[0]!,
      checked: validation !== null,
    };
  }, [module, doc, metamodel, validation]);
}

/** The element types the current step works with, for the palette; null when the step does not restrict them. */
export function useStepTypes(): {
  readonly title: string;
  readonly number: number;
  readonly allowed: ReadonlySet<string>;
} | null {
  const module = useMethodData();
  const state = useWb((s) => s.history.document.method);
  const pack = useWb((s) => s.history.document.pack);
  const metamodel = useWb((s) => s.metamodel);
  return useMemo(() => {
    const method = module?.methodFor({ method: state, pack });
    if (!module || !method) return null;
    // resumeStep reads only the method state of a document.
    const step = module.resumeStep({ method: state } as RefDocument, method);
    const types = module.paletteFor(step, metamodel).elementTypes;
    if (types.length === 0) return null;
    return { title: step.title, number: method.steps.indexOf(step) + 1, allowed: new Set(types.map((t) => t.id)) };
  }, [module, state, pack, metamodel]);
}
