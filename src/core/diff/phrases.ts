import type { DocumentDiff } from './diff.ts';

/** "2 elements added", or nothing when there are none. */
export const countPhrase = (n: number, noun: string, what: string): string[] =>
  n ? [`${n} ${noun}${n === 1 ? '' : 's'} ${what}`] : [];

/** What changed among the elements and relations, as short phrases; the diff summary and stale sessions share it. */
export function elementAndRelationPhrases(diff: DocumentDiff): string[] {
  const { elements: e, relations: r } = diff;
  return [
    ...countPhrase(e.added.length, 'element', 'added'),
    ...countPhrase(e.removed.length, 'element', 'removed'),
    ...countPhrase(e.changed.filter((c) => c.fields.length).length, 'element', 'changed'),
    ...countPhrase(e.changed.filter((c) => c.retyped).length, 'element', 'retyped'),
    ...countPhrase(e.changed.filter((c) => c.moved).length, 'element', 'moved to another lane'),
    ...countPhrase(r.added.length, 'relation', 'added'),
    ...countPhrase(r.removed.length, 'relation', 'removed'),
    ...countPhrase(r.changed.length, 'relation', 'changed'),
  ];
}
