import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // A poll waits on a state reached in its own time (a lazy engine, a page); vitest's 1 s default fails under load.
    expect: { poll: { timeout: 20_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          globalSetup: ['test/support/build-cli.ts'],
          setupFiles: ['test/support/catalogue.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          // Property tests and CLI runs are CPU-bound: on a loaded machine a wall-clock limit fails them with nothing wrong.
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/serve.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
