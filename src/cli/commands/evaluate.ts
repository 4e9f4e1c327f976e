import { matookIndulska, shippedChecklists } from '../../core/evaluation/checklists.ts';
import { evaluationProtocol, type Protocol } from '../../core/evaluation/protocol.ts';
import { evaluationReportCsv, evaluationReportMarkdown } from '../../core/evaluation/report.ts';
import { PERSPECTIVE_LABELS, PRINCIPLE_LABELS } from '../../core/evaluation/scoring.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';
import { loadModel } from '../load.ts';
import { cliMessages } from '../messages.ts';

export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  summary: 'print the results of the evaluation sessions stored in a model',
  help: [
    'Usage: refmod evaluate <file.json> [--report md|csv] [-o <out>]',
    '',
    'Prints every stored evaluation session: its scores and the weighted scores per',
    'perspective and per GoM principle, and the agreement between evaluators.',
    '  --report md    the evaluation protocol as Markdown',
    '  --report csv   the evaluation protocol as CSV (one row per score and per aggregate)',
    '  -o <out>       write to a file instead of standard output',
    '',
    'Exit codes: 0 done, 2 the file cannot be read as a model.',
  ].join('\n'),
  run(args, io) {
    const { positional, flags } = parseArgs(args, ['report', 'out']);
    const report = flags.get('report');
    if (report !== undefined && report !== 'md' && report !== 'csv') {
      io.err(cliMessages().sayReport);
      return EXIT.unreadable;
    }
    const doc = loadModel(positional[0], io);
    if (!doc) return EXIT.unreadable;
    const protocol = evaluationProtocol(doc, shippedChecklists, matookIndulska);
    const text =
      report === 'md'
        ? evaluationReportMarkdown(doc, protocol)
        : report === 'csv'
          ? evaluationReportCsv(protocol)
          : tables(protocol);
    const out = flags.get('out');
    if (typeof out === 'string' && out) io.writeFile(out, text);
    else io.out(text);
    return EXIT.ok;
  },
};

/** A plain-text table per session, for the terminal. */
function tables(protocol: Protocol): string {
  const lines = [`${protocol.model.name} (version ${protocol.model.version}, model hash ${protocol.model.hash})`];
  if (protocol.sessions.length === 0) lines.push('No evaluation sessions are stored in this model.');
  const two = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  for (const s of protocol.sessions) {
    const r = s.record;
    lines.push(
      '',
      `${r.title} [${r.id}]`,
      `  ${r.evaluator.name}${r.evaluator.role ? `, ${r.evaluator.role}` : ''} · ${r.date} · ${r.perspectives.map((p) => PERSPECTIVE_LABELS[p]).join(', ')} · scale ${r.scale}`,
      `  ${s.current ? 'evaluated the current model' : `the model has changed since this session (hash ${r.modelHash})`}`,
      ...s.resolved.missing.map((m) => `  checklist ${m.id} ${m.version} is not available`),
      ...s.resolved.changed.map((c) => `  checklist ${c.id}: recorded ${c.recorded}, available ${c.available}`),
      '',
      `  ${'Criterion'.padEnd(9)} ${'Score'.padEnd(5)} ${'Share'.padStart(5)}  Auto  Title`,
      ...s.criteria.map(({ criterion, entry, normalised }) => {
        const score =
          entry?.score === 'na'
            ? 'n/a'
            : entry?.score === null || entry?.score === undefined
              ? '–'
              : String(entry.score);
        return `  ${criterion.id.padEnd(9)} ${score.padEnd(5)} ${two(normalised).padStart(5)}  ${(entry?.fromProposal ? 'yes' : '').padEnd(4)}  ${criterion.title}`;
      }),
      '',
      ...s.perspectives.map(
        ({ perspective, aggregate: a }) =>
          `  ${PERSPECTIVE_LABELS[perspective]} view: ${two(a.score)} (${a.scored} scored, ${a.na} n/a, ${a.unscored} unscored)`,
      ),
      `  By GoM principle: ${s.principles.map((p) => `${PRINCIPLE_LABELS[p.principle]} ${two(p.aggregate.score)}`).join(' · ')}`,
    );
    if (s.qfd)
      lines.push(
        s.qfd.ok
          ? `  RMQuality (Matook & Indulska 2009): ${s.qfd.rmQuality.toFixed(4)}`
          : `  RMQuality cannot be computed: ${s.qfd.problems.join(' ')}`,
      );
  }
  for (const a of protocol.agreement) {
    const head = `Agreement, ${PERSPECTIVE_LABELS[a.choice.perspective]} view (sessions ${a.choice.sessions.join(', ')}; ${a.choice.metric})`;
    if (!a.ok) lines.push('', `${head}: not computed. ${a.reason}`);
    else {
      const r = a.result;
      const ci = a.interval
        ? `, ${Math.round(a.interval.level * 100)} % interval [${a.interval.low.toFixed(3)}, ${a.interval.high.toFixed(3)}]`
        : '';
      lines.push(
        '',
        `${head}: Krippendorff's alpha ${r.alpha === null ? 'undefined' : r.alpha.toFixed(3)} (n ${r.pairable}, D_o ${r.observed?.toFixed(4)}, D_e ${r.expected?.toFixed(4)}${ci})`,
      );
    }
  }
  return lines.join('\n');
}
