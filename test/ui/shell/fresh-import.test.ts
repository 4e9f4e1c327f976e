import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from '../../../src/ui/shell/fresh-import.ts';

describe('the address of a module whose load failed', () => {
  it('is read from Chromium’s and Firefox’s messages, without an earlier retry’s query', () => {
    expect(
      failedModuleUrl(
        new TypeError(
          'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/EvaluationPanel-B1x_9.js',
        ),
      ),
    ).toBe('http://127.0.0.1:4173/assets/EvaluationPanel-B1x_9.js');
    expect(
      failedModuleUrl(
        new TypeError(
          'error loading dynamically imported module: https://refmod.example/assets/Gallery-a1.js?retry=17',
        ),
      ),
    ).toBe('https://refmod.example/assets/Gallery-a1.js');
  });

  it('is unknown where the message names none (Safari), so the retry imports as before', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl('not an error')).toBeNull();
  });
});
