import { readFileSync, writeFileSync } from 'node:fs';

/** What a CLI command may touch: output streams and files. Tests pass a fake. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
};

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

export interface CliCommand {
  name: string;
  summary: string;
  help: string;
  run(args: string[], io: CliIo): Promise<number> | number;
}

/** Splits argv into positional arguments and --flags (`--to mermaid`, `--to=mermaid`, `--json`). */
export function parseArgs(args: string[], valued: readonly string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o') {
      flags.set('out', args[++i] ?? '');
    } else if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(key, inline);
      else if (valued.includes(key)) flags.set(key, args[++i] ?? '');
      else flags.set(key, true);
    } else positional.push(arg);
  }
  return { positional, flags };
}
