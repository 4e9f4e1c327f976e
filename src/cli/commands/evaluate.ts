import type { GomPrinciple } from '../../core/evaluation/checklist-schema.ts';
import { checklistsOf, matookIndulska } from '../../core/evaluation/checklists.ts';
import { evaluationProtocol, type Protocol } from '../../core/evaluation/protocol.ts';
import { evaluationReportCsv, evaluationReportMarkdown } from '../../core/evaluation/report.ts';
import { PERSPECTIVE_LABELS, PRINCIPLE_LABELS } from '../../core/evaluation/scoring.ts';
import type { EvaluationPerspective } from '../../core/model/evaluation-record.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';
import { loadModel } from '../load.ts';
import { columnWidth, padEnd, padStart } from '../columns.ts';
import { cliMessages } from '../messages.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

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
  run(args, io, language) {
    const { positional, flags } = parseArgs(args, ['report', 'out']);
    const report = flags.get('report');
    if (report !== undefined && report !== 'md' && report !== 'csv') {
      io.err(cliMessages().sayReport);
      return EXIT.unreadable;
    }
    const doc = loadModel(positional[0], io);
    if (!doc) return EXIT.unreadable;
    const protocol = evaluationProtocol(doc, checklistsOf(doc), matookIndulska);
    const text =
      report === 'md'
        ? evaluationReportMarkdown(doc, protocol, language)
        : report === 'csv'
          ? evaluationReportCsv(protocol, undefined, language)
          : tables(protocol);
    const out = flags.get('out');
    if (typeof out === 'string' && out) io.writeFile(out, text);
    else io.out(text);
    return EXIT.ok;
  },
};

/** A plain-text table per session, for the terminal, in the CLI's language. */
function tables(protocol: Protocol): string {
  const m = cliMessages();
  const e = m.evaluation;
  const perspective = (p: EvaluationPerspective) => e.perspectives?.[p] ?? PERSPECTIVE_LABELS[p];
  const principle = (p: GomPrinciple) => m.principles?.[p] ?? PRINCIPLE_LABELS[p];
  const lines = [e.model(protocol.model.name, protocol.model.version, protocol.model.hash)];
  if (protocol.sessions.length === 0) lines.push(e.noSessions);
  const two = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  const c = e.columns;
  for (const s of protocol.sessions) {
    const r = s.record;
    lines.push(
      '',
      `${r.title} [${r.id}]`,
      `  ${r.evaluator.name}${r.evaluator.role ? `, ${r.evaluator.role}` : ''} · ${r.date} · ${r.perspectives.map(perspective).join(', ')} · ${e.scale(r.scale)}`,
      `  ${s.current ? e.current : e.changed(r.modelHash)}`,
      ...s.resolved.missing.map((x) => `  ${e.checklistMissing(x.id, x.version)}`),
      ...s.resolved.changed.map((x) => `  ${e.checklistChanged(x.id, x.recorded, x.available)}`),
      '',
      ...criteriaTable(
        [c.criterion, c.score, c.share, c.auto, c.title],
        s.criteria.map(({ criterion, entry, normalised }) => [
          criterion.id,
          entry?.score === 'na'
            ? e.notApplicable
            : entry?.score === null || entry?.score === undefined
              ? '–'
              : String(entry.score),
          two(normalised),
          entry?.fromProposal ? e.yes : '',
          criterion.title,
        ]),
      ),
      '',
      ...s.perspectives.map(
        ({ perspective: p, aggregate: a }) =>
          `  ${e.perspective(perspective(p), two(a.score), a.scored, a.na, a.unscored)}`,
      ),
      `  ${e.byPrinciple}: ${s.principles.map((p) => `${principle(p.principle)} ${two(p.aggregate.score)}`).join(' · ')}`,
    );
    if (s.qfd)
      lines.push(
        s.qfd.ok ? `  ${e.rmQuality}: ${s.qfd.rmQuality.toFixed(4)}` : `  ${e.rmQualityNot(s.qfd.problems.join(' '))}`,
      );
  }
  for (const a of protocol.agreement) {
    const head = e.agreement(perspective(a.choice.perspective), a.choice.sessions.join(', '), a.choice.metric);
    if (!a.ok) lines.push('', `${head}${e.notComputed(refusalMessage({ message: a.reason, text: a.text }))}`);
    else {
      const r = a.result;
      const ci = a.interval
        ? e.interval(Math.round(a.interval.level * 100), a.interval.low.toFixed(3), a.interval.high.toFixed(3))
        : '';
      lines.push(
        '',
        `${head}${e.alpha(r.alpha === null ? null : r.alpha.toFixed(3), r.pairable, String(r.observed?.toFixed(4)), String(r.expected?.toFixed(4)), ci)}`,
      );
    }
  }
  return lines.join('\n');
}

/** The criteria's rows under their header, each column as wide as a terminal shows its widest entry (Hangul is two columns). */
function criteriaTable(header: string[], rows: string[][]): string[] {
  const width = (i: number, least: number) => columnWidth(least, [header[i]!, ...rows.map((r) => r[i]!)]);
  const [id, score, share, auto] = [width(0, 9), width(1, 5), width(2, 5), width(3, 4)];
  return [header, ...rows].map(
    (r) => `  ${padEnd(r[0]!, id)} ${padEnd(r[1]!, score)} ${padStart(r[2]!, share)}  ${padEnd(r[3]!, auto)}  ${r[4]}`,
  );
}
