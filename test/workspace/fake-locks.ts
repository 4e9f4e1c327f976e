/**
 * Web Locks and BroadcastChannel as one browser gives them to its tabs, in memory: Node has neither.
 * Only what tab-lock.ts uses: exclusive locks with ifAvailable, steal and an abort signal.
 */

interface Waiter {
  callback: (lock: Lock | null) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Holder {
  reject: (error: unknown) => void;
  /** Set when the lock was stolen: its callback's end no longer frees anything. */
  stolen: boolean;
}

const abortError = () => new DOMException('The lock request was aborted.', 'AbortError');

export class FakeLocks {
  private held = new Map<string, Holder>();
  private queues = new Map<string, Waiter[]>();

  request(name: string, options: LockOptions, callback: (lock: Lock | null) => unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { callback, resolve, reject };
      if (options.steal) {
        const holder = this.held.get(name);
        if (holder) {
          holder.stolen = true;
          holder.reject(abortError());
          this.held.delete(name);
        }
        return this.grant(name, waiter);
      }
      if (!this.held.has(name)) return this.grant(name, waiter);
      if (options.ifAvailable) return void Promise.resolve(callback(null)).then(resolve, reject);
      const queue = this.queues.get(name) ?? [];
      queue.push(waiter);
      this.queues.set(name, queue);
      options.signal?.addEventListener('abort', () => {
        const at = queue.indexOf(waiter);
        if (at < 0) return;
        queue.splice(at, 1);
        reject(abortError());
      });
    });
  }

  query(): Promise<LockManagerSnapshot> {
    return Promise.resolve({ held: [...this.held.keys()].map((name) => ({ name, mode: 'exclusive' as const })) });
  }

  private grant(name: string, waiter: Waiter) {
    const holder: Holder = { reject: waiter.reject, stolen: false };
    this.held.set(name, holder);
    const lock = { name, mode: 'exclusive' } as Lock;
    void Promise.resolve()
      .then(() => waiter.callback(lock))
      .then(
        (value) => {
          waiter.resolve(value);
          this.free(name, holder);
        },
        (error) => {
          waiter.reject(error);
          this.free(name, holder);
        },
      );
  }

  private free(name: string, holder: Holder) {
    if (holder.stolen || this.held.get(name) !== holder) return;
    this.held.delete(name);
    const next = this.queues.get(name)?.shift();
    if (next) this.grant(name, next);
  }
}

type Listener = (event: Event) => void;

/** BroadcastChannels of one browser: a message reaches every other channel of the bus, never its sender. */
export class FakeBus {
  private channels = new Set<FakeChannel>();
  /** While false, messages are dropped: a tab that hangs and never answers. */
  delivering = true;

  channel(): FakeChannel {
    const channel = new FakeChannel(this);
    this.channels.add(channel);
    return channel;
  }

  send(from: FakeChannel, data: unknown) {
    if (!this.delivering) return;
    for (const channel of this.channels)
      if (channel !== from) setTimeout(() => channel.deliver(new MessageEvent('message', { data })));
  }

  remove(channel: FakeChannel) {
    this.channels.delete(channel);
  }
}

export class FakeChannel {
  private listeners = new Set<Listener>();
  constructor(private bus: FakeBus) {}
  postMessage(data: unknown) {
    this.bus.send(this, data);
  }
  addEventListener(_type: string, listener: Listener) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: string, listener: Listener) {
    this.listeners.delete(listener);
  }
  close() {
    this.bus.remove(this);
  }
  deliver(event: Event) {
    for (const listener of this.listeners) listener(event);
  }
}
