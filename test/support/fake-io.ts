import type { CliIo } from '../../src/cli/io.ts';
import { processIo } from '../../src/cli/io.ts';

/** A CLI io that records output and keeps written files in memory; reads go to the real disk unless given. */
export function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) => files[p] ?? processIo.readFile(p),
    writeFile: (p, t) => (written[p] = t),
  };
  return { io, out, err, written, text: () => out.join('\n'), errors: () => err.join('\n') };
}
