import { useActions } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';

/** An empty view teaches the first move instead of showing nothing. */
export function CanvasEmptyState() {
  const wb = useActions();
  const m = useMessages().canvas;
  return (
    <div className="canvas-empty" role="note">
      <h2>{m.emptyTitle}</h2>
      <p>{m.emptyText}</p>
      <button onClick={() => wb.setSidePanel('method')}>{m.emptyGuidance}</button>
    </div>
  );
}
