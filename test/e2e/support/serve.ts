import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    distDir: string;
  }
}

/** Makes sure Debian's Chromium is there: installs it through apt when running as root, else says how. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: run "sudo apt-get update && sudo apt-get install -y chromium", then npm test again.`,
    );
  }
  console.log('Installing Chromium from apt for the browser tests (once per machine)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

let server: PreviewServer | undefined;

/** Builds the app as it ships and serves it on a free local port for the browser tests. */
export default async function setup(project: TestProject) {
  ensureChromium();
  // A build of its own per run: parallel runs never overwrite each other's files.
  const outDir = mkdtempSync(join(tmpdir(), 'refmod-e2e-'));
  // Vitest sets NODE_ENV=test, which would bundle React's development build; test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 4180, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('appUrl', url.replace(/\/$/, ''));
  project.provide('distDir', outDir);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
