import type * as z from 'zod';
import { sayProblem } from '../i18n/say.ts';
import type { Text } from '../i18n/text.ts';

/** A problem found at a boundary (import, CLI): where it is in the file, and a sentence a user understands. */
export interface Problem {
  path: string;
  message: string;
  /** The message's id and parameters, to read it in German or Korean (src/core/i18n/say.ts). */
  text?: Text;
}

/** Formats a path like ['elements', 3, 'name'] as "elements[3].name". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(document)';
}

/** A schema message ("a name cannot be empty") as a sentence a user reads ("A name cannot be empty."). */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1).replace(/\.?$/, '.');
}

/**
 * A schema issue as a problem: its sentence, and for the common ones (a text over its limit, an empty name, an id,
 * a colour, a language tag, a position, a value not among the allowed ones, a missing field, unknown keys) an id to
 * read it in German or Korean. Parse with `reportInput` to count a text's characters; apart from the missing field and
 * unknown keys, which say it more plainly than zod, the id is kept only if its English words are the issue's sentence.
 */
export function issueProblem(issue: z.core.$ZodIssue): Problem {
  const path = formatPath(issue.path);
  // Two sentences of zod's say what a file lacks or has too much of less plainly than these.
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined'))
    return sayProblem(path, 'model.missing-field', { expected: issue.expected });
  if (issue.code === 'unrecognized_keys') return sayProblem(path, 'model.unknown-keys', { keys: issue.keys });
  const message = sentence(issue.message);
  const said = issueSaid(issue, path);
  return said?.message === message ? said : { path, message };
}

function issueSaid(issue: z.core.$ZodIssue, path: string): Problem | null {
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    if (issue.message.startsWith('a position lies within'))
      return sayProblem(path, 'schema.position-range', { limit: Math.abs(Number(bound(issue))) });
    const what = /^a (name|label|text) can have at most/.exec(issue.message)?.[1] as 'name' | 'label' | 'text';
    if (what && typeof issue.input === 'string')
      return sayProblem(path, 'schema.too-long', { what, limit: Number(bound(issue)), length: issue.input.length });
    if (issue.code === 'too_small' && issue.message === 'a name cannot be empty')
      return sayProblem(path, 'schema.name-empty');
  }
  if (issue.code === 'invalid_value')
    return sayProblem(path, 'schema.not-one-of', { values: issue.values.map(String) });
  if (issue.code === 'invalid_format') {
    if (issue.message.startsWith('an id ')) return sayProblem(path, 'schema.bad-id');
    if (issue.message.startsWith('a colour ')) return sayProblem(path, 'schema.bad-colour');
    if (issue.message.startsWith('a language ')) return sayProblem(path, 'schema.bad-language');
  }
  return null;
}

const bound = (issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall) =>
  issue.code === 'too_big' ? issue.maximum : issue.minimum;
