import { Panel } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { LayoutRun } from './use-layout.ts';

/** Layout commands on the canvas, with progress and cancel while ELK runs. */
export function CanvasToolbar({
  run,
  onLayout,
  onCancel,
}: {
  run: LayoutRun | null;
  onLayout: (mode: 'all' | 'new') => void;
  onCancel: () => void;
}) {
  const elapsed = useElapsed(run?.startedAt ?? null);
  return (
    <Panel position="bottom-left" className="canvas-toolbar">
      {run ? (
        <div className="layout-progress" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> Laying out… {elapsed.toFixed(1)} s
          <button onClick={onCancel}>Cancel</button>
        </div>
      ) : (
        <>
          <button
            onClick={() => onLayout('all')}
            title="Arrange the whole view with ELK inside its lanes (one undo step)"
          >
            Auto layout
          </button>
          <button onClick={() => onLayout('new')} title="Place only elements without a position; keep manual positions">
            Layout new only
          </button>
        </>
      )}
    </Panel>
  );
}

function useElapsed(since: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, now - since) / 1000;
}
