import { EXIT, processIo, takeLanguage, UsageError, type CliCommand, type CliIo } from './io.ts';
import { setDataLanguage } from '../core/i18n/data.ts';
import { validateCommand } from './commands/validate.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { schemaCommand } from './commands/schema.ts';
import { evaluateCommand } from './commands/evaluate.ts';
import { configureCommand } from './commands/configure.ts';
import { induceCommand } from './commands/induce.ts';
import { serveCommand } from './commands/serve.ts';

const commands: CliCommand[] = [
  validateCommand,
  exportCommand,
  importCommand,
  schemaCommand,
  evaluateCommand,
  configureCommand,
  induceCommand,
  serveCommand,
];

const usage = () =>
  [
    'refmod: reference models for CRM in BPO, from the command line',
    '',
    'Usage: refmod <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Run `refmod <command> --help` for the options of a command.',
    'Every command takes --lang <en|de|ko>: the language of its messages and of the model text it writes.',
  ].join('\n');

/** Runs the CLI; returns the exit code. Never throws: unexpected failures print one line and exit 2. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let taken: ReturnType<typeof takeLanguage>;
  try {
    taken = takeLanguage(argv);
  } catch (error) {
    io.err(`refmod: ${(error as Error).message}`);
    return EXIT.unreadable;
  }
  const { language } = taken;
  const [name, ...args] = taken.rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? EXIT.ok : EXIT.unreadable;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`refmod: unknown command "${name}".\n\n${usage()}`);
    return EXIT.unreadable;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    // Type labels, findings and problems follow --lang: the shipped data and the core's messages load in that language.
    await setDataLanguage(language);
    return await command.run(args, io, language, taken.chosen);
  } catch (error) {
    const help = error instanceof UsageError ? ` Run \`refmod ${name} --help\` for its options.` : '';
    io.err(`refmod ${name}: ${error instanceof Error ? error.message : String(error)}${help}`);
    return EXIT.unreadable;
  }
}
