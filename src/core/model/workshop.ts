import * as z from 'zod';
import { Id, Name, Text, Timestamp } from './primitives.ts';

/** Who wrote a comment or a note: the name a person gave when joining, as shown to the others. */
const Person = z.string().trim().min(1, 'a name cannot be empty').max(80);

/** What a comment thread is about: one element, relation or view, or the model as a whole. */
export const CommentTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('model') }),
  z.strictObject({ kind: z.enum(['element', 'relation', 'view']), id: Id }),
]);

export const CommentMessage = z.strictObject({
  id: Id,
  author: Person,
  at: Timestamp,
  text: Text.trim().min(1, 'a comment cannot be empty'),
});

export const CommentThread = z.strictObject({
  id: Id,
  target: CommentTarget,
  resolved: z.boolean().default(false),
  messages: z.array(CommentMessage).min(1),
});

/** A sticky note of the brainstorm board, in a lane cell; `promotedTo` names the element it became. */
export const BoardNote = z.strictObject({
  id: Id,
  text: Name.max(500),
  author: Person,
  role: Id.nullable().default(null),
  area: Id.nullable().default(null),
  group: Id.nullable().default(null),
  votes: z.record(Person, z.number().int().min(1).max(100)).default({}),
  promotedTo: Id.optional(),
});

export const BoardGroup = z.strictObject({ id: Id, name: Name });

/** The brainstorm board of a workshop: notes in the lane grid, groups, and how many dots each person may give. */
export const Board = z.strictObject({
  dotsPerPerson: z.number().int().min(1).max(20).default(3),
  groups: z.array(BoardGroup).default([]),
  notes: z.array(BoardNote).default([]),
});

export type CommentTarget = z.infer<typeof CommentTarget>;
export type CommentMessage = z.infer<typeof CommentMessage>;
export type CommentThread = z.infer<typeof CommentThread>;
export type BoardNote = z.infer<typeof BoardNote>;
export type BoardGroup = z.infer<typeof BoardGroup>;
export type Board = z.infer<typeof Board>;
