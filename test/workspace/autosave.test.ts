import { produce } from 'immer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosaver,
  type AutosaveTarget,
  type PageLifecycle,
  type SaveStatus,
} from '../../src/workspace/autosave.ts';
import { WorkspaceError } from '../../src/workspace/errors.ts';
import type { SaveInput } from '../../src/workspace/records.ts';
import { smallModel } from '../core/diff/fixtures.ts';

/** A store that records writes and can be told to fail or to take its time. */
function fakeStore() {
  const saved: SaveInput[] = [];
  const versions: string[] = [];
  let failWith: Error | null = null;
  let latency = 0;
  const target: AutosaveTarget = {
    async saveModel(input) {
      if (latency) await new Promise((resolve) => setTimeout(resolve, latency));
      if (failWith) throw failWith;
      saved.push(input);
    },
    async createVersion(modelId, options) {
      versions.push(`${modelId}: ${options.name}`);
      return Promise.resolve();
    },
  };
  return {
    target,
    saved,
    versions,
    fail: (error: Error | null) => (failWith = error),
    slow: (ms: number) => (latency = ms),
  };
}

function fakePage() {
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return {
    page: { window, document } satisfies PageLifecycle,
    hide: () => ((document.visibilityState = 'hidden'), document.dispatchEvent(new Event('visibilitychange'))),
    leave: () => window.dispatchEvent(new Event('pagehide')),
  };
}

const base = smallModel();
const edits = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ document: produce(base, (d) => void (d.meta.description = `edit ${i}`)) }));

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet moment and writes only the latest of many changes', async () => {
    const store = fakeStore();
    const saver = createAutosaver(store.target, { delayMs: 500, maxDelayMs: 5000, page: null });
    const states: SaveStatus['state'][] = [];
    saver.subscribe((s) => states.push(s.state));
    for (const input of edits(5)) {
      saver.schedule(input);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(store.saved).toHaveLength(0);
    expect(saver.status.state).toBe('saving');
    await vi.advanceTimersByTimeAsync(500);
    expect(store.saved.map((s) => s.document.meta.description)).toEqual(['edit 4']);
    // The last change came 300 ms before the final 500 ms step: it was written 200 ms ago.
    expect(saver.status).toEqual({ state: 'saved', at: Date.now() - 200 });
    expect(states).toEqual(['saving', 'saved']);
  });

  it('saves within the longest wait while edits keep coming', async () => {
    const store = fakeStore();
    const saver = createAutosaver(store.target, { delayMs: 500, maxDelayMs: 2000, page: null });
    for (const input of edits(12)) {
      saver.schedule(input);
      await vi.advanceTimersByTimeAsync(250);
    }
    expect(store.saved.length).toBeGreaterThanOrEqual(1);
    expect(store.saved[0]!.document.meta.description).toBe('edit 7');
  });

  it('by default writes at least every second while edits keep coming, so a crash loses at most about a second', async () => {
    const store = fakeStore();
    const writtenAt: number[] = [];
    const target: AutosaveTarget = {
      ...store.target,
      saveModel(input) {
        writtenAt.push(Date.now());
        return store.target.saveModel(input);
      },
    };
    const saver = createAutosaver(target, { page: null });
    const start = Date.now();
    for (const input of edits(50)) {
      saver.schedule(input); // an edit every 100 ms, never a quiet moment
      await vi.advanceTimersByTimeAsync(100);
    }
    const gaps = writtenAt.map((at, i) => at - (writtenAt[i - 1] ?? start));
    expect(writtenAt.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1000);
  });

  it('does not write the same state twice', async () => {
    const store = fakeStore();
    const saver = createAutosaver(store.target, { delayMs: 100, page: null });
    const [input] = edits(1);
    saver.schedule(input!);
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule(input!);
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule({ ...input!, currentView: 'client' });
    await vi.advanceTimersByTimeAsync(100);
    expect(store.saved.map((s) => s.currentView)).toEqual([undefined, 'client']);
  });

  it('writes a change made during a slow write right after it, one write at a time', async () => {
    const store = fakeStore();
    store.slow(1000);
    const saver = createAutosaver(store.target, { delayMs: 100, page: null });
    const [first, second] = edits(2);
    saver.schedule(first!);
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule(second!);
    await vi.advanceTimersByTimeAsync(300);
    expect(store.saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.saved.map((s) => s.document.meta.description)).toEqual(['edit 0', 'edit 1']);
    expect(saver.status.state).toBe('saved');
  });

  it('reports a full disk as a quota error, keeps the change and saves it on the next attempt', async () => {
    const store = fakeStore();
    store.fail(new DOMException('full', 'QuotaExceededError'));
    const saver = createAutosaver(store.target, { delayMs: 100, page: null });
    const [input] = edits(1);
    saver.schedule(input!);
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(saver.status.state).toBe('error');
    const error = (saver.status as { error: WorkspaceError }).error;
    expect(error).toBeInstanceOf(WorkspaceError);
    expect(error.kind).toBe('quota');
    store.fail(null);
    await saver.flush();
    expect(store.saved).toEqual([input]);
    expect(saver.status.state).toBe('saved');
  });

  it('keeps an automatic version at the first save and then at most every interval', async () => {
    const store = fakeStore();
    const saver = createAutosaver(store.target, { delayMs: 100, versionEveryMs: 60_000, page: null });
    for (const input of edits(4)) {
      saver.schedule(input);
      await vi.advanceTimersByTimeAsync(25_000);
    }
    expect(store.saved).toHaveLength(4);
    expect(store.versions).toEqual(['small: Automatic version', 'small: Automatic version']);
  });

  it('writes at once when the page is hidden or left', async () => {
    const store = fakeStore();
    const { page, hide, leave } = fakePage();
    const saver = createAutosaver(store.target, { delayMs: 10_000, page });
    const [a, b] = edits(2);
    saver.schedule(a!);
    hide();
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule(b!);
    leave();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.saved).toEqual([a, b]);
  });

  it('starts the last write at once when the page is left during a slow write', async () => {
    const store = fakeStore();
    store.slow(1000);
    const { page, leave } = fakePage();
    const saver = createAutosaver(store.target, { delayMs: 100, page });
    const [a, b] = edits(2);
    saver.schedule(a!);
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule(b!);
    leave();
    await vi.advanceTimersByTimeAsync(1000);
    // Both writes ran side by side: the page had no time to wait for the first.
    expect(store.saved).toEqual([a, b]);
  });

  it('stops on dispose and hands back what was not written', async () => {
    const store = fakeStore();
    const { page, leave } = fakePage();
    const saver = createAutosaver(store.target, { delayMs: 100, page });
    const [input] = edits(1);
    saver.schedule(input!);
    expect(saver.dispose()).toBe(input);
    leave();
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.saved).toEqual([]);
  });
});
