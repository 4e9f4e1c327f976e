import { writeCsv, type CsvCell, type CsvOptions } from '../io/csv.ts';
import type { CriterionScoreValue, Scale } from '../model/evaluation-record.ts';
import type { RefDocument } from '../model/schema.ts';
import type { Aggregate } from './scoring.ts';
import { PERSPECTIVE_LABELS, PRINCIPLE_LABELS, SCALE_LABELS } from './scoring.ts';
import type { Protocol, SessionProtocol } from './protocol.ts';

/** The evaluation protocol as Markdown: model and hash, checklist versions, evaluators, every score and note, and the aggregates. */
export function evaluationReportMarkdown(doc: RefDocument, protocol: Protocol): string {
  const names = new Map(doc.elements.map((e) => [e.id, e.name]));
  const lines = [
    `# Evaluation protocol: ${cell(protocol.model.name)}`,
    '',
    `Model version ${protocol.model.version} · model hash \`${protocol.model.hash}\` · ${protocol.sessions.length} evaluation session${protocol.sessions.length === 1 ? '' : 's'}`,
  ];
  if (protocol.sessions.length === 0) lines.push('', 'The model has no stored evaluation sessions.');
  for (const session of protocol.sessions) lines.push('', ...sessionMarkdown(session, names));
  if (protocol.agreement.length) lines.push('', '## Agreement between evaluators');
  for (const a of protocol.agreement) {
    lines.push(
      '',
      `### ${PERSPECTIVE_LABELS[a.perspective]} view (${a.evaluations.length} sessions: ${cell(a.evaluations.join(', '))})`,
      '',
      `Krippendorff's alpha (${a.metric}, on normalised scores): ${a.alpha === null ? 'undefined (too few scores or no variation)' : a.alpha.toFixed(3)} over ${round(a.pairable, 0)} pairable values.` +
        (a.mixedScales ? ' The sessions use different scales; scores are compared as shares of their scales.' : ''),
      '',
      '| Criterion | Title | n | Mean | SD |',
      '|---|---|---:|---:|---:|',
      ...a.criteria.map((c) => `| ${cell(c.id)} | ${cell(c.title)} | ${c.n} | ${fixed(c.mean)} | ${fixed(c.sd)} |`),
    );
  }
  return lines.join('\n') + '\n';
}

function sessionMarkdown(s: SessionProtocol, names: Map<string, string>): string[] {
  const r = s.record;
  const checklists = cell(r.checklists.map((c) => `${c.id} ${c.version}`).join(', ')) || 'none';
  const lines = [
    `## Session: ${cell(r.title)} (\`${r.id}\`)`,
    '',
    '| | |',
    '|---|---|',
    `| Evaluator | ${cell(r.evaluator.name)}${r.evaluator.role ? ` (${cell(r.evaluator.role)})` : ''} |`,
    `| Date | ${cell(r.date)} |`,
    `| Perspectives | ${r.perspectives.map((p) => PERSPECTIVE_LABELS[p]).join(', ')} |`,
    `| Scale | ${r.scale} (${SCALE_LABELS[r.scale].join(', ')}) |`,
    `| Model hash | \`${r.modelHash}\` (${s.current ? 'the current model' : 'the model has changed since this session'}) |`,
    `| Checklists | ${checklists} |`,
  ];
  for (const m of s.resolved.missing)
    lines.push(`| Missing checklist | ${cell(`${m.id} ${m.version}`)} is not available; its criteria are not shown |`);
  for (const c of s.resolved.changed)
    lines.push(`| Checklist version | ${cell(`${c.id}: recorded ${c.recorded}, available ${c.available}`)} |`);
  if (r.summary) lines.push('', cell(r.summary));
  lines.push(
    '',
    '| Criterion | Title | Principle | Weight | Score | Share | Auto | Evidence | Note |',
    '|---|---|---|---:|---|---:|---|---|---|',
    ...s.criteria.map(({ criterion: c, weight, entry, normalised }) => {
      const evidence = (entry?.evidence ?? []).map((id) =>
        names.has(id) ? `${names.get(id)} (\`${id}\`)` : `\`${id}\` (not in the model)`,
      );
      return `| ${cell(c.id)} | ${cell(c.title)} | ${PRINCIPLE_LABELS[c.principle]} | ${round(weight, 2)} | ${scoreText(entry?.score, r.scale)} | ${fixed(normalised)} | ${entry?.fromProposal ? 'confirmed' : ''} | ${cell(shorten(evidence))} | ${cell(entry?.note ?? '')} |`;
    }),
    '',
    '| Perspective | Score | Scored | N/A | Unscored |',
    '|---|---:|---:|---:|---:|',
    ...s.perspectives.map((p) => aggregateRow(PERSPECTIVE_LABELS[p.perspective], p.aggregate)),
    '',
    '| GoM principle | Score | Scored | N/A | Unscored |',
    '|---|---:|---:|---:|---:|',
    ...s.principles.map((p) => aggregateRow(PRINCIPLE_LABELS[p.principle], p.aggregate)),
  );
  if (s.qfd) {
    lines.push('', '**Construction process quality (Matook & Indulska 2009, QFD)**', '');
    if (!s.qfd.ok) lines.push(...s.qfd.problems.map((p) => `- ${cell(p)}`));
    else {
      lines.push(
        '| Phase | Absolute importance | Relative importance | Fulfilment | Contribution |',
        '|---|---:|---:|---:|---:|',
        ...s.qfd.phases.map(
          (p) =>
            `| ${cell(p.label)} | ${round(p.absolute, 2)} | ${p.relative.toFixed(4)} | ${p.fulfilment.toFixed(4)} | ${p.contribution.toFixed(4)} |`,
        ),
        `| **Total** | ${round(s.qfd.totalAbsolute, 2)} | 1.0000 | | **RMQuality ${s.qfd.rmQuality.toFixed(4)}** |`,
      );
    }
  }
  return lines;
}

