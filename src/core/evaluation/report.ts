import { coreMessages } from '../i18n/core-messages.ts';
import { report as english, type ReportWords } from '../i18n/en/report.ts';
import type { Language } from '../i18n/language.ts';
import { plainPrincipleNames } from '../i18n/principles.ts';
import { writeCsv, type CsvCell, type CsvOptions } from '../io/csv.ts';
import type { CriterionScoreValue, Scale } from '../model/evaluation-record.ts';
import type { RefDocument } from '../model/schema.ts';
import type { GomPrinciple } from './checklist-schema.ts';
import type { Aggregate } from './scoring.ts';
import type { Protocol, SessionProtocol } from './protocol.ts';
import type { Agreement } from './agreement.ts';
import type { QfdResult } from './qfd.ts';
import { refusalMessage } from '../i18n/say.ts';

/** The report's words in the language: English unless that language's core messages are loaded. */
interface Words extends ReportWords {
  principles: Record<GomPrinciple, string>;
}

function wordsIn(language: Language): Words {
  const words = (language === 'en' ? null : coreMessages(language)?.report) ?? english;
  return { ...words, principles: plainPrincipleNames(words === english ? 'en' : language) };
}

/**
 * The evaluation protocol as Markdown: model and hash, checklist versions, evaluators, every score and note, and the
 * aggregates. Headings, column names and fixed phrases are in the language (English by default); figures are not.
 */
export function evaluationReportMarkdown(doc: RefDocument, protocol: Protocol, language: Language = 'en'): string {
  const w = wordsIn(language);
  const names = new Map(doc.elements.map((e) => [e.id, e.name]));
  const lines = [
    w.title(cell(protocol.model.name)),
    '',
    w.summary(protocol.model.version, protocol.model.hash, protocol.sessions.length),
  ];
  if (protocol.sessions.length === 0) lines.push('', w.noSessions);
  for (const session of protocol.sessions) lines.push('', ...sessionMarkdown(session, names, w));
  if (protocol.agreement.length) lines.push('', w.agreementHeading);
  for (const a of protocol.agreement) lines.push('', ...agreementMarkdown(a, w, language));
  return lines.join('\n') + '\n';
}

function sessionMarkdown(s: SessionProtocol, names: Map<string, string>, w: Words): string[] {
  const r = s.record;
  const col = w.columns;
  const checklists = cell(r.checklists.map((c) => `${c.id} ${c.version}`).join(', ')) || w.none;
  const lines = [
    w.session(cell(r.title), r.id),
    '',
    '| | |',
    '|---|---|',
    `| ${w.evaluator} | ${cell(r.evaluator.name)}${r.evaluator.role ? ` (${cell(r.evaluator.role)})` : ''} |`,
    `| ${w.date} | ${cell(r.date)} |`,
    `| ${w.perspectives} | ${r.perspectives.map((p) => w.perspectiveNames[p]).join(', ')} |`,
    `| ${w.scale} | ${r.scale} (${w.scalePoints[r.scale].join(', ')}) |`,
    `| ${w.modelHash} | \`${r.modelHash}\` (${s.current ? w.current : w.changed}) |`,
    `| ${w.checklists} | ${checklists} |`,
  ];
  for (const m of s.resolved.missing)
    lines.push(`| ${w.missingChecklist} | ${w.missing(cell(`${m.id} ${m.version}`))} |`);
  for (const c of s.resolved.changed)
    lines.push(`| ${w.checklistVersion} | ${cell(w.versions(c.id, c.recorded, c.available))} |`);
  if (r.summary) lines.push('', cell(r.summary));
  lines.push(
    '',
    `| ${col.criterion} | ${col.title} | ${col.principle} | ${col.weight} | ${col.score} | ${col.share} | ${col.auto} | ${col.evidence} | ${col.note} |`,
    '|---|---|---|---:|---|---:|---|---|---|',
    ...s.criteria.map(({ criterion: c, weight, entry, normalised }) => {
      const evidence = (entry?.evidence ?? []).map((id) =>
        names.has(id) ? `${names.get(id)} (\`${id}\`)` : w.notInModel(id),
      );
      return `| ${cell(c.id)} | ${cell(c.title)} | ${w.principles[c.principle]} | ${round(weight, 2)} | ${scoreText(entry?.score, r.scale, w)} | ${fixed(normalised)} | ${entry?.fromProposal ? w.confirmed : ''} | ${cell(shorten(evidence, w))} | ${cell(entry?.note ?? '')} |`;
    }),
    '',
    `| ${col.perspective} | ${col.score} | ${col.scored} | ${col.na} | ${col.unscored} |`,
    '|---|---:|---:|---:|---:|',
    ...s.perspectives.map((p) => aggregateRow(w.perspectiveNames[p.perspective], p.aggregate)),
    '',
    `| ${col.gomPrinciple} | ${col.score} | ${col.scored} | ${col.na} | ${col.unscored} |`,
    '|---|---:|---:|---:|---:|',
    ...s.principles.map((p) => aggregateRow(w.principles[p.principle], p.aggregate)),
  );
  if (s.qfd) lines.push('', ...qfdMarkdown(s.qfd, w));
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

/**
 * The evaluation protocol as CSV: one row per score, then per-perspective, per-principle, RMQuality and agreement rows
 * (column "kind"). The header row names the columns in the language (English by default); the values are the same in every language.
 */
export function evaluationReportCsv(protocol: Protocol, options?: CsvOptions, language: Language = 'en'): string {
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
        title: english.perspectiveNames[p.perspective],
        ...aggregateColumns(p.aggregate),
      });
    for (const p of s.principles)
      rows.push({
        ...head,
        kind: 'principle',
        item: p.principle,
        title: plainPrincipleNames('en')[p.principle],
        ...aggregateColumns(p.aggregate),
      });
    if (s.qfd?.ok) rows.push(...qfdRows(s.qfd, head));
  }
  for (const a of protocol.agreement) rows.push(...agreementRows(a));
  const header = CSV_COLUMNS.map((c) => wordsIn(language).csvColumns[c]);
  return writeCsv([header, ...rows.map((row) => CSV_COLUMNS.map((c) => csvField(row[c])))], options);
}

