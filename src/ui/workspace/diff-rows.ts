import type { DocumentDiff, FieldChange, ItemChange, ListDiff } from '../../core/diff/diff.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { DiffOverlay } from '../../store/workbench.ts';
import { formatDate, type Messages } from '../i18n/messages.ts';

type Words = Messages['workspace'];
type Part = keyof Words['part'];

export type ChangeKind = 'added' | 'removed' | 'changed' | 'retyped' | 'moved';

/** One line of the comparison table. */
export interface DiffRow {
  readonly key: string;
  readonly kind: ChangeKind;
  readonly subject: string;
  readonly what: string;
  readonly detail: string;
}

/**
 * The comparison as table rows, worded in `m`'s language: elements, relations, then the other parts (views, lanes,
 * goals, settings). Names come from `a` and `b`, so documents read in that language name things in it.
 */
export function diffRows(diff: DocumentDiff, a: RefDocument, b: RefDocument, metamodel: Metamodel, m: Words) {
  const describeField = (f: FieldChange, name?: (id: string) => string) => describeChange(m, f, name);
  const names = new Map([...a.elements, ...b.elements].map((e) => [e.id, e.name]));
  const lanes = new Map(
    [...a.macroStructure.areas, ...a.macroStructure.roles, ...b.macroStructure.areas, ...b.macroStructure.roles].map(
      (l) => [l.id, l.name],
    ),
  );
  const typeLabel = (id: string) => metamodel.elementType(id)?.label ?? id;
  const relationLabel = (id: string) => metamodel.relationType(id)?.label ?? id;
  const lane = (id: string | null | undefined) => (id == null ? m.noLane : (lanes.get(id) ?? id));
  const cell = (e: { role: string | null; area: string | null }) => `${lane(e.role)} / ${lane(e.area)}`;
  const end = (id: string) => names.get(id) ?? id;
  const typeOf = (id: string) => typeLabel(b.elements.find((e) => e.id === id)?.type ?? '');

  const elements: DiffRow[] = [
    ...diff.elements.added.map(({ item }) => row('added', item.id, end(item.id), typeLabel(item.type), cell(item))),
    ...diff.elements.removed.map((e) => row('removed', e.id, end(e.id), typeLabel(e.type), cell(e))),
    ...diff.elements.changed.flatMap((c) => [
      ...(c.fields.length
        ? [row('changed', c.id, end(c.id), typeOf(c.id), c.fields.map((f) => describeField(f)).join('; '))]
        : []),
      ...(c.retyped
        ? [
            row(
              'retyped',
              c.id,
              end(c.id),
              typeOf(c.id),
              m.typeChange(typeLabel(c.retyped.from), typeLabel(c.retyped.to)),
            ),
          ]
        : []),
      ...(c.moved
        ? [
            row(
              'moved',
              c.id,
              end(c.id),
              typeOf(c.id),
              [
                c.moved.role && m.roleMove(lane(c.moved.role.from), lane(c.moved.role.to)),
                c.moved.area && m.areaMove(lane(c.moved.area.from), lane(c.moved.area.to)),
              ]
                .filter(Boolean)
                .join('; '),
            ),
          ]
        : []),
    ]),
  ];
  const relations: DiffRow[] = [
    ...diff.relations.added.map(({ item: r }) =>
      row('added', r.id, `${end(r.source)} → ${end(r.target)}`, relationLabel(r.type), r.label),
    ),
    ...diff.relations.removed.map((r) =>
      row('removed', r.id, `${end(r.source)} → ${end(r.target)}`, relationLabel(r.type), r.label),
    ),
    ...diff.relations.changed.flatMap((c) => {
      const r = b.relations.find((x) => x.id === c.id);
      const subject = r ? `${end(r.source)} → ${end(r.target)}` : c.id;
      return [
        ...(c.retyped
          ? [
              row(
                'retyped',
                c.id,
                subject,
                relationLabel(c.retyped.to),
                m.typeChange(relationLabel(c.retyped.from), relationLabel(c.retyped.to)),
              ),
            ]
          : []),
        ...(c.fields.length
          ? [
              row(
                'changed',
                c.id,
                subject,
                relationLabel(r?.type ?? ''),
                c.fields.map((f) => describeField(f, end)).join('; '),
              ),
            ]
          : []),
      ];
    }),
  ];
  const other: DiffRow[] = [
    ...diff.views.added.map(({ item }) => row('added', `view:${item.id}`, item.name, m.part.view, '')),
    ...diff.views.removed.map((v) => row('removed', `view:${v.id}`, v.name, m.part.view, '')),
    ...diff.views.changed.map((c) =>
      row(
        'changed',
        `view:${c.id}`,
        b.views.find((v) => v.id === c.id)?.name ?? c.id,
        m.part.view,
        [...c.fields.map((f) => describeField(f)), c.membership && membership(m, c.membership, end)]
          .filter(Boolean)
          .join('; '),
      ),
    ),
    ...items(m, diff.macroStructure.areas, 'area', (l) => lane(l.id)),
    ...items(m, diff.macroStructure.roles, 'role', (l) => lane(l.id)),
    ...items(m, diff.structuralGoals, 'structural goal', (g) => g.text),
    ...items(m, diff.designGoals.namingRules, 'naming rule', (r) => r.pattern),
    ...items(m, diff.meta.sources, 'source', (s) => s.label),
    ...(diff.designGoals.fields.length
      ? [
          row(
            'changed',
            'design-goals',
            m.designGoals,
            m.part.settings,
            diff.designGoals.fields.map((f) => describeField(f)).join('; '),
          ),
        ]
      : []),
    ...(diff.meta.fields.length
      ? [
          row(
            'changed',
            'meta',
            m.modelInformation,
            m.part.settings,
            diff.meta.fields.map((f) => describeField(f)).join('; '),
          ),
        ]
      : []),
    ...diff.other.map((f) =>
      row(
        'changed',
        `other:${f.path.join('.')}`,
        (m.parts as Record<string, string>)[f.path[0] ?? ''] ?? f.path.join('.'),
        m.part.part,
        whole(m, f),
      ),
    ),
  ];
  const layout = diff.layout.map((l) => ({
    view: b.views.find((v) => v.id === l.view)?.name ?? l.view,
    repositioned: l.moved.length,
    placed: l.placed.length,
    unplaced: l.unplaced.length,
  }));
  return { elements, relations, other, layout };
}

