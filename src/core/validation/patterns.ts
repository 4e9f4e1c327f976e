/** A regular expression typed by a modeller, compiled, or the reason it cannot be used. */
export type CompiledPattern = { ok: true; regex: RegExp } | { ok: false; reason: string };

/**
 * Compiles a user's naming pattern (Unicode mode, so `\p{Lu}` works) without ever throwing.
 * Refuses nested repetition such as `(a+)+`, the usual cause of a regex that hangs the page.
 */
export function compilePattern(pattern: string): CompiledPattern {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch (error) {
    return { ok: false, reason: `it is not a valid regular expression (${error instanceof Error ? error.message : String(error)})` };
  }
  if (hasNestedRepetition(pattern)) {
    return { ok: false, reason: 'it repeats a group that itself repeats (like "(a+)+"), which can take forever on some names' };
  }
  return { ok: true, regex };
}

const QUANTIFIER = /^(?:[*+]|\{\d+,\d*\})/;

/** True when a repeated group contains a repetition: the shape behind catastrophic backtracking. */
function hasNestedRepetition(pattern: string): boolean {
  const groups: boolean[] = []; // per open group: does it contain a repetition?
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') groups.push(false);
    else if (ch === ')') {
      const repeatsInside = groups.pop() ?? false;
      const repeated = QUANTIFIER.test(pattern.slice(i + 1, i + 12));
      if (repeated && repeatsInside) return true;
      if (groups.length && (repeated || repeatsInside)) groups[groups.length - 1] = true;
    } else if (QUANTIFIER.test(pattern.slice(i, i + 12)) && groups.length) groups[groups.length - 1] = true;
  }
  return false;
}
