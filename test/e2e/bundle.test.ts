import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const BUDGET_KB = 200;

describe('the first screen', () => {
  it(`loads under ${BUDGET_KB} KB of gzipped JavaScript; mermaid and ELK are not part of it`, () => {
    const dist = inject('distDir');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const sources = scripts.map((s) => readFileSync(join(dist, s)));
    const kb = sources.reduce((sum, code) => sum + gzipSync(code).length, 0) / 1024;
    console.log(`first-load JavaScript: ${kb.toFixed(1)} KB gzip in ${scripts.length} file(s)`);
    expect(kb).toBeLessThan(BUDGET_KB);
    const text = sources.map((b) => b.toString()).join('\n');
    expect(text).not.toMatch(/mermaidAPI|flowchart-v2/);
    expect(text).not.toMatch(/org\.eclipse\.elk\.layered/);
  });
});