function aggregateRow(label: string, a: Aggregate): string {
  return `| ${label} | ${fixed(a.score)} | ${a.scored} | ${a.na} | ${a.unscored} |`;
}

function aggregateColumns(a: Aggregate): CsvRow {
  return { value: a.score, weight: a.weight, scored: a.scored, na: a.na, unscored: a.unscored };
}

function scoreText(value: CriterionScoreValue | undefined, scale: Scale, w: Words): string {
  if (value === 'na') return w.notApplicable;
  if (value === null || value === undefined) return '–';
  return `${value} (${w.scalePoints[scale][value - (scale === '0-2' ? 0 : 1)] ?? ''})`;
}

function fixed(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

function round(value: number, digits: number): string {
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

function shorten(items: string[], w: Words, max = 6): string {
  return items.length > max ? w.andMore(items.slice(0, max).join(', '), items.length - max) : items.join(', ');
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

/** One perspective's agreement: every choice it rests on, then alpha with n, D_o, D_e and the interval, then the criteria. */
function agreementMarkdown(a: Agreement, w: Words, language: Language): string[] {
  const c = a.choice;
  const col = w.columns;
  const lines = [
    w.view(w.perspectiveNames[c.perspective]),
    '',
    `| ${col.choice} | ${col.value} |`,
    '|---|---|',
    `| ${w.sessions} | ${cell(c.sessions.join(', ')) || w.none} |`,
    `| ${w.metric} | ${c.metric} (${w.metricNote[c.metric]}) |`,
    `| ${w.bootstrap} | ${w.bootstrapValue(c.bootstrap.samples, c.bootstrap.seed, Math.round(c.bootstrap.level * 100))} |`,
  ];
  if (!a.ok)
    return [
      ...lines,
      '',
      w.notComputed(cell(refusalMessage({ message: a.reason, text: a.text }, undefined, language))),
    ];
  lines.splice(
    5,
    0,
    `| ${w.raters} | ${cell(a.sessions.map((r) => `${r.evaluator.name} (${r.id}, ${r.date})`).join('; '))} |`,
    `| ${w.modelVersion} | \`${a.version}\` |`,
    `| ${w.scale} | ${a.scale} |`,
  );
  const r = a.result;
  const i = a.interval;
  const figure = (value: number | null, digits: number) => (value === null ? w.undefinedFigure : value.toFixed(digits));
  lines.push(
    '',
    w.alpha(r.metric, figure(r.alpha, 3), round(r.pairable, 2), figure(r.observed, 4), figure(r.expected, 4)),
  );
  if (i)
    lines.push(
      '',
      w.interval(Math.round(i.level * 100), i.low.toFixed(3), i.high.toFixed(3), i.samples, i.pairs, i.seed) +
        i.belowMinimum.map((b) => `q(alpha < ${b.minimum}) = ${b.probability.toFixed(3)}`).join(', ') +
        '.',
    );
  if (a.mostDisagreement.length)
    lines.push(
      '',
      w.mostDisagreement(
        a.mostDisagreement.map((d) => `${cell(d.id)} ${cell(d.title)} (${figure(d.disagreement, 2)} × D_e)`).join('; '),
      ),
    );
  lines.push(
    '',
    `| ${col.criterion} | ${col.title} | ${a.sessions.map((s) => cell(s.evaluator.name)).join(' | ')} | n | ${col.mean} | ${col.sd} | ${col.disagreement} |`,
    `|---|---|${a.sessions.map(() => '---:|').join('')}---:|---:|---:|---:|`,
    ...a.criteria.map(
      (k) =>
        `| ${cell(k.id)} | ${cell(k.title)} | ${k.scores.map((v) => (v === null ? '–' : String(v))).join(' | ')} | ${k.n} | ${fixed(k.mean)} | ${fixed(k.sd)} | ${figure(k.disagreement, 2)} |`,
    ),
  );
  return lines;
}

function agreementRows(a: Agreement): CsvRow[] {
  const c = a.choice;
  const base: CsvRow = { kind: 'agreement', item: c.perspective, perspectives: c.perspective };
  const rows: CsvRow[] = [
    { ...base, title: 'sessions', note: c.sessions.join(';') },
    { ...base, title: 'metric', note: c.metric },
    { ...base, title: 'bootstrap samples', value: c.bootstrap.samples },
    { ...base, title: 'bootstrap seed', value: c.bootstrap.seed },
    { ...base, title: 'interval level', value: c.bootstrap.level },
  ];
  if (!a.ok) return [...rows, { ...base, title: 'refused', note: a.reason }];
  rows.push(
    { ...base, title: 'raters', note: a.sessions.map((r) => r.evaluator.name).join(';') },
    { ...base, title: 'model version', model_hash: a.version },
    { ...base, title: 'scale', scale: a.scale },
    { ...base, title: `alpha (${c.metric})`, value: a.result.alpha },
    { ...base, title: 'n pairable values', value: a.result.pairable },
    { ...base, title: 'observed disagreement D_o', value: a.result.observed },
    { ...base, title: 'expected disagreement D_e', value: a.result.expected },
  );
  if (a.interval)
    rows.push(
      { ...base, title: 'interval low', value: a.interval.low },
      { ...base, title: 'interval high', value: a.interval.high },
      ...a.interval.belowMinimum.map((b) => ({ ...base, title: `q(alpha < ${b.minimum})`, value: b.probability })),
    );
  for (const k of a.criteria)
    rows.push({
      ...base,
      kind: 'agreement-criterion',
      checklist: '',
      title: k.id,
      score: k.scores.map((v) => (v === null ? '' : v)).join(';'),
      scored: k.n,
      value: k.disagreement,
      note: k.title,
    });
  return rows;
}

/** The House of Quality with every intermediate figure: importances, each importance × correlation, absolute and relative importance, fulfilment, contribution. */
function qfdMarkdown(q: QfdResult, w: Words): string[] {
  const lines = [w.qfdHeading, ''];
  if (!q.ok) return [...lines, ...q.problems.map((p) => `- ${cell(p)}`)];
  const characteristics = q.phases[0]!.terms.map((t) => t.characteristic);
  lines.push(
    w.importance(
      q.scale.min,
      q.scale.max,
      q.phases[0]!.terms.map((t) => `${t.characteristic} ${round(t.importance, 4)}`).join(', '),
    ),
    '',
    `| ${w.phase} | ${characteristics.map(w.product).join(' | ')} | ${w.absolute} | ${w.relative} | ${w.fulfilment} | ${w.contribution} |`,
    `|---|${characteristics.map(() => '---:|').join('')}---:|---:|---:|---:|`,
    ...q.phases.map(
      (p) =>
        `| ${cell(p.label)} | ${p.terms.map((t) => `${round(t.importance, 4)} × ${t.correlation} = ${round(t.product, 4)}`).join(' | ')} | ${round(p.absolute, 4)} | ${p.relative.toFixed(4)} | ${p.ticked ? w.ticked(p.ticked.done, p.ticked.of) : ''}${p.fulfilment.toFixed(4)} | ${p.contribution.toFixed(4)} |`,
    ),
    `| ${w.total} |${characteristics.map(() => ' |').join('')} ${round(q.totalAbsolute, 4)} | 1.0000 | | **RMQuality ${q.rmQuality.toFixed(4)}** |`,
  );
  return lines;
}

function qfdRows(q: Extract<QfdResult, { ok: true }>, head: CsvRow): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const t of q.phases[0]!.terms)
    rows.push({
      ...head,
      kind: 'qfd-importance',
      item: t.characteristic,
      value: t.importance,
      note: `scale ${q.scale.min}-${q.scale.max}`,
    });
  for (const p of q.phases) {
    for (const t of p.terms)
      rows.push({
        ...head,
        kind: 'qfd-term',
        item: p.id,
        title: t.characteristic,
        weight: t.importance,
        score: t.correlation,
        value: t.product,
      });
    rows.push(
      { ...head, kind: 'qfd-absolute', item: p.id, title: p.label, value: p.absolute },
      { ...head, kind: 'qfd-relative', item: p.id, title: p.label, value: p.relative },
      {
        ...head,
        kind: 'qfd-fulfilment',
        item: p.id,
        title: p.label,
        value: p.fulfilment,
        note: p.ticked ? `${p.ticked.done} of ${p.ticked.of} activities` : 'share',
      },
      { ...head, kind: 'qfd-contribution', item: p.id, title: p.label, value: p.contribution },
    );
  }
  rows.push(
    { ...head, kind: 'qfd-total', item: 'total-absolute', value: q.totalAbsolute },
    {
      ...head,
      kind: 'rm-quality',
      item: 'rm-quality',
      title: 'RMQuality (Matook & Indulska 2009)',
      value: q.rmQuality,
    },
  );
  return rows;
}
