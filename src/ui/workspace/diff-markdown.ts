import type { DocumentDiff } from '../../core/diff/diff.ts';
import { isEmptyDiff } from '../../core/diff/diff.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { formatDate, type Messages } from '../i18n/messages.ts';
import type { DiffRow, diffRows } from './diff-rows.ts';

type Words = Messages['workspace'];
const KINDS = ['added', 'removed', 'changed', 'retyped', 'moved'] as const;

/**
 * The comparison as a Markdown report in the interface's language: both sides named, the summary, then the
 * dialog's own tables (elements, relations, other parts) and the layout-only changes.
 */
export function diffReport(
  diff: DocumentDiff,
  rows: ReturnType<typeof diffRows>,
  sides: { a: RefDocument; b: RefDocument; before: string; after: string },
  m: Words,
): string {
  const { a, b } = sides;
  const side = (label: string, name: string, doc: RefDocument) =>
    `- **${label}:** ${name}: ${m.reportSide(doc.meta.name, doc.meta.version, formatDate(doc.meta.modified))}`;
  const out = [
    `# ${m.reportTitle(`${a.meta.name} (${a.meta.version})`, `${b.meta.name} (${b.meta.version})`)}`,
    '',
    side(m.before, sides.before, a),
    side(m.after, sides.after, b),
    '',
  ];
  if (diff.matchedBy === 'derivation') out.push(m.matchedByDerivation, '');
  if (isEmptyDiff(diff)) return [...out, m.noDifference, ''].join('\n');

  const all = [...rows.elements, ...rows.relations];
  const positions = rows.layout.reduce((n, l) => n + l.repositioned + l.placed + l.unplaced, 0);
  const counts = KINDS.flatMap((k) => {
    const n = all.filter((r) => r.kind === k).length;
    return n ? [m.kindCount[k](n)] : [];
  });
  const summary = [...(counts.length ? counts : [m.noElementDiffers]), ...(positions ? [m.positions(positions)] : [])];
  out.push(`**${m.summary}:** ${summary.join(', ')}`, '');
  table(out, m.elements, rows.elements, m);
  table(out, m.relations, rows.relations, m);
  table(out, m.otherParts, rows.other, m);
  if (rows.layout.length) {
    out.push(`## ${m.layoutOnly}`, '');
    for (const l of rows.layout) out.push(`- **${cell(l.view)}**${m.layoutLine(l.repositioned, l.placed, l.unplaced)}`);
    out.push('');
  }
  return out.join('\n');
}

function table(out: string[], title: string, rows: readonly DiffRow[], m: Words): void {
  if (!rows.length) return;
  out.push(
    `## ${m.counted(title, rows.length)}`,
    '',
    `| ${m.change} | ${m.name} | ${m.type} | ${m.details} |`,
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${[m.kind[r.kind], r.subject, r.what, r.detail].map(cell).join(' | ')} |`),
    '',
  );
}

/** Keeps a text inside its table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
