import { EXIT, processIo, takeLanguage, UsageError, type CliCommand, type CliIo } from './io.ts';
import type { Language } from '../core/i18n/language.ts';
import type { CommandName } from './i18n/en.ts';
import { cliMessages } from './messages.ts';
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

const usage = (language: Language) => {
  const m = cliMessages(language);
  return [
    m.usage.title,
    '',
    m.usage.usage,
    '',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${m.commands?.[c.name as CommandName].summary ?? c.summary}`),
    '',
    m.usage.more,
    m.usage.lang,
  ].join('\n');
};

/** A command's --help in the language: its usage line as the command writes it (options and formats), then the words. */
function help(command: CliCommand, language: Language): string {
  const words = cliMessages(language);
  const own = words.commands?.[command.name as CommandName];
  if (!own) return command.help;
  const synopsis = command.help.split('\n')[0]!.replace(/^Usage:/, words.usageWord);
  return `${synopsis}\n\n${own.help}`;
}

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
    io.out(usage(language));
    return name ? EXIT.ok : EXIT.unreadable;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`${cliMessages(language).unknownCommand(name)}\n\n${usage(language)}`);
    return EXIT.unreadable;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(help(command, language));
    return EXIT.ok;
  }
  try {
    // Type labels, findings and problems follow --lang: the shipped data and the core's messages load in that language.
    await setDataLanguage(language);
    return await command.run(args, io, language, taken.chosen);
  } catch (error) {
    const seeHelp = error instanceof UsageError ? cliMessages(language).seeHelp(name) : '';
    io.err(`refmod ${name}: ${error instanceof Error ? error.message : String(error)}${seeHelp}`);
    return EXIT.unreadable;
  }
}
