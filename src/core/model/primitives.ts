import * as z from 'zod';

/** Ids are short, readable and safe in Mermaid, CSV and URLs. */
export const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,99}$/, 'an id starts with a letter and has only letters, digits, _ . -');

/** The file format's text limits; every door (inspector, rename, paste, imports, CLI) refuses longer text with these words. */
export const NAME_LIMIT = 200;
export const TEXT_LIMIT = 20_000;

const tooLong = (what: string, limit: number) => ({
  error: (issue: { input?: unknown }) =>
    `${what} can have at most ${limit.toLocaleString('en')} characters; this one has ${String(issue.input).length.toLocaleString('en')}`,
});

export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');
export const Text = z.string().max(TEXT_LIMIT, tooLong('a text', TEXT_LIMIT));
export const Name = z.string().trim().min(1, 'a name cannot be empty').max(NAME_LIMIT, tooLong('a name', NAME_LIMIT));
export const Label = z.string().max(NAME_LIMIT, tooLong('a label', NAME_LIMIT));
export const Timestamp = z.iso.datetime();
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;
