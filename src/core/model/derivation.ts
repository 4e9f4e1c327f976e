import * as z from 'zod';
import { Id, Name, Text, Timestamp } from './primitives.ts';

/**
 * How a derived element relates to its reference element (vom Brocke's adaptation of reference models):
 * adopted unchanged, specialised (type or properties refined), extended (new relations), renamed,
 * omitted (deleted in the derived model) or new (no reference element).
 */
export const Adaptation = z.enum(['adopted', 'specialised', 'extended', 'renamed', 'omitted', 'new']);
export type Adaptation = z.infer<typeof Adaptation>;

/** The adaptations a link can record; a new element has no link. */
export const LinkAdaptation = Adaptation.exclude(['new']);
export type LinkAdaptation = z.infer<typeof LinkAdaptation>;

export const DerivationLink = z.strictObject({
  derivedFrom: Id.describe('The id of the element in the reference model'),
  adaptation: LinkAdaptation,
  explicit: z.boolean().default(false).describe('Set by a person rather than inferred from the model'),
  note: Text.default('').describe('Why the element was adapted'),
});
export type DerivationLink = z.infer<typeof DerivationLink>;

/** Which reference model, in which state, the model was derived from (or last took changes from). */
export const ReferenceStamp = z.strictObject({
  id: Id,
  name: Name,
  version: z.string().max(50),
  hash: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'a model hash is 16 hexadecimal digits')
    .describe('modelHash() of the reference model'),
  derivedAt: Timestamp,
});
export type ReferenceStamp = z.infer<typeof ReferenceStamp>;

/** Links of a derived model to its reference model: one link per derived (or omitted) element. */
export const Derivation = z.strictObject({
  reference: ReferenceStamp,
  links: z.record(Id, DerivationLink).default({}).describe('Derived element id → its reference element and adaptation'),
});
export type Derivation = z.infer<typeof Derivation>;
