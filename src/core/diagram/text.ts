/** Names are readable from this size on screen (print needs 9 pt, about 12 px). */
export const READABLE_PX = 12;
/** No text is drawn smaller than this on screen. */
export const MIN_TEXT_PX = 9;

/** What a text is drawn in; the family is the app's. */
export interface TextFont {
  size: number;
  weight: number;
}
/** The width of a text in pixels. */
export type Measure = (text: string, font: TextFont) => number;

// Widths of printable ASCII in hundredths of an em: the widest of system-ui, Liberation Sans, DejaVu Sans and Arial,
// measured in Chromium, so a line planned here never overflows on screen.
const REGULAR = [
  32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 56, 102, 69, 69, 73, 78, 67, 62, 78, 76, 30, 50, 67, 56, 87, 75, 79, 67, 79, 73, 67, 62, 74, 69, 99, 69, 67,
  69, 40, 34, 40, 84, 56, 50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, 64, 64, 42, 53, 40, 64, 60,
  82, 60, 60, 53, 64, 34, 64, 84,
];
const BOLD = [
  35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
  84, 84, 62, 100, 78, 77, 74, 84, 69, 69, 83, 84, 38, 56, 78, 64, 100, 84, 86, 74, 86, 78, 73, 69, 82, 78, 111, 78, 73,
  73, 46, 37, 46, 84, 56, 50, 68, 72, 60, 72, 68, 44, 72, 72, 35, 35, 67, 35, 105, 72, 69, 72, 72, 50, 60, 48, 72, 66,
  93, 65, 66, 59, 72, 37, 72, 84,
];
const SAFETY = 1.04;

/** Wide characters: Hangul, CJK, kana and full-width forms take a whole em. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60)
  );
}

/**
 * A deterministic, slightly generous estimate of a text's width, the same in Node and the browser, so node sizes,
 * layouts and exports agree everywhere.
 */
export const estimateWidth: Measure = (text, font) => {
  const table = font.weight >= 600 ? BOLD : REGULAR;
  let hundredths = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 32 && code < 127) hundredths += table[code - 32]!;
    else if (isWide(code)) hundredths += 100;
    else if (code >= 0x300 && code < 0x370) continue;
    else hundredths += 76;
  }
  return (hundredths / 100) * font.size * SAFETY;
};

/** A text cut to a width, with an ellipsis when cut. */
export function fitLine(text: string, width: number, font: TextFont, measure: Measure = estimateWidth): string {
  if (measure(text, font) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + '…', font) <= width) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + '…';
}

/**
 * A text broken into lines of a width, at spaces where possible and between characters inside a word wider than
 * the line. With `max`, the last line ends in an ellipsis when text remains; without, every word is kept.
 */
export function wrap(
  text: string,
  width: number,
  font: TextFont,
  measure: Measure = estimateWidth,
  max = Infinity,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= width) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
    }
    if (lines.length === max) return finish(lines, words.slice(i).join(' '), width, font, measure);
    if (measure(word, font) <= width) {
      line = word;
      continue;
    }
    const chars = [...word];
    while (chars.length) {
      let take = chars.length;
      while (take > 1 && measure(chars.slice(0, take).join(''), font) > width) take--;
      const piece = chars.splice(0, take).join('');
      if (!chars.length) line = piece;
      else {
        lines.push(piece);
        if (lines.length === max)
          return finish(lines, [chars.join(''), ...words.slice(i + 1)].join(' '), width, font, measure);
      }
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

// The last line takes what is left, cut with an ellipsis.
function finish(lines: string[], rest: string, width: number, font: TextFont, measure: Measure): string[] {
  const last = lines.pop() ?? '';
  return [...lines, fitLine(`${last} ${rest}`.trim(), width, font, measure)];
}
