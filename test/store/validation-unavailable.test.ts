import { describe, expect, it, vi } from 'vitest';
import { createWorkbench } from '../../src/store/workbench.ts';
import { shippedModel } from '../support/models.ts';

// The validation engine's chunk fails to load, as after a network failure or a redeploy.
let loads = 0;
vi.mock('../../src/core/validation/index.ts', () => {
  loads++;
  throw new Error('Failed to fetch dynamically imported module');
});

describe('live validation whose engine cannot load', () => {
  it('tries once more, then says the checks are unavailable instead of checking for ever', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const wb = createWorkbench(shippedModel());
      await vi.waitFor(() => expect(loads).toBeGreaterThan(0));
      expect(wb.store.getState().validationUnavailable).toBe(false);
      await vi.advanceTimersByTimeAsync(2_000);
      await vi.waitFor(() => expect(wb.store.getState().validationUnavailable).toBe(true));
      expect(wb.store.getState().validation).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
