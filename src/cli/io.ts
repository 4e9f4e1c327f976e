import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs as parseNodeArgs } from 'node:util';
import { LANGUAGES, isLanguage, type Language } from '../core/i18n/language.ts';
import { cliMessages } from './messages.ts';

/** What a CLI command may touch: output streams and files. Tests pass a fake. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

// `refmod export … | head` closes the pipe early: the rest of the output has no reader, which is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
const write = (stream: NodeJS.WriteStream, text: string) => {
  if (!stream.destroyed) stream.write(text.endsWith('\n') ? text : text + '\n');
};

export const processIo: CliIo = {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
  readFile: (path) => decodeText(readFileSync(path)),
  writeFile: (path, text) => writeFileSync(path, text),
};

/** Text as a browser reads it: a byte-order mark says UTF-16 (little or big endian) or UTF-8 and is dropped; without one, UTF-8. */
function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

export interface CliCommand {
  name: string;
  summary: string;
  help: string;
  /**
   * `language`: the `--lang` every command takes (default English), for its messages and the model text it writes;
   * `chosen` is false when no --lang was given, so a model's text stays in its own language.
   */
  run(args: string[], io: CliIo, language: Language, chosen?: boolean): Promise<number> | number;
}

/** A command line the command cannot run: main prints the message and exits 2. */
export class UsageError extends Error {}

/** Takes `--lang <en|de|ko>` (or `--lang=ko`) out of the arguments, wherever it stands; English without it. */
export function takeLanguage(args: readonly string[]): { language: Language; rest: string[]; chosen: boolean } {
  const rest: string[] = [];
  let language: Language = 'en';
  let chosen = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
    if (!isLanguage(value))
      throw new UsageError(`--lang is one of ${LANGUAGES.join(', ')}${value ? `, not "${value}"` : ''}.`);
    language = value;
    chosen = true;
  }
  return { language, rest, chosen };
}

/**
 * Splits argv into positional arguments and the command's own --flags (`--to mermaid`, `--to=mermaid`, `--json`,
 * `-o out`), strictly: an unknown flag or a missing value is a UsageError that names it and the nearest known flag.
 */
export function parseArgs(
  args: string[],
  valued: readonly string[],
  booleans: readonly string[] = [],
): { positional: string[]; flags: Map<string, string | true> } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const name of valued) options[name] = name === 'out' ? { type: 'string', short: 'o' } : { type: 'string' };
  for (const name of booleans) options[name] = { type: 'boolean' };
  const known = [...valued, ...booleans].map((name) => `--${name}`);
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = (error as Error).message;
    const flag = /'(-[^' ,]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const hint = nearest(flag.split('=')[0]!, known);
      throw new UsageError(cliMessages().unknownOption(flag, hint, known));
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(
        /argument missing/.test(message) ? cliMessages().needsValue(flag) : cliMessages().takesNoValue(flag),
      );
    throw error;
  }
  const flags = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values))
    if (typeof value === 'string' || value === true) flags.set(name, value);
  return { positional: parsed.positionals, flags };
}

/** The known flag closest to a misspelt one (edit distance at most 3), if any. */
function nearest(flag: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const d = distance(flag, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
