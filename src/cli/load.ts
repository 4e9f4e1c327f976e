import { importDocument } from '../core/io/json.ts';
import { metamodelForFile } from '../core/metamodel/file-metamodel.ts';
import type { Problem } from '../core/model/problems.ts';
import type { RefDocument } from '../core/model/schema.ts';
import { problemMessage } from '../core/i18n/say.ts';
import type { CliIo } from './io.ts';
import { cliMessages } from './messages.ts';

export type Loaded =
  | { status: 'ok'; document: RefDocument }
  | { status: 'broken'; errors: Problem[] } // a model whose references do not resolve
  | { status: 'unreadable' };

/** Reads and imports a model file for a command. Unreadable files are reported here, on stderr. */
export function readModel(path: string | undefined, io: CliIo): Loaded {
  if (!path) {
    io.err(cliMessages().noFile);
    return { status: 'unreadable' };
  }
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(cliMessages().cannotReadFile(path, code));
    return { status: 'unreadable' };
  }
  // A model carries its method pack, and with it maybe its own metamodel: read the file with that one.
  let raw: unknown = null;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // importDocument reports the syntax error with its line and column.
  }
  const result = importDocument(text, metamodelForFile(raw));
  if (result.ok) return { status: 'ok', document: result.document };
  if (result.stage === 'integrity') return { status: 'broken', errors: result.errors };
  io.err(cliMessages().notAModel(path));
  for (const problem of result.errors) io.err(`  ${problem.path}: ${problemMessage(problem)}`);
  return { status: 'unreadable' };
}

/** Like readModel, for commands that need a whole model: broken references are unreadable too. */
export function loadModel(path: string | undefined, io: CliIo): RefDocument | null {
  const loaded = readModel(path, io);
  if (loaded.status === 'broken') {
    io.err(cliMessages().brokenReferences(path!));
    for (const problem of loaded.errors) io.err(`  ${problem.path}: ${problemMessage(problem)}`);
  }
  return loaded.status === 'ok' ? loaded.document : null;
}
