import type { Problem } from '../model/problems.ts';
import { formatPath } from '../model/problems.ts';

export const MAX_FILE_CHARS = 20 * 1024 * 1024;
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses untrusted JSON text: size, syntax, nesting depth and prototype-polluting keys are checked. Never throws. */
export function parseUntrustedJson(text: string): { ok: true; value: unknown } | { ok: false; errors: Problem[] } {
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  if (text.length > MAX_FILE_CHARS) {
    return fail(`The file is ${(text.length / 1024 / 1024).toFixed(1)} MB; Refmod opens models up to 20 MB.`);
  }
  if (text.trim() === '') return fail('The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return fail(`The file is nested deeper than ${MAX_DEPTH} levels.`);
    return fail(`The file is not valid JSON (${describeSyntaxError(error, text)}). Was it cut off or edited by hand?`);
  }
  const shapeProblem = checkShape(value);
  return shapeProblem ? { ok: false, errors: [shapeProblem] } : { ok: true, value };
}

function fail(message: string): { ok: false; errors: Problem[] } {
  return { ok: false, errors: [{ path: '(file)', message }] };
}

/** Walks the tree without recursion, so a hostile depth cannot overflow the stack. */
function checkShape(root: unknown): Problem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_DEPTH) {
      return {
        path: formatPath(path.slice(0, 8)) + '…',
        message: `The file is nested deeper than ${MAX_DEPTH} levels.`,
      };
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return {
          path: formatPath([...path, key]),
          message: `The key "${key}" is not allowed in a model file (it could alter JavaScript objects).`,
        };
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

function describeSyntaxError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
