import * as z from 'zod';

/** Ids are short, readable and safe in Mermaid, CSV and URLs. */
export const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,99}$/, 'an id starts with a letter and has only letters, digits, _ . -');

export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');
export const Text = z.string().max(20_000);
export const Name = z.string().trim().min(1, 'a name cannot be empty').max(200);
export const Timestamp = z.iso.datetime();
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;
