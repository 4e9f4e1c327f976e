import type { RefDocument } from '../core/model/schema.ts';
import { toWorkspaceError, type WorkspaceError } from './errors.ts';
import type { SaveInput } from './records.ts';

/** What the save indicator shows. An error keeps the unsaved change for the next attempt. */
export type SaveStatus =
  | { readonly state: 'saved'; readonly at: number | null }
  | { readonly state: 'saving' }
  | { readonly state: 'error'; readonly error: WorkspaceError };

/** The part of the workspace the autosaver writes to; writes must land in the order they start. */
export interface AutosaveTarget {
  saveModel(input: SaveInput): Promise<unknown>;
  createVersion(
    modelId: string,
    options: { name: string; automatic: boolean; document: RefDocument },
  ): Promise<unknown>;
}

/** Where the page announces it is going away; by default the window and document. */
export interface PageLifecycle {
  readonly window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  readonly document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
    readonly visibilityState: string;
  };
}

export interface AutosaveOptions {
  /** Quiet time after the last change before saving. @default 500 */
  delayMs?: number;
  /** Longest a change waits while edits keep coming: a crash during steady editing loses at most this much. @default 1000 */
  maxDelayMs?: number;
  /** Keep an automatic version at the first save and then at most this often; 0 keeps none. @default 600000 */
  versionEveryMs?: number;
  /** The page to listen to for pagehide / hidden; null listens to nothing. */
  page?: PageLifecycle | null;
}

export interface Autosaver {
  readonly status: SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  /** Notes the latest state; saves after a quiet time. Successive calls coalesce into one write. */
  schedule(input: SaveInput): void;
  /** Writes the pending state now; resolves when done, never rejects (a failure shows in the status). */
  flush(): Promise<void>;
  /** Stops saving and listening; returns the state not yet written, if any, so it can be kept elsewhere. */
  dispose(): SaveInput | null;
}

/** A debounced, coalescing save queue for the open model; never throws into its caller. */
export function createAutosaver(target: AutosaveTarget, options: AutosaveOptions = {}): Autosaver {
  const delayMs = options.delayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 1000;
  const versionEveryMs = options.versionEveryMs ?? 600_000;
  const page = options.page === undefined ? defaultPage() : options.page;
  const listeners = new Set<(status: SaveStatus) => void>();
  let status: SaveStatus = { state: 'saved', at: null };
  let pending: SaveInput | null = null;
  let pendingSince: number | null = null;
  let lastWritten: SaveInput | null = null;
  let lastVersionAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  let disposed = false;

  const setStatus = (next: SaveStatus) => {
    status = next;
    for (const listener of listeners) listener(next);
  };

  const write = async (input: SaveInput) => {
    try {
      await target.saveModel(input);
      lastWritten = input;
      const at = Date.now();
      if (versionEveryMs > 0 && (lastVersionAt === null || at - lastVersionAt >= versionEveryMs)) {
        await target.createVersion(input.document.meta.id, {
          name: 'Automatic version',
          automatic: true,
          document: input.document,
        });
        lastVersionAt = at;
      }
      if (!pending) setStatus({ state: 'saved', at });
    } catch (error) {
      // Keep the change for the next attempt unless a newer one is already waiting.
      if (!pending) pending = input;
      setStatus({ state: 'error', error: toWorkspaceError(error) });
    }
  };

  /** Writes the pending state, one write at a time; a change arriving meanwhile is written next. */
  const run = async (): Promise<void> => {
    clearTimer();
    while (writing) await writing;
    const input = pending;
    if (!input || disposed) return;
    pending = null;
    pendingSince = null;
    writing = write(input);
    await writing;
    writing = null;
    if (pending && status.state !== 'error' && !timer) await run();
  };

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /**
   * The page may be torn down before a queued write starts, so on page hide the pending state is written at
   * once, even behind a write in flight: IndexedDB runs overlapping read-write transactions in the order they start.
   */
  const onPageHide = () => {
    clearTimer();
    const input = pending;
    if (!input || disposed) return;
    pending = null;
    pendingSince = null;
    void write(input);
  };
  const onVisibility = () => {
    if (page?.document.visibilityState === 'hidden') void run();
  };
  page?.window.addEventListener('pagehide', onPageHide);
  page?.document.addEventListener('visibilitychange', onVisibility);

  return {
    get status() {
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    schedule(input) {
      if (disposed) return;
      if (!pending && status.state !== 'error' && sameState(input, lastWritten)) return;
      pending = input;
      const now = Date.now();
      pendingSince ??= now;
      if (status.state !== 'saving') setStatus({ state: 'saving' });
      clearTimer();
      timer = setTimeout(() => void run(), Math.max(0, Math.min(delayMs, pendingSince + maxDelayMs - now)));
    },
    flush: () => run(),
    dispose() {
      disposed = true;
      clearTimer();
      page?.window.removeEventListener('pagehide', onPageHide);
      page?.document.removeEventListener('visibilitychange', onVisibility);
      listeners.clear();
      const unsaved = pending;
      pending = null;
      return unsaved;
    },
  };
}

function sameState(a: SaveInput, b: SaveInput | null): boolean {
  return b !== null && a.document === b.document && a.currentStep === b.currentStep && a.currentView === b.currentView;
}

function defaultPage(): PageLifecycle | null {
  return typeof window !== 'undefined' && typeof document !== 'undefined' ? { window, document } : null;
}