function row(kind: ChangeKind, id: string, subject: string, what: string, detail: string): DiffRow {
  return { key: `${kind}:${id}`, kind, subject, what, detail };
}

function items<T extends { id: string }>(
  m: Words,
  diff: ListDiff<T, ItemChange>,
  part: Part,
  label: (item: T) => string,
): DiffRow[] {
  const what = m.part[part];
  return [
    ...diff.added.map(({ item }) => row('added', `${part}:${item.id}`, label(item), what, '')),
    ...diff.removed.map((item) => row('removed', `${part}:${item.id}`, label(item), what, '')),
    ...diff.changed.map((c) =>
      row('changed', `${part}:${c.id}`, c.id, what, c.fields.map((f) => describeChange(m, f)).join('; ')),
    ),
  ];
}

function membership(
  m: Words,
  change: { added: readonly string[]; removed: readonly string[] },
  name: (id: string) => string,
): string {
  return [
    change.added.length ? m.nowShows(change.added.map(name).join(', ')) : '',
    change.removed.length ? m.noLongerShows(change.removed.map(name).join(', ')) : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** A changed field's path in the active language: its first part named where the catalogue knows it. */
export function fieldName(m: Words, path: string): string {
  const [first = '', ...rest] = path.split('.');
  return [(m.fields as Record<string, string>)[first] ?? first, ...rest].join('.');
}

/** "name: “Lead” → “Sales lead”", shortening long values. */
function describeChange(m: Words, f: FieldChange, name?: (id: string) => string): string {
  const end = f.path[0] === 'source' || f.path[0] === 'target';
  const show = (v: unknown) => (end && name && typeof v === 'string' ? name(v) : short(m, v));
  return `${fieldName(m, f.path.join('.'))}: ${show(f.from)} → ${show(f.to)}`;
}

/** A whole part that changed: how many entries it had and has, or that it came or went. */
function whole(m: Words, f: FieldChange): string {
  if (Array.isArray(f.from) || Array.isArray(f.to))
    return m.entries(Array.isArray(f.from) ? f.from.length : 0, Array.isArray(f.to) ? f.to.length : 0);
  return m.wholePart[f.from === undefined ? 'added' : f.to === undefined ? 'removed' : 'changed'];
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function short(m: Words, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string' && ISO_TIME.test(value))
    return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
  if (typeof value === 'string') return `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;
  if (Array.isArray(value)) return m.items(value.length);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '…';
}

/** The canvas marks for the open model (`b`) compared with `a`: added and changed elements, and removed ones where they stood. */
export function overlayOf(diff: DocumentDiff, a: RefDocument, label: string, source: string): DiffOverlay {
  const marks = new Map<string, 'added' | 'changed'>();
  for (const { item } of diff.elements.added) marks.set(item.id, 'added');
  for (const c of diff.elements.changed) if (c.fields.length || c.retyped || c.moved) marks.set(c.id, 'changed');
  for (const { item } of diff.relations.added) marks.set(item.id, 'added');
  for (const c of diff.relations.changed) marks.set(c.id, 'changed');
  const removed = diff.elements.removed.flatMap((element) =>
    a.views.flatMap((view) => {
      const at = view.positions[element.id];
      return at ? [{ element, view: view.id, at }] : [];
    }),
  );
  return { label, source, marks, removed };
}
