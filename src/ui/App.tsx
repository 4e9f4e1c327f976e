import { lazy, Suspense } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { WorkbenchContext } from './workbench-context.ts';
import { PanelBoundary } from './shell/PanelBoundary.tsx';
import { Workspace } from './shell/Workspace.tsx';
import type { Boot } from './workspace/boot.ts';
import { useMessages } from './i18n/messages.ts';

// Shown only when storage needs the user, so it loads after the first screen.
const WorkspaceBanner = lazy(() =>
  import('./workspace/WorkspaceBanner.tsx').then((m) => ({ default: m.WorkspaceBanner })),
);

/** The workbench: one store for the open model, provided to every panel, under the banners of the browser workspace. */
export function App({ boot }: { boot: Boot }) {
  const m = useMessages().shell;
  if (!boot.ok) {
    return (
      <main className="fatal" role="alert">
        <h1>{m.fatal}</h1>
        <ul>
          {boot.errors.map((e) => (
            <li key={e.path + e.message}>
              {e.path}: {e.message}
            </li>
          ))}
        </ul>
      </main>
    );
  }
  return (
    <WorkbenchContext.Provider value={boot.workbench}>
      <ReactFlowProvider>
        <div className="app-frame">
          <Suspense fallback={null}>
            <WorkspaceBanner />
          </Suspense>
          <PanelBoundary name="the workbench">
            <Workspace />
          </PanelBoundary>
        </div>
      </ReactFlowProvider>
    </WorkbenchContext.Provider>
  );
}
