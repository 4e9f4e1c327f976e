import { describe, expect, it } from 'vitest';
import { columnWidth, displayWidth, padEnd, padStart } from '../../src/cli/columns.ts';

describe('terminal columns', () => {
  it('counts a Hangul syllable or CJK ideograph as two columns, a combining mark as none', () => {
    expect(displayWidth('Score')).toBe(5);
    expect(displayWidth('기준')).toBe(4);
    expect(displayWidth('해당 없음')).toBe(9);
    expect(displayWidth('評価')).toBe(4);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('Wirtschaft\u00adlichkeit')).toBe(18);
  });

  it('pads by display width, so Hangul and Latin cells end in the same column', () => {
    expect(padEnd('기준', 9)).toBe('기준     ');
    expect(padEnd('Kriterium', 9)).toBe('Kriterium');
    expect(displayWidth(padEnd('점수', 9))).toBe(displayWidth(padEnd('n/a', 9)));
    expect(padStart('비중', 5)).toBe(' 비중');
    expect(padEnd('too long', 3)).toBe('too long');
  });

  it('widens a column to its widest entry', () => {
    expect(columnWidth(5, ['2', '1.00'])).toBe(5);
    expect(columnWidth(5, ['2', '해당 없음'])).toBe(9);
  });
});
