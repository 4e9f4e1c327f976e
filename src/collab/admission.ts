import type * as z from 'zod';
import type { Metamodel } from '../core/metamodel/metamodel.ts';
import { problemMessage } from '../core/i18n/say.ts';
import { issueProblem } from '../core/model/problems.ts';
import { Element, Relation, View, type RefDocument } from '../core/model/schema.ts';
import { BoardGroup, BoardNote, CommentThread } from '../core/model/workshop.ts';
import { messages } from '../ui/i18n/messages.ts';

type Item = { id: string };

/**
 * Leaves out the items from the room that core would refuse on their own: an item that breaks the file format,
 * an element of a type the metamodel lacks, a relation the metamodel forbids. The rest goes on to `checkEdit`.
 * Only items that changed are looked at; a left-out item keeps its last admitted state here.
 */
export function admissible(
  current: RefDocument,
  next: RefDocument,
  metamodel: Metamodel,
): { document: RefDocument; leftOut: string[] } {
  const leftOut: string[] = [];
  const elements = screen(current.elements, next.elements, Element, leftOut, (el) =>
    metamodel.elementType(el.type) ? null : messages().collabRoom.typeMissing(el.type),
  );
  const typeOf = new Map(elements.map((e) => [e.id, e.type]));
  const relations = screen(current.relations, next.relations, Relation, leftOut, (rel) =>
    typeOf.has(rel.source) && typeOf.has(rel.target)
      ? metamodel.whyNot(rel.type, typeOf.get(rel.source)!, typeOf.get(rel.target)!)
      : null,
  );
  const views = screen(current.views, next.views, View, leftOut);
  let document: RefDocument = { ...next, elements, relations, views };
  if (next.comments)
    document = { ...document, comments: screen(current.comments ?? [], next.comments, CommentThread, leftOut) };
  if (next.board) {
    const board = current.board;
    document = {
      ...document,
      board: {
        ...next.board,
        groups: screen(board?.groups ?? [], next.board.groups, BoardGroup, leftOut),
        notes: screen(board?.notes ?? [], next.board.notes, BoardNote, leftOut),
      },
    };
  }
  return leftOut.length ? { document, leftOut } : { document: next, leftOut };
}

function screen<T extends Item>(
  before: readonly T[],
  after: readonly T[],
  schema: z.ZodType,
  leftOut: string[],
  rule: (item: T) => string | null = () => null,
): T[] {
  const unchanged = new Set(before);
  const old = new Map(before.map((item) => [item.id, item]));
  const out: T[] = [];
  for (const item of after) {
    if (unchanged.has(item)) {
      out.push(item);
      continue;
    }
    const issue = schema.safeParse(item, { reportInput: true }).error?.issues[0];
    // The file format's sentence in the workbench's language, as an opened file says it.
    const problem = issue ? `${item.id}: ${problemMessage(issueProblem(issue))}` : rule(item);
    if (!problem) out.push(item);
    else {
      leftOut.push(problem);
      const kept = old.get(item.id);
      if (kept) out.push(kept);
    }
  }
  return out;
}
