import * as z from 'zod';
import { Id, Name, Text } from '../model/primitives.ts';
import { RefDocument } from '../model/schema.ts';

/** Which elements of a student's model an item is about: all the given criteria hold; `names` are alternatives, compared without case or punctuation. */
export const ElementPattern = z.strictObject({
  id: Id.optional(),
  type: Id.optional(),
  names: z.array(Name).optional(),
});
export type ElementPattern = z.infer<typeof ElementPattern>;

const ItemBase = {
  id: Id,
  what: Name.describe(
    'How hints name what is checked, without giving the answer away, e.g. "a process that handles complaints"',
  ),
  points: z.number().int().min(1).max(100).default(1),
  hint: Text.default('').describe('Shown when the item is not met yet: a nudge, not the answer'),
};

/** "This must be there, in this cell": an element matching the pattern, in the lane given (null: outside every lane). */
export const ElementItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('element'),
  match: ElementPattern,
  role: Id.nullable().optional(),
  area: Id.nullable().optional(),
});

/** "Connected so": a relation of the type from an element matching `source` to one matching `target`. */
export const RelationItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('relation'),
  type: Id,
  source: ElementPattern,
  target: ElementPattern,
});

export const RubricItem = z.discriminatedUnion('kind', [ElementItem, RelationItem]);
export type RubricItem = z.infer<typeof RubricItem>;

/** An exercise as a teacher writes it: the task, the model the student starts from, a sample solution and the rubric. */
export const Exercise = z.strictObject({
  $schema: z.string().max(500).optional(),
  kind: z.literal('refmod-exercise'),
  id: Id,
  title: Name,
  level: z.number().int().min(1).max(5).describe('1 easy … 5 hard'),
  task: Text.min(1, 'an exercise states its task'),
  passMark: z.number().min(0).max(1).default(1).describe('The share of the points that passes'),
  start: RefDocument,
  solution: RefDocument,
  rubric: z.array(RubricItem).min(1, 'an exercise has at least one rubric item'),
});
export type Exercise = z.infer<typeof Exercise>;
