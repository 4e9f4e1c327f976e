import type { DocumentDiff, FieldChange, ItemChange, ListDiff } from '../../core/diff/diff.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { DiffOverlay } from '../../store/workbench.ts';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'retyped' | 'moved';

/** One line of the comparison table. */
export interface DiffRow {
  readonly key: string;
  readonly kind: ChangeKind;
  readonly subject: string;
  readonly what: string;
  readonly detail: string;
}

/** The comparison as table rows: elements, relations, then the other parts (views, lanes, goals, settings). */
export function diffRows(diff: DocumentDiff, a: RefDocument, b: RefDocument, metamodel: Metamodel) {
  const names = new Map([...a.elements, ...b.elements].map((e) => [e.id, e.name]));
  const lanes = new Map(
    [...a.macroStructure.areas, ...a.macroStructure.roles, ...b.macroStructure.areas, ...b.macroStructure.roles].map(
      (l) => [l.id, l.name],
    ),
  );
  const typeLabel = (id: string) => metamodel.elementType(id)?.label ?? id;
  const relationLabel = (id: string) => metamodel.relationType(id)?.label ?? id;
  const lane = (id: string | null | undefined) => (id == null ? 'none' : (lanes.get(id) ?? id));
  const cell = (e: { role: string | null; area: string | null }) => `${lane(e.role)} / ${lane(e.area)}`;
  const typeOf = (id: string) => typeLabel(b.elements.find((e) => e.id === id)?.type ?? '');

  const elements: DiffRow[] = [
    ...diff.elements.added.map(({ item }) => row('added', item.id, item.name, typeLabel(item.type), cell(item))),
    ...diff.elements.removed.map((e) => row('removed', e.id, e.name, typeLabel(e.type), cell(e))),
    ...diff.elements.changed.flatMap((c) => [
      ...(c.fields.length
        ? [row('changed', c.id, c.name, typeOf(c.id), c.fields.map((f) => describeField(f)).join('; '))]
        : []),
      ...(c.retyped
        ? [
            row(
              'retyped',
              c.id,
              c.name,
              typeOf(c.id),
              `type: ${typeLabel(c.retyped.from)} → ${typeLabel(c.retyped.to)}`,
            ),
          ]
        : []),
      ...(c.moved
        ? [
            row(
              'moved',
              c.id,
              c.name,
              typeOf(c.id),
              [
                c.moved.role && `role ${lane(c.moved.role.from)} → ${lane(c.moved.role.to)}`,
                c.moved.area && `area ${lane(c.moved.area.from)} → ${lane(c.moved.area.to)}`,
              ]
                .filter(Boolean)
                .join('; '),
            ),
          ]
        : []),
    ]),
  ];
  const end = (id: string) => names.get(id) ?? id;
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
                `type: ${relationLabel(c.retyped.from)} → ${relationLabel(c.retyped.to)}`,
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
    ...diff.views.added.map(({ item }) => row('added', `view:${item.id}`, item.name, 'view', '')),
    ...diff.views.removed.map((v) => row('removed', `view:${v.id}`, v.name, 'view', '')),
    ...diff.views.changed.map((c) =>
      row(
        'changed',
        `view:${c.id}`,
        b.views.find((v) => v.id === c.id)?.name ?? c.id,
        'view',
        [...c.fields.map((f) => describeField(f)), c.membership && membership(c.membership, end)]
          .filter(Boolean)
          .join('; '),
      ),
    ),
    ...items(diff.macroStructure.areas, 'area', (l) => l.name),
    ...items(diff.macroStructure.roles, 'role', (l) => l.name),
    ...items(diff.structuralGoals, 'structural goal', (g) => g.text),
    ...items(diff.designGoals.namingRules, 'naming rule', (r) => r.pattern),
    ...items(diff.meta.sources, 'source', (s) => s.label),
    ...(diff.designGoals.fields.length
      ? [
          row(
            'changed',
            'design-goals',
            'Design goals',
            'settings',
            diff.designGoals.fields.map((f) => describeField(f)).join('; '),
          ),
        ]
      : []),
    ...(diff.meta.fields.length
      ? [
          row(
            'changed',
            'meta',
            'Model information',
            'settings',
            diff.meta.fields.map((f) => describeField(f)).join('; '),
          ),
        ]
      : []),
    ...diff.other.map((f) =>
      row('changed', `other:${f.path.join('.')}`, PART[f.path[0] ?? ''] ?? f.path.join('.'), 'part', whole(f)),
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

const PART: Record<string, string> = {
  method: 'Method progress',
  evaluations: 'Evaluations',
  validation: 'Validation settings',
  derivation: 'Derivation links',
};

function row(kind: ChangeKind, id: string, subject: string, what: string, detail: string): DiffRow {
  return { key: `${kind}:${id}`, kind, subject, what, detail };
}

function items<T extends { id: string }>(
  diff: ListDiff<T, ItemChange>,
  what: string,
  label: (item: T) => string,
): DiffRow[] {
  return [
    ...diff.added.map(({ item }) => row('added', `${what}:${item.id}`, label(item), what, '')),
    ...diff.removed.map((item) => row('removed', `${what}:${item.id}`, label(item), what, '')),
    ...diff.changed.map((c) =>
      row('changed', `${what}:${c.id}`, c.id, what, c.fields.map((f) => describeField(f)).join('; ')),
    ),
  ];
}

function membership(m: { added: readonly string[]; removed: readonly string[] }, name: (id: string) => string): string {
  return [
    m.added.length ? `now shows ${m.added.map(name).join(', ')}` : '',
    m.removed.length ? `no longer shows ${m.removed.map(name).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** "name: “Lead” → “Sales lead”", shortening long values. */
export function describeField(f: FieldChange, name?: (id: string) => string): string {
  const end = f.path[0] === 'source' || f.path[0] === 'target';
  const show = (v: unknown) => (end && name && typeof v === 'string' ? name(v) : short(v));
  return `${f.path.join('.')}: ${show(f.from)} → ${show(f.to)}`;
}

/** A whole part that changed: how many entries it had and has, or that it came or went. */
function whole(f: FieldChange): string {
  if (Array.isArray(f.from) || Array.isArray(f.to))
    return `${Array.isArray(f.from) ? f.from.length : 0} → ${Array.isArray(f.to) ? f.to.length : 0} entries`;
  return f.from === undefined ? 'added' : f.to === undefined ? 'removed' : 'changed';
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function short(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string' && ISO_TIME.test(value))
    return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  if (typeof value === 'string') return `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
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
