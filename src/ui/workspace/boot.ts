import type { Problem } from '../../core/model/problems.ts';
import { createWorkbench, type Workbench } from '../../store/workbench.ts';
import { openingDocument, prefetchOpeningDocument } from '../shell/opening-document.ts';
import { sessionState } from './session-state.ts';

/** What the page starts with: the workbench on the model to open, or why not even the shipped model opened. */
export type Boot = { ok: true; workbench: Workbench } | { ok: false; errors: Problem[] };

/**
 * Starts the workbench on the browser workspace (last model, or the shipped one on a first visit).
 * The storage code loads as its own chunk; if it cannot load or start, the shipped model opens unsaved.
 */
export async function boot(): Promise<Boot> {
  // The shipped model downloads while the storage code loads and looks for a stored one.
  void prefetchOpeningDocument();
  try {
    const { startSession } = await import('./session.ts');
    return await startSession();
  } catch (error) {
    const shipped = await openingDocument();
    if (!shipped.ok) return shipped;
    sessionState.setState({
      save: 'not-saved',
      problem: { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) },
    });
    return { ok: true, workbench: createWorkbench(shipped.document) };
  }
}
