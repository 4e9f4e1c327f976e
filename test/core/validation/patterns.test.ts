import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { patternReason } from '../../../src/core/i18n/say.ts';
import { compilePattern } from '../../../src/core/validation/index.ts';
import { HOSTILE_PATTERNS } from './fixtures.ts';

const test = (pattern: string, name: string) => {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) throw new Error(patternReason(compiled.reason, 'en'));
  return compiled.regex.test(name);
};

/** Random patterns over a small alphabet, with every construct a naming rule may use. */
const pattern: fc.Arbitrary<string> = fc.letrec<{ p: string }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', ' ', '.', '[ab]', '[^a]', '\\w', '\\s', '\\p{Lu}', '\\b', '^', '$', ''),
    fc.tuple(tie('p'), tie('p')).map(([x, y]) => x + y),
    fc.tuple(tie('p'), tie('p')).map(([x, y]) => `(?:${x}|${y})`),
    fc.tuple(tie('p'), fc.constantFrom('*', '+', '?', '{2}', '{0,2}', '{1,}', '*?')).map(([x, q]) => `(${x})${q}`),
    fc.tuple(tie('p'), fc.constantFrom('?=', '?!')).map(([x, look]) => `(${look}${x})`),
  ),
})).p;

describe('compilePattern', () => {
  it('compiles a Unicode pattern', () => {
    expect(test('^\\p{Lu}\\p{Ll}+ \\S.*$', 'Bearbeite Anfrage')).toBe(true);
    expect(test('^\\p{Lu}\\p{Ll}+ \\S.*$', 'Übernehme Ärger')).toBe(true);
    expect(test('^\\p{Lu}\\p{Ll}+ \\S.*$', 'bearbeite')).toBe(false);
  });

  it('says why a pattern is not a regular expression, without throwing', () => {
    const result = compilePattern('(unclosed');
    expect(result.ok).toBe(false);
    expect(!result.ok && patternReason(result.reason)).toMatch(
      /^it is not a valid regular expression \(Invalid regular expression: .*\)$/,
    );
  });

  it('says why it refuses what cannot be matched in bounded time: back-references, look-behind, huge expansions', () => {
    const reason = (pattern: string) => {
      const compiled = compilePattern(pattern);
      return compiled.ok ? '' : patternReason(compiled.reason);
    };
    expect(reason('(a)\\1')).toMatch(/refers back to a group/);
    expect(reason('(?<=a)b')).toMatch(/looks behind/);
    expect(reason('((a{50}){50}){50}')).toMatch(/more than 2,000 steps/);
  });

  it('says why in German and in Korean once the language is loaded', async () => {
    const reason = (pattern: string) => {
      const compiled = compilePattern(pattern);
      return compiled.ok ? '' : patternReason(compiled.reason);
    };
    try {
      await setDataLanguage('de');
      expect(reason('(unclosed')).toMatch(/^es ist kein gültiger regulärer Ausdruck \(/);
      expect(reason('(a)\\1')).toBe(
        'es verweist auf eine Gruppe zurück („\\1“ oder „\\k<name>“), was eine Namensregel nicht nutzen kann',
      );
      expect(reason('((a{50}){50}){50}')).toMatch(/mehr als 2\.000 Schritte/);
      await setDataLanguage('ko');
      expect(reason('(?<=a)b')).toBe('후방 탐색("(?<=" 또는 "(?<!")을 쓰는데, 명명 규칙에서는 쓸 수 없습니다');
      expect(reason('((a{50}){50}){50}')).toMatch(/^2,000단계 넘게/);
    } finally {
      await setDataLanguage('en');
    }
  });

  it("tests hostile patterns on a long name in bounded time, with JavaScript's answer", () => {
    const name = `${'a'.repeat(199)}!`;
    for (const hostile of HOSTILE_PATTERNS) {
      const start = performance.now();
      expect(test(hostile, name), hostile).toBe(false);
      expect(performance.now() - start, hostile).toBeLessThan(100);
    }
    expect(test('^(a+)+$', 'a'.repeat(200))).toBe(true);
  });

  it("agrees with JavaScript's engine on random patterns and names", () => {
    fc.assert(
      fc.property(pattern, fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'A', 'é'), maxLength: 8 }), (p, name) => {
        expect(test(p, name)).toBe(new RegExp(p, 'u').test(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads classes, escapes, astral characters and look-aheads at every position as JavaScript does', () => {
    const cases: [string, string][] = [
      ['^[\\]a-]+$', ']-a'],
      ['^\\u{1F600}$', '😀'],
      ['^\\uD83D\\uDE00$', '😀'],
      ['^[^]$', '😀'],
      ['^.$', '\n'],
      ['\\x41\\cJ', 'A\n'],
      ['^(?<word>ab)+$', 'abab'],
      ['a{2,}?$', 'baaa'],
      ['^(?:(?=[ab])(?!b{3}).)+$', 'ab'.repeat(20)],
      ['^(?:(?=[ab])(?!b{3}).)+$', `${'ab'.repeat(20)}bbb`],
    ];
    for (const [p, name] of cases) expect(test(p, name), p).toBe(new RegExp(p, 'u').test(name));
  });
});
