import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateWidth, fitLine, wrap } from '../../../src/core/diagram/text.ts';

const font = { size: 15, weight: 600 };

describe('text measure and wrap', () => {
  it('keeps every word and never plans a line wider than the room when the words fit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9()-]{1,8}$/), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 150, max: 300 }),
        (words, room) => {
          const lines = wrap(words.join(' '), room, font);
          expect(lines.join(' ').split(' ')).toEqual(words);
          for (const line of lines) expect(estimateWidth(line, font)).toBeLessThanOrEqual(room);
        },
      ),
    );
  });

  it('breaks a word longer than the room between characters, and loses none of them', () => {
    const lines = wrap('Telekommunikationsdienstleistungsunternehmen', 120, font);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Telekommunikationsdienstleistungsunternehmen');
  });

  it('counts Hangul as a whole em, so Korean names are planned wide enough', () => {
    expect(estimateWidth('불만 관리', { size: 10, weight: 400 })).toBeGreaterThan(40);
    expect(wrap('고객 불만 관리 프로세스', 60, { size: 10, weight: 400 }).length).toBeGreaterThan(1);
  });

  it('cuts with an ellipsis only where a line is asked to fit', () => {
    expect(fitLine('Short', 200, font)).toBe('Short');
    expect(fitLine('A rather long line of text', 80, font)).toMatch(/…$/);
  });
});