const CSV_COLUMNS = [
  'kind',
  'session',
  'evaluator',
  'role',
  'date',
  'perspectives',
  'scale',
  'model_hash',
  'model_current',
  'checklist',
  'item',
  'title',
  'principle',
  'weight',
  'score',
  'value',
  'scored',
  'na',
  'unscored',
  'from_proposal',
  'evidence',
  'note',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

/** The evaluation protocol as CSV: one row per score, then per-perspective, per-principle, RMQuality and agreement rows (column "kind"). */
export function evaluationReportCsv(protocol: Protocol, options?: CsvOptions): string {
  const rows: CsvRow[] = [];
  for (const s of protocol.sessions) {
    const r = s.record;
    const head: CsvRow = {
      session: r.id,
      evaluator: r.evaluator.name,
      role: r.evaluator.role,
      date: r.date,
      perspectives: r.perspectives.join(';'),
      scale: r.scale,
      model_hash: r.modelHash,
      model_current: s.current,
    };
    for (const { criterion: c, checklist, weight, entry, normalised } of s.criteria) {
      rows.push({
        ...head,
        kind: 'score',
        checklist,
        item: c.id,
        title: c.title,
        principle: c.principle,
        weight,
        score: entry?.score ?? null,
        value: normalised,
        from_proposal: entry?.fromProposal ?? false,
        evidence: (entry?.evidence ?? []).join(';'),
        note: entry?.note ?? '',
      });
    }
    for (const p of s.perspectives)
      rows.push({
        ...head,
        kind: 'perspective',
        item: p.perspective,
        title: PERSPECTIVE_LABELS[p.perspective],
        ...aggregateColumns(p.aggregate),
      });
    for (const p of s.principles)
      rows.push({
        ...head,
        kind: 'principle',
        item: p.principle,
        title: PRINCIPLE_LABELS[p.principle],
        ...aggregateColumns(p.aggregate),
      });
    if (s.qfd?.ok)
      rows.push({
        ...head,
        kind: 'rm-quality',
        item: 'rm-quality',
        title: 'RMQuality (Matook & Indulska 2009)',
        value: s.qfd.rmQuality,
      });
  }
  for (const a of protocol.agreement) {
    rows.push({
      kind: 'agreement',
      item: a.perspective,
      title: `Krippendorff's alpha (${a.metric})`,
      value: a.alpha,
      scored: a.pairable,
      note: `sessions ${a.evaluations.join(';')}${a.mixedScales ? '; mixed scales' : ''}`,
    });
  }
  return writeCsv([[...CSV_COLUMNS], ...rows.map((row) => CSV_COLUMNS.map((c) => csvField(row[c])))], options);
}

function aggregateRow(label: string, a: Aggregate): string {
  return `| ${label} | ${fixed(a.score)} | ${a.scored} | ${a.na} | ${a.unscored} |`;
}

function aggregateColumns(a: Aggregate): CsvRow {
  return { value: a.score, weight: a.weight, scored: a.scored, na: a.na, unscored: a.unscored };
}

function scoreText(value: CriterionScoreValue | undefined, scale: Scale): string {
  if (value === 'na') return 'n/a';
  if (value === null || value === undefined) return '–';
  return `${value} (${SCALE_LABELS[scale][value - (scale === '0-2' ? 0 : 1)] ?? ''})`;
}

function fixed(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

function round(value: number, digits: number): string {
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

function shorten(items: string[], max = 6): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}

/** Text for a Markdown table cell or heading: HTML made literal (a name may hold `<script>`), pipes escaped, line breaks kept as <br>. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** A value as a CSV cell: numbers rounded to 4 places, yes/no, empty for none. */
function csvField(value: string | number | boolean | null | undefined): CsvCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Math.round(value * 10_000) / 10_000;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}
