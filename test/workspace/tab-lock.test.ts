import { describe, expect, it } from 'vitest';
import { isModelLocked, lockModel, type LockEvent, type ModelLock } from '../../src/workspace/tab-lock.ts';
import { FakeBus, FakeLocks } from './fake-locks.ts';

/** Two tabs of one browser: the same lock manager, channels on the same bus. */
function browser() {
  const locks = new FakeLocks() as unknown as LockManager;
  const bus = new FakeBus();
  const tab = (options: { beforeHandover?: () => Promise<void>; handoverMs?: number } = {}) =>
    lockModel('model-a', { locks, channel: bus.channel(), ...options });
  return { locks, bus, tab };
}

/** Resolves with the first event of the lock that matches. */
const next = (lock: ModelLock, match: (event: LockEvent) => boolean) =>
  new Promise<LockEvent>((resolve) => {
    const stop = lock.subscribe((event) => {
      if (!match(event)) return;
      stop();
      resolve(event);
    });
  });

describe('the tab lock, with Web Locks and the channel injected (Node has neither)', () => {
  it('lets the first tab edit; a second tab opens read-only and the first is told', async () => {
    const { tab } = browser();
    const first = await tab();
    const told = next(first, (e) => e.type === 'peer-read-only');
    const second = await tab();
    expect([first.state, first.reason]).toEqual(['editing', null]);
    expect([second.state, second.reason]).toEqual(['read-only', 'open-elsewhere']);
    await told;
    expect(first.coordinated && second.coordinated).toBe(true);
  });

  it('hands over on take-over: the editing tab saves first, then steps back, and only then the other edits', async () => {
    const { tab } = browser();
    const order: string[] = [];
    let flushed!: () => void;
    const first = await tab({
      beforeHandover: () =>
        new Promise<void>((resolve) => {
          order.push('first saves');
          flushed = () => {
            order.push('first saved');
            resolve();
          };
        }),
    });
    const second = await tab();
    const steppedBack = next(first, (e) => e.type === 'state');
    const takeOver = second.takeOver().then(() => order.push('second edits'));
    await new Promise<void>((resolve) => {
      const wait = () => (order.length ? resolve() : setTimeout(wait));
      wait();
    });
    expect(second.state).toBe('read-only'); // still waiting for the first tab's save
    flushed();
    await takeOver;
    expect(await steppedBack).toEqual({ type: 'state', state: 'read-only', reason: 'taken-over' });
    expect(order).toEqual(['first saves', 'first saved', 'second edits']);
    expect([first.state, second.state]).toEqual(['read-only', 'editing']);
  });

  it('takes the lock anyway when the editing tab does not answer, and that tab learns it lost it', async () => {
    const { tab, bus } = browser();
    const first = await tab();
    const second = await tab({ handoverMs: 10 });
    bus.delivering = false; // the first tab hangs: it never hears the request to hand over
    const lost = next(first, (e) => e.type === 'state');
    await second.takeOver();
    expect(second.state).toBe('editing');
    expect(await lost).toEqual({ type: 'state', state: 'read-only', reason: 'taken-over' });
  });

  it('tells a read-only tab when the editing tab lets go, and frees the lock for the same tab to claim again', async () => {
    const { tab, locks } = browser();
    const first = await tab();
    const second = await tab();
    const released = next(second, (e) => e.type === 'released-elsewhere');
    await first.release();
    await released;
    const again = await lockModel('model-a', { locks, channel: null });
    expect(again.state).toBe('editing');
    expect(await isModelLocked('model-a', locks)).toBe(true);
    await again.release();
    expect(await isModelLocked('model-a', locks)).toBe(false);
  });

  it('without Web Locks every tab edits, and says it is not coordinated', async () => {
    const one = await lockModel('model-a', { locks: null, channel: null });
    const two = await lockModel('model-a', { locks: null, channel: null });
    expect([one.state, two.state, one.coordinated]).toEqual(['editing', 'editing', false]);
    await two.takeOver(); // nothing to take over
    expect(await isModelLocked('model-a', null)).toBe(false);
  });
});
