import { configureModel } from '../../core/configure/configure.ts';
import { Answers } from '../../core/configure/schema.ts';
import { parseUntrustedJson } from '../../core/io/safe-json.ts';
import { exportDocument } from '../../core/io/json.ts';
import { slug } from '../../core/model/ids.ts';
import { formatPath } from '../../core/model/problems.ts';
import { EXIT, parseArgs, type CliCommand, type CliIo } from '../io.ts';
import { loadModel } from '../load.ts';
import { cliMessages } from '../messages.ts';

export const configureCommand: CliCommand = {
  name: 'configure',
  summary: 'derive a company model from a reference model by answering its questionnaire',
  help: [
    'Usage: refmod configure <model.json> <answers.json> [-o company.json] [--name <name>]',
    '',
    '  <model.json>    a reference model with variation points and a questionnaire ("configuration")',
    '  <answers.json>  the chosen answer ids per question id, e.g. {"q-service": ["customer-care"], "q-channels": ["phone", "e-mail"]}',
    '  --name <name>   the name of the company model; default: "<model name>, configured"',
    '  -o <out>        write the company model to a file instead of standard output',
    '',
    'Every element is adopted, omitted or specialised, with the question and answer as the reason in its',
    'derivation link. Answers that break a constraint are listed on standard error, with exit 1.',
  ].join('\n'),
  run(args, io) {
    const { positional, flags } = parseArgs(args, ['out', 'name']);
    const [modelPath, answersPath] = positional;
    const m = cliMessages();
    if (!answersPath) {
      io.err(m.configureNeedsFiles);
      return EXIT.unreadable;
    }
    const reference = loadModel(modelPath, io);
    if (!reference) return EXIT.unreadable;
    if (!reference.configuration?.questions.length) {
      io.err(m.noQuestionnaire(modelPath!));
      return EXIT.unreadable;
    }
    const answers = readAnswers(answersPath, io);
    if (!answers) return EXIT.unreadable;
    const named = flags.get('name');
    const name = typeof named === 'string' && named.trim() ? named.trim() : `${reference.meta.name}, configured`;
    const result = configureModel(reference, answers, { id: slug(name) || 'configured-model', name });
    if (!result.ok) {
      io.err(m.cannotConfigure(modelPath!));
      for (const p of result.problems) io.err(`  ${p.message}`);
      return EXIT.findings;
    }
    const count = (outcome: string) => result.decisions.filter((d) => d.outcome === outcome).length;
    const out = flags.get('out');
    const summary = m.configured(name, count('adopted'), count('specialised'), count('omitted'));
    const text = exportDocument(result.document);
    if (typeof out === 'string' && out) {
      io.writeFile(out, text);
      io.out(summary);
    } else {
      io.out(text);
      io.err(summary);
    }
    return EXIT.ok;
  },
};

function readAnswers(path: string, io: CliIo): Answers | null {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(cliMessages().answersCannotRead(path, code));
    return null;
  }
  const parsed = parseUntrustedJson(text);
  const result = parsed.ok ? Answers.safeParse(parsed.value) : null;
  if (result?.success) return result.data;
  io.err(cliMessages().notAnswers(path));
  const problems = parsed.ok
    ? result!.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))
    : parsed.errors;
  for (const p of problems) io.err(`  ${p.path}: ${p.message}`);
  return null;
}
