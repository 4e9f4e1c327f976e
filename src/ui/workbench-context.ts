import { createContext, useContext } from 'react';
import type { Workbench, WorkbenchState } from '../store/workbench.ts';
import { useWorkbench } from '../store/workbench.ts';
import type { RefDocument, View } from '../core/model/schema.ts';

export const WorkbenchContext = createContext<Workbench | null>(null);

/** The workbench's actions (perform, undo, select, notify ...). */
export function useActions(): Workbench {
  const wb = useContext(WorkbenchContext);
  if (!wb) throw new Error('useActions outside <WorkbenchContext>');
  return wb;
}

/** Subscribes to one slice of the workbench state. */
export function useWb<T>(selector: (state: WorkbenchState) => T): T {
  return useWorkbench(useActions(), selector);
}

export const useDocument = (): RefDocument => useWb((s) => s.history.document);

/** The open view; falls back to the first view when the id is stale (e.g. after undo removed a view). */
export function useCurrentView(): View | undefined {
  return useWb((s) => s.history.document.views.find((v) => v.id === s.viewId) ?? s.history.document.views[0]);
}
