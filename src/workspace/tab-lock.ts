/** Whether this tab may edit the model. */
export type LockState = 'editing' | 'read-only';
/** Why a tab is read-only: another tab had the model open first, or took it over from this tab. */
export type ReadOnlyReason = 'open-elsewhere' | 'taken-over';

export type LockEvent =
  | { readonly type: 'state'; readonly state: LockState; readonly reason: ReadOnlyReason | null }
  /** Another tab opened this model and is read-only because this tab edits it. */
  | { readonly type: 'peer-read-only' }
  /** The tab that edited the model closed it: this tab may take over without taking anything away. */
  | { readonly type: 'released-elsewhere' };

export interface ModelLock {
  readonly modelId: string;
  readonly state: LockState;
  readonly reason: ReadOnlyReason | null;
  /** False when the browser lacks Web Locks: every tab edits, uncoordinated. */
  readonly coordinated: boolean;
  subscribe(listener: (event: LockEvent) => void): () => void;
  /** Makes this tab the editing one: asks the other tab to save and step back, and takes the lock if it does not answer. */
  takeOver(): Promise<void>;
  /** Lets go of the model; resolves once the lock is free, so the same tab can claim it again. */
  release(): Promise<void>;
}

type Message = { type: 'opened-read-only' | 'handover' | 'taken-over' | 'released'; modelId: string; tab: string };

export interface LockOptions {
  /** Runs before this tab hands the model to another one, e.g. the autosaver's flush. */
  beforeHandover?: () => Promise<void>;
  /** How long a take-over waits for the other tab before taking the lock anyway. @default 2000 */
  handoverMs?: number;
  /** Injected in tests; default navigator.locks and a BroadcastChannel. */
  locks?: LockManager | null;
  channel?: Pick<BroadcastChannel, 'postMessage' | 'close' | 'addEventListener' | 'removeEventListener'> | null;
}

/**
 * Claims a model for this tab with the Web Locks API. The first tab edits; a later tab opening the same
 * model is read-only until it takes over, and the first tab is then told and becomes read-only.
 */
export async function lockModel(modelId: string, options: LockOptions = {}): Promise<ModelLock> {
  const locks = options.locks !== undefined ? options.locks : browserLocks();
  const channel =
    options.channel !== undefined
      ? options.channel
      : typeof BroadcastChannel !== 'undefined'
        ? new BroadcastChannel('refmod-model-locks')
        : null;
  const handoverMs = options.handoverMs ?? 2000;
  const name = lockName(modelId);
  const tab = Math.random().toString(36).slice(2);
  const listeners = new Set<(event: LockEvent) => void>();
  let state: LockState = 'editing';
  let reason: ReadOnlyReason | null = null;
  let releaseHeld: (() => void) | null = null;
  /** Settles when the lock this tab holds (or waits for) is given back. */
  let settled: Promise<unknown> = Promise.resolve();
  let closed = false;

  const emit = (event: LockEvent) => {
    for (const listener of listeners) listener(event);
  };
  const become = (next: LockState, why: ReadOnlyReason | null) => {
    if (state === next && reason === why) return;
    state = next;
    reason = why;
    emit({ type: 'state', state, reason });
  };
  const post = (type: Message['type']) => channel?.postMessage({ type, modelId, tab } satisfies Message);
  const letGo = () => {
    releaseHeld?.();
    releaseHeld = null;
  };

  /** Requests the lock and holds it until released or stolen; resolves with whether it was granted. */
  const hold = (mode: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }) =>
    new Promise<boolean>((granted) => {
      settled = locks!
        .request(
          name,
          {
            ifAvailable: mode.ifAvailable ?? false,
            steal: mode.steal ?? false,
            ...(mode.signal && { signal: mode.signal }),
          },
          (lock) => {
            if (!lock) return granted(false);
            granted(true);
            return new Promise<void>((release) => (releaseHeld = release));
          },
        )
        .catch(() => {
          // Stolen by another tab (or a timed-out wait): if this tab held the lock, it no longer edits.
          granted(false);
          if (releaseHeld) {
            releaseHeld = null;
            become('read-only', 'taken-over');
          }
        });
    });

  const onMessage = (event: Event) => {
    const message = (event as MessageEvent<Message>).data;
    if (closed || message?.modelId !== modelId || message.tab === tab) return;
    if (message.type === 'opened-read-only' && state === 'editing') emit({ type: 'peer-read-only' });
    else if (message.type === 'released' && state === 'read-only') emit({ type: 'released-elsewhere' });
    else if (message.type === 'taken-over' && state === 'editing') {
      letGo();
      become('read-only', 'taken-over');
    } else if (message.type === 'handover' && state === 'editing') {
      void (options.beforeHandover?.() ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => {
          letGo();
          become('read-only', 'taken-over');
        });
    }
  };

  if (locks) {
    channel?.addEventListener('message', onMessage);
    if (!(await hold({ ifAvailable: true }))) {
      state = 'read-only';
      reason = 'open-elsewhere';
      post('opened-read-only');
    }
  }

  return {
    modelId,
    get state() {
      return state;
    },
    get reason() {
      return reason;
    },
    coordinated: locks !== null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async takeOver() {
      if (!locks || closed || state === 'editing') return;
      post('handover');
      const handedOver = await hold({ signal: AbortSignal.timeout(handoverMs) });
      if (!handedOver) {
        await hold({ steal: true });
        post('taken-over');
      }
      become('editing', null);
    },
    async release() {
      if (closed) return;
      closed = true;
      if (releaseHeld) post('released');
      letGo();
      channel?.removeEventListener('message', onMessage);
      if (options.channel === undefined) channel?.close();
      listeners.clear();
      await settled;
    },
  };
}

/** Whether some tab of this browser holds the model (false when the browser cannot tell); locks injected in tests. */
export async function isModelLocked(modelId: string, locks: LockManager | null = browserLocks()): Promise<boolean> {
  if (!locks) return false;
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === lockName(modelId));
}

function browserLocks(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

function lockName(modelId: string): string {
  return `refmod:model:${modelId}`;
}
