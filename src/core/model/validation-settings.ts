import * as z from 'zod';
import { Id, Name, Severity, Text } from './primitives.ts';

/** An element type id, or "category:<id>" for every type of a category. */
const TypeSelector = z
  .string()
  .regex(/^(category:)?[A-Za-z][A-Za-z0-9_.-]{0,99}$/, 'name an element type id or "category:<id>"');

/** A rule's severity in a profile or a model: 'off' switches the rule off. */
export const SeverityOverride = z.enum(['error', 'warning', 'info', 'off']);
export type SeverityOverride = z.infer<typeof SeverityOverride>;

/** A finding the modellers decided to accept for one element (or relation, goal, view, lane), with the reason. */
export const Suppression = z.strictObject({
  rule: Id,
  target: Id,
  reason: Text.trim().min(1, 'say why this finding is accepted'),
});

const userRuleBase = {
  id: Id.describe('Findings of this rule carry the rule id "user.<id>"'),
  title: Name,
  severity: Severity.default('warning'),
  hint: Text.default('').describe('Why the rule matters, shown with each finding'),
  appliesTo: TypeSelector,
};

/** Elements of a type must give a value for a property. */
export const RequiredPropertyRule = z.strictObject({
  ...userRuleBase,
  kind: z.literal('required-property'),
  property: Id,
});

/** Elements of a type must occur at least `min` and at most `max` times in every area (or role). */
export const CountRule = z
  .strictObject({
    ...userRuleBase,
    kind: z.literal('count'),
    per: z.enum(['area', 'role']),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, {
    message: 'a count rule needs a min, a max or both',
    path: ['min'],
  })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
    message: 'min cannot exceed max',
    path: ['max'],
  });

/** Names of elements of a type must match a regular expression. */
export const NamingPatternRule = z.strictObject({
  ...userRuleBase,
  kind: z.literal('naming'),
  pattern: z.string().max(500),
});

/** Elements of a type must have a relation of a type to (or from) some element of another type. */
export const RequiredRelationRule = z.strictObject({
  ...userRuleBase,
  kind: z.literal('required-relation'),
  relation: Id,
  direction: z.enum(['outgoing', 'incoming']).default('outgoing'),
  other: TypeSelector,
});

/** A rule a modeller defines without code; it runs like a built-in rule. */
export const UserRule = z.discriminatedUnion('kind', [
  RequiredPropertyRule,
  CountRule,
  NamingPatternRule,
  RequiredRelationRule,
]);
export type UserRule = z.infer<typeof UserRule>;

/** Per-model validation settings: the active profile, severity overrides, suppressions and user rules. Owned by the validation feature. */
export const ValidationSettings = z.strictObject({
  profile: Id.default('default').describe('The id of a profile in models/validation'),
  overrides: z.record(Id, SeverityOverride).default({}).describe('Severity per rule id, over the profile'),
  suppressions: z.array(Suppression).default([]),
  rules: z.array(UserRule).default([]),
});
export type ValidationSettings = z.infer<typeof ValidationSettings>;
export type Suppression = z.infer<typeof Suppression>;
