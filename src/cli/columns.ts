/**
 * Terminal columns for the CLI's tables: a Hangul syllable or a CJK ideograph is two columns wide (East Asian Wide
 * and Fullwidth), a combining mark none, so a table pads by what a terminal shows, not by UTF-16 length.
 */

// Unicode's East Asian Width W and F ranges that text in Refmod's languages uses (Hangul, CJK, fullwidth forms, emoji).
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}]/u;
const ZERO = /[\p{Mn}\p{Me}\u00AD\u200B-\u200F]/u;

/** How many terminal columns the text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/** The text followed by spaces up to the width in terminal columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The text after spaces up to the width in terminal columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** A column's width: at least the given one, wider where an entry needs it. */
export function columnWidth(least: number, entries: readonly string[]): number {
  return Math.max(least, ...entries.map(displayWidth));
}
