import { ReactFlowProvider } from '@xyflow/react';
import { WorkbenchContext } from './workbench-context.ts';
import { PanelBoundary } from './shell/PanelBoundary.tsx';
import { Workspace } from './shell/Workspace.tsx';
import type { Boot } from './workspace/boot.ts';
import { WorkspaceBanner } from './workspace/WorkspaceBanner.tsx';

/** The workbench: one store for the open model, provided to every panel, under the banners of the browser workspace. */
export function App({ boot }: { boot: Boot }) {
  if (!boot.ok) {
    return (
      <main className="fatal" role="alert">
        <h1>The shipped model could not be opened</h1>
        <ul>{boot.errors.map((e) => <li key={e.path + e.message}>{e.path}: {e.message}</li>)}</ul>
      </main>
    );
  }
  return (
    <WorkbenchContext.Provider value={boot.workbench}>
      <ReactFlowProvider>
        <div className="app-frame">
          <WorkspaceBanner />
          <PanelBoundary name="the workbench">
            <Workspace />
          </PanelBoundary>
        </div>
      </ReactFlowProvider>
    </WorkbenchContext.Provider>
  );
}
