import type { DocumentDiff } from '../diff/diff.ts';
import { countPhrase, elementAndRelationPhrases } from '../diff/phrases.ts';

/** What changed in the parts the content hash covers, as short phrases: "2 elements added", "1 view's elements changed". */
export function contentChanges(diff: DocumentDiff): string[] {
  const count = countPhrase;
  const { structuralGoals: g, macroStructure: m, designGoals: d } = diff;
  return [
    ...elementAndRelationPhrases(diff),
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
