import type { Metamodel } from '../metamodel/metamodel.ts';
import { crmBpoMetamodel } from '../metamodel/crm-bpo.ts';
import type { Element, Lane, RefDocument } from '../model/schema.ts';
import { forExport } from '../i18n/localize.ts';
import type { CommentThread } from '../model/workshop.ts';
import { mermaidFlowchart, type FlowDirection } from './mermaid.ts';

export interface ModelReportOptions {
  metamodel?: Metamodel | undefined;
  /** Direction of the view diagrams; default: the model's flow direction. */
  direction?: FlowDirection | undefined;
  /** Show quality measures in the view diagrams; default true. */
  includeMeasures?: boolean | undefined;
  /** The language of names and descriptions (default: the model's own); a missing translation shows the model's text, marked "[en]". */
  language?: string | undefined;
}

/**
 * A Markdown document that describes the model for readers without Refmod: goals, the macro structure
 * (roles × areas with element counts), each process with its objects and measures, the other elements,
 * every view as a Mermaid code block, the glossary, the comment threads and the sources.
 */
export function modelReport(model: RefDocument, options: ModelReportOptions = {}): string {
  const metamodel = options.metamodel ?? crmBpoMetamodel;
  const { doc, note } = forExport(model, options.language);
  const { meta } = doc;
  const out: string[] = [`# ${md(meta.name)}`, ''];
  if (meta.description) out.push(paragraph(meta.description), '');
  if (note) out.push(`> ${md(note)}`, '');
  out.push(
    ...table(
      ['', ''],
      [
        ['Version', md(meta.version)],
        ['Authors', md(meta.authors.join(', ')) || '—'],
        ['Language', md(meta.language)],
        ['Last changed', meta.modified.slice(0, 10)],
        ['Content', `${doc.elements.length} elements, ${doc.relations.length} relations, ${doc.views.length} views`],
      ],
    ),
    '',
  );
  out.push(
    ...goals(doc),
    ...macroStructure(doc),
    ...processes(doc, metamodel),
    ...otherElements(doc, metamodel),
    ...views(doc, options, metamodel),
    ...glossary(doc),
    ...comments(doc),
    ...sources(doc),
  );
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

function goals(doc: RefDocument): string[] {
  const out = ['## Structural goals', ''];
  if (!doc.structuralGoals.length) return [...out, '*No structural goals yet.*', ''];
  const servedBy = (id: string) => doc.elements.filter((e) => e.goals.includes(id)).length;
  const rows = doc.structuralGoals.map((g) => [
    md(g.kind),
    md(g.text),
    md(g.perspective),
    md(g.acceptance) || '—',
    String(servedBy(g.id)),
  ]);
  return [...out, ...table(['Kind', 'Goal', 'Perspective', 'Acceptance', 'Elements serving it'], rows), ''];
}

function macroStructure(doc: RefDocument): string[] {
  const { areas, roles } = doc.macroStructure;
  const out = ['## Macro structure', ''];
  if (!areas.length && !roles.length) return [...out, '*No areas or roles yet.*', ''];
  const noArea = doc.elements.some((e) => !areas.some((a) => a.id === e.area));
  const noRole = doc.elements.some((e) => !roles.some((r) => r.id === e.role));
  const columns: (Lane | null)[] = [...areas, ...(noArea ? [null] : [])];
  const rows: (Lane | null)[] = [...roles, ...(noRole ? [null] : [])];
  const count = (role: Lane | null, area: Lane | null) =>
    doc.elements.filter(
      (e) =>
        (role ? e.role === role.id : !roles.some((r) => r.id === e.role)) &&
        (area ? e.area === area.id : !areas.some((a) => a.id === e.area)),
    ).length;
  out.push('Elements per role (rows) and area (columns):', '');
  out.push(
    ...table(
      ['Role \\ Area', ...columns.map((a) => (a ? md(a.name) : '*no area*'))],
      rows.map((r) => [r ? `**${md(r.name)}**` : '*no role*', ...columns.map((a) => String(count(r, a)))]),
    ),
  );
  const described = [...roles, ...areas].filter((l) => l.description);
  if (described.length) out.push('', ...described.map((l) => `- **${md(l.name)}**: ${md(l.description)}`));
  return [...out, ''];
}

function processes(doc: RefDocument, metamodel: Metamodel): string[] {
  const list = doc.elements.filter((e) => metamodel.categoryOf(e.type)?.id === 'process');
  const out = ['## Processes', ''];
  if (!list.length) return [...out, '*No processes yet.*', ''];
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const names = (ids: string[]) => (ids.length ? ids.map((id) => md(byId.get(id)?.name ?? id)).join(', ') : '—');
  for (const p of list) {
    const into = (type: string) =>
      doc.relations.filter((r) => r.type === type && r.target === p.id).map((r) => r.source);
    const from = (type: string) =>
      doc.relations.filter((r) => r.type === type && r.source === p.id).map((r) => r.target);
    const measures = into('measures').map((id) => {
      const m = byId.get(id);
      const facts = ['metricCategory', 'target', 'unit'].flatMap((k) =>
        m?.properties[k] !== undefined ? [md(String(m.properties[k]))] : [],
      );
      return `${md(m?.name ?? id)}${facts.length ? ` (${facts.join(', ')})` : ''}`;
    });
    out.push(
      `### ${md(p.name)}${p.optional ? ' (?)' : ''}`,
      '',
      `*${[typeLabel(p, metamodel), lane(doc.macroStructure.areas, p.area), lane(doc.macroStructure.roles, p.role)].filter(Boolean).map(md).join(' · ')}*`,
      '',
    );
    if (p.description) out.push(paragraph(p.description), '');
    out.push(
      `- **Input:** ${names(into('input'))}`,
      `- **Output:** ${names(from('output'))}`,
      `- **Measured by:** ${measures.join(', ') || '—'}`,
      `- **Responsible:** ${names(into('responsible-for'))}`,
      `- **Supported by:** ${names(into('supports'))}`,
      `- **Hands on to:** ${names([...from('flow'), ...from('knowledge-flow')])}`,
    );
    const source = doc.meta.sources.find((s) => s.id === p.provenance.source);
    if (source) out.push(`- **Source:** ${md(source.label)}`);
    out.push('');
  }
  return out;
}

function otherElements(doc: RefDocument, metamodel: Metamodel): string[] {
  const list = doc.elements.filter((e) => metamodel.categoryOf(e.type)?.id !== 'process');
  if (!list.length) return [];
  const rows = list.map((e) => [
    md(e.name) + (e.optional ? ' (?)' : ''),
    md(typeLabel(e, metamodel)),
    md(lane(doc.macroStructure.areas, e.area)) || '—',
    md(lane(doc.macroStructure.roles, e.role)) || '—',
    md(e.description) || '—',
  ]);
  return ['## Other elements', '', ...table(['Name', 'Type', 'Area', 'Role', 'Description'], rows), ''];
}

function views(doc: RefDocument, options: ModelReportOptions, metamodel: Metamodel): string[] {
  const out = ['## Views', ''];
  if (!doc.views.length) return [...out, '*No views yet.*', ''];
  for (const view of doc.views) {
    const diagram = mermaidFlowchart(doc, {
      viewId: view.id,
      direction: options.direction,
      includeMeasures: options.includeMeasures,
      metamodel,
    });
    out.push(
      `### ${md(view.name)}`,
      '',
      `*Perspective: ${view.perspective} · ${diagram.nodes} elements, ${diagram.edges} relations*`,
      '',
    );
    if (view.description) out.push(paragraph(view.description), '');
    out.push('```mermaid', diagram.text.trimEnd(), '```', '');
    for (const warning of diagram.warnings) out.push(`> ${md(warning)}`, '');
  }
  return out;
}

function glossary(doc: RefDocument): string[] {
  const entries = doc.designGoals.glossary;
  if (!entries.length) return [];
  const label = (id: string | undefined) => md(doc.meta.sources.find((s) => s.id === id)?.label ?? '') || '—';
  return [
    '## Glossary',
    '',
    ...table(
      ['Term', 'Definition', 'Source'],
      entries.map((g) => [`**${md(g.term)}**`, md(g.definition), label(g.source)]),
    ),
    '',
  ];
}

/** The comment threads, open ones first, each under what it is about, with every message. */
function comments(doc: RefDocument): string[] {
  const threads = [...(doc.comments ?? [])].sort((a, b) => Number(a.resolved) - Number(b.resolved));
  if (!threads.length) return [];
  const name = (id: string) => doc.elements.find((e) => e.id === id)?.name;
  const about = (t: CommentThread): string => {
    const target = t.target;
    if (target.kind === 'model') return 'The model';
    if (target.kind === 'element') return name(target.id) ?? `${target.id} (deleted element)`;
    if (target.kind === 'view')
      return `View ${doc.views.find((v) => v.id === target.id)?.name ?? `${target.id} (deleted)`}`;
    const rel = doc.relations.find((r) => r.id === target.id);
    return rel
      ? `${name(rel.source) ?? rel.source} → ${name(rel.target) ?? rel.target}`
      : `${target.id} (deleted relation)`;
  };
  const out = ['## Comments', ''];
  for (const t of threads) {
    out.push(`### ${md(about(t))} (${t.resolved ? 'resolved' : 'open'})`, '');
    for (const m of t.messages)
      out.push(`- **${md(m.author)}**, ${m.at.slice(0, 10)}: ${md(m.text.replace(/\s+/g, ' '))}`);
    out.push('');
  }
  return out;
}

function sources(doc: RefDocument): string[] {
  if (!doc.meta.sources.length) return [];
  const line = (s: RefDocument['meta']['sources'][number]) =>
    `- **${md(s.label)}**${s.citation ? `: ${md(s.citation)}` : ''}${s.url ? ` ${/^https?:\/\/\S+$/.test(s.url) ? `<${s.url.replace(/[<>]/g, encodeURIComponent)}>` : md(s.url)}` : ''}`;
  return ['## Sources', '', ...doc.meta.sources.map(line), ''];
}

function typeLabel(el: Element, metamodel: Metamodel): string {
  return metamodel.elementType(el.type)?.label ?? el.type;
}

function lane(lanes: Lane[], id: string | null): string {
  return lanes.find((l) => l.id === id)?.name ?? '';
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** Plain text as inline Markdown: markup characters escaped, HTML made literal, one line (for tables and lists). */
export function md(text: string): string {
  return text
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim();
}

// A multi-line text as paragraphs; a line that would start a list or quote is escaped.
function paragraph(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) =>
      p
        .split(/\r?\n/)
        .map((l) => md(l).replace(/^(-|\+|=|\d+\.)/, '\\$1'))
        .join('  \n'),
    )
    .join('\n\n');
}
