/** What went wrong in the browser's storage, in terms the UI can act on (a banner, a retry, a hint). */
export type WorkspaceErrorKind = 'quota' | 'unavailable' | 'not-found' | 'conflict' | 'failed';

/** A storage failure with a kind and a sentence for the user. Promises of the workspace reject only with this. */
export class WorkspaceError extends Error {
  readonly kind: WorkspaceErrorKind;

  constructor(kind: WorkspaceErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkspaceError';
    this.kind = kind;
  }
}

/** Turns whatever IndexedDB threw or aborted with into a WorkspaceError. */
export function toWorkspaceError(error: unknown): WorkspaceError {
  if (error instanceof WorkspaceError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') {
    return new WorkspaceError(
      'quota',
      'The browser has no room left to store Refmod models. Export the workspace, then delete old versions or models in the trash.',
      { cause: error },
    );
  }
  if (name === 'SecurityError' || name === 'InvalidStateError') {
    return new WorkspaceError(
      'unavailable',
      'The browser does not let Refmod store models right now (private mode, storage disabled, or a newer Refmod open in another tab). Export your work to a file, then reload.',
      { cause: error },
    );
  }
  const detail =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String(error.message)
      : String(error);
  return new WorkspaceError(
    'failed',
    `The browser could not store the change (${detail || name || 'unknown error'}).`,
    { cause: error },
  );
}
