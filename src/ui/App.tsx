import { useMemo } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ImportResult } from '../core/io/json.ts';
import { createWorkbench } from '../store/workbench.ts';
import { WorkbenchContext } from './workbench-context.ts';
import { Workspace } from './shell/Workspace.tsx';

/** The workbench: one store for the open model, provided to every panel. */
export function App({ initial }: { initial: ImportResult }) {
  const workbench = useMemo(() => (initial.ok ? createWorkbench(initial.document) : null), [initial]);
  if (!initial.ok || !workbench) {
    return (
      <main className="fatal" role="alert">
        <h1>The shipped model could not be opened</h1>
        <ul>{initial.ok ? null : initial.errors.map((e) => <li key={e.path + e.message}>{e.path}: {e.message}</li>)}</ul>
      </main>
    );
  }
  return (
    <WorkbenchContext.Provider value={workbench}>
      <ReactFlowProvider>
        <Workspace />
      </ReactFlowProvider>
    </WorkbenchContext.Provider>
  );
}
