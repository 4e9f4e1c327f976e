import { countPhrase, elementAndRelationPhrases } from './phrases.ts';
import type { Element, RefDocument, Relation } from '../model/schema.ts';
import { isEmptyDiff, type DocumentDiff, type ItemChange, type ListDiff } from './diff.ts';
import type { FieldChange } from './fields.ts';

/** The comparison of two documents as a Markdown report: both versions named, a summary, then one table per kind of change. */
export function diffToMarkdown(
  diff: DocumentDiff,
  a: RefDocument,
  b: RefDocument,
  labels: { before: string; after: string } = { before: 'Before', after: 'After' },
): string {
  const names = new Map([...a.elements, ...b.elements].map((e) => [e.id, e.name]));
  const lanes = new Map(
    [...a.macroStructure.areas, ...a.macroStructure.roles, ...b.macroStructure.areas, ...b.macroStructure.roles].map(
      (l) => [l.id, l.name],
    ),
  );
  const el = (id: string) => names.get(id) ?? id;
  const lane = (id: string | null | undefined) => (id == null ? '—' : (lanes.get(id) ?? id));
  const out: string[] = [
    `# Comparison: ${a.meta.name} (${a.meta.version}) → ${b.meta.name} (${b.meta.version})`,
    '',
    `- **Before:** ${labels.before}: ${a.meta.name}, version ${a.meta.version}, saved ${a.meta.modified}`,
    `- **After:** ${labels.after}: ${b.meta.name}, version ${b.meta.version}, saved ${b.meta.modified}`,
    '',
  ];
  if (diff.matchedBy === 'derivation') out.push('Elements are matched by their derivation links.', '');
  if (isEmptyDiff(diff)) return [...out, 'The two models do not differ.', ''].join('\n');
  out.push(summary(diff), '');

  const { elements, relations } = diff;
  section(
    out,
    'Elements added',
    ['Element', 'Type', 'Area', 'Role'],
    elements.added.map(({ item }) => [item.name, item.type, lane(item.area), lane(item.role)]),
  );
  section(
    out,
    'Elements removed',
    ['Element', 'Type', 'Area', 'Role'],
    elements.removed.map((e: Element) => [e.name, e.type, lane(e.area), lane(e.role)]),
  );
  section(
    out,
    'Elements changed',
    ['Element', 'Field', 'Before', 'After'],
    elements.changed.flatMap((c) => fieldRows(c.name, c.fields)),
  );
  section(
    out,
    'Elements retyped',
    ['Element', 'Type before', 'Type after'],
    elements.changed.flatMap((c) => (c.retyped ? [[c.name, c.retyped.from, c.retyped.to]] : [])),
  );
  section(
    out,
    'Elements moved to another area or role',
    ['Element', 'Area before', 'Area after', 'Role before', 'Role after'],
    elements.changed.flatMap((c) => {
      if (!c.moved) return [];
      const area = c.moved.area ?? { from: undefined, to: undefined };
      const role = c.moved.role ?? { from: undefined, to: undefined };
      return [
        [
          c.name,
          c.moved.area ? lane(area.from) : '(same)',
          c.moved.area ? lane(area.to) : '(same)',
          c.moved.role ? lane(role.from) : '(same)',
          c.moved.role ? lane(role.to) : '(same)',
        ],
      ];
    }),
  );

  const rel = (r: Relation) => [el(r.source), r.type, el(r.target), r.label];
  section(
    out,
    'Relations added',
    ['From', 'Relation', 'To', 'Label'],
    relations.added.map(({ item }) => rel(item)),
  );
  section(out, 'Relations removed', ['From', 'Relation', 'To', 'Label'], relations.removed.map(rel));
  section(
    out,
    'Relations changed',
    ['Relation', 'Field', 'Before', 'After'],
    relations.changed.flatMap((c) => [
      ...(c.retyped ? [[c.id, 'type', c.retyped.from, c.retyped.to]] : []),
      ...c.fields.map((f) => [c.id, f.path.join('.'), endName(f, 'from', el), endName(f, 'to', el)]),
    ]),
  );

  section(
    out,
    'Views',
    ['View', 'Change'],
    [
      ...diff.views.added.map(({ item }) => [item.name, 'added']),
      ...diff.views.removed.map((v) => [v.name, 'removed']),
      ...diff.views.changed.flatMap((c) => [
        ...c.fields.map((f) => [c.id, `${f.path.join('.')}: ${show(f.from)} → ${show(f.to)}`]),
        ...(c.membership ? [[c.id, membershipText(c.membership.added.map(el), c.membership.removed.map(el))]] : []),
      ]),
    ],
  );
  section(
    out,
    'Layout (positions only)',
    ['View', 'Repositioned', 'Placed', 'Removed from the layout'],
    diff.layout.map((l) => [l.view, String(l.moved.length), String(l.placed.length), String(l.unplaced.length)]),
  );

  itemSection(out, 'Structural goals', diff.structuralGoals, (g) => g.text);
  itemSection(out, 'Areas', diff.macroStructure.areas, (l) => l.name);
  itemSection(out, 'Roles', diff.macroStructure.roles, (l) => l.name);
  itemSection(out, 'Naming rules', diff.designGoals.namingRules, (r) => `${r.appliesTo}: ${r.pattern}`);
  itemSection(out, 'Sources', diff.meta.sources, (s) => s.label);
  section(out, 'Design goals', ['Field', 'Before', 'After'], diff.designGoals.fields.map(fieldRow));
  section(out, 'Model information', ['Field', 'Before', 'After'], diff.meta.fields.map(fieldRow));
  section(
    out,
    'Other parts',
    ['Part', 'Change'],
    diff.other.map((f) => [f.path.join('.'), describeWhole(f)]),
  );
  return out.join('\n');
}

