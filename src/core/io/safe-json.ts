import type { Problem } from '../model/problems.ts';
import { formatPath } from '../model/problems.ts';
import { sayProblem } from '../i18n/say.ts';

export const MAX_FILE_CHARS = 20 * 1024 * 1024;
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses untrusted JSON text: size, syntax, nesting depth and prototype-polluting keys are checked. Never throws. */
export function parseUntrustedJson(text: string): { ok: true; value: unknown } | { ok: false; errors: Problem[] } {
  if (typeof text !== 'string') return fail(sayProblem('(file)', 'file.not-text'));
  if (text.length > MAX_FILE_CHARS) {
    return fail(sayProblem('(file)', 'file.too-large', { megabytes: (text.length / 1024 / 1024).toFixed(1) }));
  }
  if (text.trim() === '') return fail(sayProblem('(file)', 'file.empty'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return fail(sayProblem('(file)', 'file.too-deep', { levels: MAX_DEPTH }));
    return fail(sayProblem('(file)', 'file.not-json', describeSyntaxError(error, text)));
  }
  const shapeProblem = checkShape(value);
  return shapeProblem ? { ok: false, errors: [shapeProblem] } : { ok: true, value };
}

function fail(problem: Problem): { ok: false; errors: Problem[] } {
  return { ok: false, errors: [problem] };
}

/** Walks the tree without recursion, so a hostile depth cannot overflow the stack. */
function checkShape(root: unknown): Problem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_DEPTH) {
      return sayProblem(formatPath(path.slice(0, 8)) + '…', 'file.too-deep', { levels: MAX_DEPTH });
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return sayProblem(formatPath([...path, key]), 'file.forbidden-key', { key });
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** The parser's own words, and the line and column it stopped at when it says where. */
function describeSyntaxError(error: unknown, text: string): { detail: string; line?: number; column?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return { detail: message };
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { detail: message.replace(/ in JSON at position \d+.*$/, ''), line, column };
}
