import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launch } from '../e2e/support/browser.ts';
import { exportDocument } from '../../src/core/io/json.ts';
import { generateDocument } from '../support/generate.ts';

/** Builds the app as it ships, serves it, and opens Chromium: the setting the canvas figures are measured in. */
export async function benchBrowser() {
  const dir = mkdtempSync(join(tmpdir(), 'refmod-bench-'));
  const outDir = join(dir, 'dist');
  await build({ logLevel: 'silent', build: { outDir } });
  const server = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 4280, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await launch();
  return {
    url,
    browser,
    /** Writes a generated model of `size` elements to a file the page can open. */
    modelFile(size: number, relationsPerElement: number) {
      const file = join(dir, `generated-${size}.json`);
      writeFileSync(file, exportDocument(generateDocument(size, relationsPerElement)));
      return file;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
