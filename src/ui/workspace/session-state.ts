import { createStore, useStore, type Store } from '../../store/create-store.ts';

/** Where the open model's changes stand: kept in this browser, on their way, or not kept (storage failed or missing). */
export type SaveState = 'saved' | 'saving' | 'not-saved';

/** Why changes are not being kept, as the banner explains it. */
export interface StorageProblem {
  /** 'unavailable': no storage at all (private mode, storage off); 'quota': full; 'failed': a write failed. */
  readonly kind: 'unavailable' | 'quota' | 'failed';
  readonly message: string;
}

/** Why this tab is read-only: the model is edited in another tab, or another tab took it over from this one. */
export interface LockNotice {
  readonly reason: 'open-elsewhere' | 'taken-over';
  /** The editing tab has since closed the model: taking over takes nothing away from anyone. */
  readonly otherClosed: boolean;
  /** Changes of this tab that could not be saved before another tab took over, as canonical JSON to download. */
  readonly unsaved: string | null;
}

/** A question put before the open model is replaced while its latest changes are not stored. */
export interface LeaveQuestion {
  /** The open model's name. */
  readonly model: string;
  /** true: its changes were downloaded, go on; false: keep it open and do nothing. */
  readonly answer: (goOn: boolean) => void;
}

/** Changes of a model this tab left that storage could not keep, as canonical JSON to download. */
export interface LeftUnsaved {
  readonly model: string;
  readonly json: string;
}

/** The state of the browser workspace session, shown by the header indicator and the banner (first screen, so small). */
export interface SessionState {
  readonly save: SaveState;
  /** When the open model was last written, for the indicator's tooltip. */
  readonly savedAt: number | null;
  readonly problem: StorageProblem | null;
  readonly lock: LockNotice | null;
  readonly leaving: LeaveQuestion | null;
  readonly leftUnsaved: LeftUnsaved | null;
  /** The stored model open in this tab; null when storage is unavailable. */
  readonly modelId: string | null;
  /** Bumped whenever versions or models change, so lists re-read them. */
  readonly revision: number;
}

/** A session's state as it starts: saved, nothing open yet. */
export function createSessionState(): Store<SessionState> {
  return createStore<SessionState>({
    save: 'saved',
    savedAt: null,
    problem: null,
    lock: null,
    leaving: null,
    leftUnsaved: null,
    modelId: null,
    revision: 0,
  });
}

/** The page's session state, which the header indicator and the banner show. */
export const sessionState = createSessionState();

/** Subscribes a component to one slice of the session state. */
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(sessionState, selector);
}

/** Asks every list of models or versions to read them again. */
export function bumpRevision(state: Store<SessionState> = sessionState) {
  state.setState((s) => ({ revision: s.revision + 1 }));
}