function summary(diff: DocumentDiff): string {
  const count = countPhrase;
  const views = diff.views.added.length + diff.views.removed.length + diff.views.changed.length;
  const positions = diff.layout.reduce((n, l) => n + l.moved.length + l.placed.length + l.unplaced.length, 0);
  const parts = [
    ...elementAndRelationPhrases(diff),
    ...count(views, 'view', 'changed'),
    ...count(positions, 'position', 'changed'),
  ];
  return parts.length
    ? `**Summary:** ${parts.join(', ')}.`
    : '**Summary:** no element, relation, view or layout changes.';
}

function itemSection<T extends { id: string }>(
  out: string[],
  title: string,
  diff: ListDiff<T, ItemChange>,
  label: (item: T) => string,
): void {
  section(
    out,
    title,
    ['Item', 'Change', 'Before', 'After'],
    [
      ...diff.added.map(({ item }) => [label(item), 'added', '', '']),
      ...diff.removed.map((item) => [label(item), 'removed', '', '']),
      ...diff.changed.flatMap((c) => c.fields.map((f) => [c.id, f.path.join('.'), show(f.from), show(f.to)])),
      ...(diff.order ? [['(order)', 'reordered', '', '']] : []),
    ],
  );
}

function section(out: string[], title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  if (!rows.length) return;
  out.push(`## ${title} (${rows.length})`, '', `| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`);
  for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`);
  out.push('');
}

function fieldRows(name: string, fields: readonly FieldChange[]): string[][] {
  return fields.map((f) => [name, f.path.join('.'), show(f.from), show(f.to)]);
}

function fieldRow(f: FieldChange): string[] {
  return [f.path.join('.'), show(f.from), show(f.to)];
}

function endName(f: FieldChange, side: 'from' | 'to', el: (id: string) => string): string {
  const value = f[side];
  return (f.path[0] === 'source' || f.path[0] === 'target') && typeof value === 'string' ? el(value) : show(value);
}

function membershipText(added: readonly string[], removed: readonly string[]): string {
  return (
    [added.length ? `shows ${added.join(', ')}` : '', removed.length ? `no longer shows ${removed.join(', ')}` : '']
      .filter(Boolean)
      .join('; ') || 'shows the same elements in another form'
  );
}

function describeWhole(f: FieldChange): string {
  if (Array.isArray(f.from) || Array.isArray(f.to))
    return `${Array.isArray(f.from) ? f.from.length : 0} → ${Array.isArray(f.to) ? f.to.length : 0} entries`;
  return f.from === undefined ? 'added' : f.to === undefined ? 'removed' : 'changed';
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(show).join(', ');
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** Keeps a value inside its table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
