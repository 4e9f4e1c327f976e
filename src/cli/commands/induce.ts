import { candidateModel, frequencyText, induce } from '../../core/induce/induce.ts';
import { exportDocument } from '../../core/io/json.ts';
import { slug } from '../../core/model/ids.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { EXIT, parseArgs, UsageError, type CliCommand } from '../io.ts';
import { loadModel } from '../load.ts';
import { cliMessages } from '../messages.ts';

export const induceCommand: CliCommand = {
  name: 'induce',
  summary: 'merge two or more company or derived models into a candidate reference model',
  help: [
    'Usage: refmod induce <a.json> <b.json> [<c.json> ...] [-o candidate.json] [--min <n>] [--similarity <0-1>] [--name <name>]',
    '',
    '  --min <n>           keep elements and relations found in at least n models; default: more than half of them',
    '  --similarity <x>    name similarity (0-1) from which elements of one type match; default 0.8',
    '  --name <name>       the name of the candidate model; default: "Candidate reference model"',
    '  -o <out>            write the candidate model to a file instead of standard output',
    '',
    'Elements are matched by derivation link first, then by type and name. The candidates and their',
    'frequency ("in 3 of 4 models") are listed; each element names its source models in its provenance.',
  ].join('\n'),
  run(args, io) {
    const { positional, flags } = parseArgs(args, ['out', 'min', 'similarity', 'name']);
    const m = cliMessages();
    if (positional.length < 2) {
      io.err(m.induceNeedsTwo);
      return EXIT.unreadable;
    }
    const models: RefDocument[] = [];
    for (const path of positional) {
      const doc = loadModel(path, io);
      if (!doc) return EXIT.unreadable;
      models.push(doc);
    }
    const min = number(flags.get('min'), '--min', Math.floor(models.length / 2) + 1);
    if (!Number.isInteger(min) || min < 1 || min > models.length) throw new UsageError(m.minRange(models.length));
    const similarity = number(flags.get('similarity'), '--similarity', 0.8);
    if (similarity < 0 || similarity > 1) throw new UsageError(m.similarityRange);
    const named = flags.get('name');
    const name = typeof named === 'string' && named.trim() ? named.trim() : 'Candidate reference model';
    const induction = induce(models, { similarity });
    const candidate = candidateModel(induction, { id: slug(name) || 'candidate', name, minModels: min });
    const kept = new Set(candidate.elements.map((e) => e.id));
    const lines = [
      m.induced(candidate.elements.length, induction.candidates.length, min, models.length),
      ...[...induction.candidates]
        .sort((a, b) => b.models.length - a.models.length)
        .map(
          (c) =>
            `  ${kept.has(c.element.id) ? '+' : '-'} ${frequencyText(c.models.length, models.length).padEnd(17)} ${c.element.name} (${c.element.type}${c.match.basis === 'name' ? m.matchedByName(Math.round(c.match.similarity * 100)) : ''})`,
        ),
    ];
    const out = flags.get('out');
    if (typeof out === 'string' && out) {
      io.writeFile(out, exportDocument(candidate));
      io.out(lines.join('\n'));
    } else {
      io.out(exportDocument(candidate));
      io.err(lines.join('\n'));
    }
    return EXIT.ok;
  },
};

function number(value: string | true | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new UsageError(cliMessages().takesNumber(flag));
  return n;
}
