import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../../src/core/validation/index.ts';

describe('compilePattern', () => {
  it('compiles a Unicode pattern', () => {
    const result = compilePattern('^\\p{Lu}\\p{Ll}+ \\S.*$');
    expect(result.ok && result.regex.test('Bearbeite Anfrage')).toBe(true);
    expect(result.ok && result.regex.test('Übernehme Ärger')).toBe(true);
  });

  it('says why a pattern is not a regular expression, without throwing', () => {
    const result = compilePattern('(unclosed');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^it is not a valid regular expression \(Invalid regular expression: .*\)$/);
  });

  it('refuses nested repetition that can hang on a long name, and allows its harmless cousins', () => {
    for (const bad of ['(a+)+$', '(\\w*)*x', '((ab)+c?)+', '(?:x|y+){2,}']) expect(compilePattern(bad).ok, bad).toBe(false);
    for (const fine of ['^(?=.{1,40}$)\\p{Lu}', '(ab)+', '^[(+*)]+$', '\\(a+\\)+', '(a|b){3}']) expect(compilePattern(fine).ok, fine).toBe(true);
  });
});
