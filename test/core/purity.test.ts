import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../src/core/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );

describe('src/core is pure TypeScript', () => {
  const sources = files(root);

  it('imports neither React nor React Flow nor the DOM', () => {
    const offenders = sources.filter((f) =>
      /from ['"](react|react-dom|@xyflow\/react)['"]|(?<![.\w])(window|navigator|localStorage|indexedDB)\.|(?<![.\w])document\.(createElement|querySelector|getElementById|body|addEventListener)/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('loads in Node without a window', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    for (const f of sources) await import(f);
  });
});
