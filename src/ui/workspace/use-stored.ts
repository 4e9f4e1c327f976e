import { useEffect, useState } from 'react';
import { formatDate } from '../i18n/messages.ts';

/** What a read from the browser storage gave: the value, or the error message, or nothing yet. */
export interface Stored<T> {
  readonly value: T | null;
  readonly error: string | null;
}

/**
 * Reads from the workspace whenever `key` (what is read, e.g. a model id) or `revision` (the session's
 * count of changes) changes. A result for another key is never shown; while a new revision is read,
 * the previous result stays, so lists do not flicker.
 */
export function useStored<T>(load: () => Promise<T>, key: string, revision = 0): Stored<T> {
  const [state, setState] = useState<{ key: string; value: T | null; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ key, value, error: null }),
      (error: unknown) =>
        live && setState({ key, value: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // The key and the revision name everything the read depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, revision]);
  return state?.key === key ? state : { value: null, error: null };
}

/** A date and time as a short label in the interface's language, e.g. "3 Mar, 14:02". */
export function shortDate(iso: string): string {
  return formatDate(iso, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
