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
