import { useActions } from '../workbench-context.ts';

/** An empty view teaches the first move instead of showing nothing. */
export function CanvasEmptyState() {
  const wb = useActions();
  return (
    <div className="canvas-empty" role="note">
      <h2>This view is empty</h2>
      <p>
        Drag an element type from the palette on the left into a lane, or click a type to add it in the middle of the
        view. Its lane sets its role and area.
      </p>
      <button onClick={() => wb.setSidePanel('method')}>Open the guidance for the current step</button>
    </div>
  );
}
