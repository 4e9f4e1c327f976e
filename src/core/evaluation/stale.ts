import type { DocumentDiff } from '../diff/diff.ts';

/** What changed in the parts the content hash covers, as short phrases: "2 elements added", "1 view's elements changed". */
export function contentChanges(diff: DocumentDiff): string[] {
  const count = (n: number, noun: string, what: string) => (n ? [`${n} ${noun}${n === 1 ? '' : 's'} ${what}`] : []);
  const { elements: e, relations: r, structuralGoals: g, macroStructure: m, designGoals: d } = diff;
  return [
    ...count(e.added.length, 'element', 'added'),
    ...count(e.removed.length, 'element', 'removed'),
    ...count(e.changed.filter((c) => c.fields.length).length, 'element', 'changed'),
    ...count(e.changed.filter((c) => c.retyped).length, 'element', 'retyped'),
    ...count(e.changed.filter((c) => c.moved).length, 'element', 'moved to another lane'),
    ...count(r.added.length, 'relation', 'added'),
    ...count(r.removed.length, 'relation', 'removed'),
    ...count(r.changed.length, 'relation', 'changed'),
    ...count(diff.views.added.length, 'view', 'added'),
    ...count(diff.views.removed.length, 'view', 'removed'),
    ...count(diff.views.changed.filter((v) => v.membership !== null).length, 'view', 'showing other elements'),
    ...count(g.added.length + g.removed.length + g.changed.length, 'structural goal', 'changed'),
    ...count(m.areas.added.length + m.areas.removed.length + m.areas.changed.length, 'area', 'changed'),
    ...count(m.roles.added.length + m.roles.removed.length + m.roles.changed.length, 'role', 'changed'),
    ...count(
      d.fields.length + d.namingRules.added.length + d.namingRules.removed.length + d.namingRules.changed.length,
      'design goal',
      'changed',
    ),
  ];
}
