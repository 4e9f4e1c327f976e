import { useEffect, useState } from 'react';
import type { LayoutRun } from './use-layout.ts';
import { formatNumber, useMessages } from '../i18n/messages.ts';

/** Layout commands under the canvas, with progress and cancel while ELK runs. */
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
  const m = useMessages().canvas;
  return (
    <div className="canvas-toolbar">
      {run ? (
        <div className="layout-progress" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />{' '}
          {m.layingOut(formatNumber(elapsed, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))}
          <button onClick={onCancel}>{m.cancel}</button>
        </div>
      ) : (
        <>
          <button onClick={() => onLayout('all')} title={m.autoLayoutTitle}>
            {m.autoLayout}
          </button>
          <button onClick={() => onLayout('new')} title={m.layoutNewTitle}>
            {m.layoutNew}
          </button>
        </>
      )}
    </div>
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
