import type { PatternReason } from '../i18n/en/patterns.ts';
import { linearRegex, UnsupportedPattern, type LinearRegex } from './linear-regex.ts';

/** A regular expression typed by a modeller or read from a file, compiled, or the reason it cannot be used (worded by patternReason). */
export type CompiledPattern = { ok: true; regex: LinearRegex } | { ok: false; reason: PatternReason };

/**
 * Compiles a naming pattern (Unicode mode, so `\p{Lu}` works) without ever throwing. The result tests a name in
 * time linear in its length, so a hostile pattern such as `^(a+)+$` can never hang the page or the CLI.
 */
export function compilePattern(pattern: string): CompiledPattern {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { ok: false, reason: { kind: 'invalid', detail: error instanceof Error ? error.message : String(error) } };
  }
  try {
    return { ok: true, regex: linearRegex(pattern) };
  } catch (error) {
    if (error instanceof UnsupportedPattern) return { ok: false, reason: error.reason };
    throw error;
  }
}
