import { estimateWidth, wrap, type Measure, type TextFont } from './text.ts';
import type { Carried } from './fold.ts';
import { nodeWords } from './node-words.ts';

/** Fonts of a node on the canvas at zoom 1; the CSS uses the same numbers (see canvas.css). */
export const NODE_FONTS = {
  type: { size: 12, weight: 400 },
  name: { size: 15, weight: 600 },
  chip: { size: 12, weight: 600 },
  item: { size: 13, weight: 400 },
} as const satisfies Record<string, TextFont>;

export const NODE_METRICS = {
  padY: 8,
  typeRow: 16,
  gap: 4,
  nameLine: 19,
  chipRow: 22,
  itemLine: 17,
  icon: 18,
} as const;

const MIN: Record<string, { width: number; height: number }> = {
  'business-object': { width: 176, height: 60 },
  process: { width: 200, height: 64 },
  'quality-measure': { width: 176, height: 56 },
  goal: { width: 184, height: 60 },
  'organisational-role': { width: 184, height: 60 },
  'information-system': { width: 192, height: 60 },
};
const MAX_WIDTH = 280;

/** The least size of a node of a category, before its text makes it grow. */
export function leastNodeSize(category: string | undefined): { width: number; height: number } {
  return (category && MIN[category]) || MIN['business-object']!;
}

/** Horizontal room for text inside a node of a category: where text starts, and the padding on the right. */
export function nodeInsets(category: string): { left: number; right: number } {
  if (category === 'quality-measure') return { left: 16, right: 12 };
  if (category === 'information-system') return { left: 14, right: 12 };
  return { left: 18, right: category === 'process' ? 22 : 12 };
}

/** A chip under a process: its folded measures, or a role or system badge. */
export interface Chip {
  kind: 'measures' | 'role' | 'system';
  text: string;
  /** The folded elements it stands for. */
  ids: string[];
  width: number;
}

/** Everything a node needs to be drawn at a size that holds its text: no name is ever cut. */
export interface NodeBox {
  width: number;
  height: number;
  /** The type label in capitals, wrapped when it is longer than the node is wide. */
  typeLines: string[];
  nameLines: string[];
  /** Chips in rows, for a process carrying folded satellites. */
  chipRows: Chip[][];
  /** The names of the measures listed in the node while they are unfolded in place. */
  items: { id: string; lines: string[] }[];
}

export interface NodeText {
  category: string;
  typeLabel: string;
  name: string;
  optional: boolean;
}

const CHIP_PAD = 18;

/** Chips of what a process carries; the measures chip first, as it is the one that unfolds. */
export function chipsOf(carried: Carried, measure: Measure = estimateWidth): Chip[] {
  const chip = (kind: Chip['kind'], text: string, ids: string[]): Chip => ({
    kind,
    text,
    ids,
    width: Math.ceil(NODE_METRICS.icon + measure(text, NODE_FONTS.chip) + CHIP_PAD),
  });
  const out: Chip[] = [];
  // In the language shown ("7 Kennzahlen"), so the chip is as wide as its words.
  if (carried.measures.length)
    out.push(
      chip(
        'measures',
        nodeWords().measureCount(carried.measures.length),
        carried.measures.map((m) => m.id),
      ),
    );
  for (const r of carried.roles) out.push(chip('role', r.name, [r.id]));
  for (const s of carried.systems) out.push(chip('system', s.name, [s.id]));
  return out;
}

/**
 * The size of a node from its text: wide enough for its type label, as tall as its wrapped name, its chips and,
 * when unfolded, its listed measures.
 */
export function nodeBox(
  text: NodeText,
  carried: Carried | null,
  unfolded: boolean,
  measure: Measure = estimateWidth,
): NodeBox {
  const min = leastNodeSize(text.category);
  const insets = nodeInsets(text.category);
  const typeText = text.typeLabel.toUpperCase();
  // Capitals with a letter spacing of 0.03 em.
  const spaced: Measure = (t, font) => measure(t, font) + [...t].length * 0.03 * font.size;
  const typeWidth = spaced(typeText, NODE_FONTS.type);
  const chips = carried ? chipsOf(carried, measure) : [];
  const widest = Math.max(0, ...chips.map((c) => c.width));
  // Wide enough for the type label up to a limit (past it the label wraps), for the longest word of the name (so no
  // word is broken while it fits a wide node) and for the widest chip.
  const longestWord = Math.max(0, ...text.name.split(/\s+/).map((w) => measure(w, NODE_FONTS.name)));
  const sides = insets.left + insets.right;
  const width = Math.ceil(
    Math.max(
      Math.min(
        MAX_WIDTH,
        Math.max(min.width, sides + NODE_METRICS.icon + typeWidth + (text.optional ? 16 : 0) + 22, sides + longestWord),
      ),
      sides + widest,
    ),
  );
  const room = width - insets.left - insets.right;
  const typeLines = wrap(typeText, room - NODE_METRICS.icon - (text.optional ? 16 : 0) - 22, NODE_FONTS.type, spaced);
  const nameLines = wrap(text.name, room, NODE_FONTS.name, measure);
  const chipRows = flow(chips, room);
  const items =
    unfolded && carried
      ? carried.measures.map((m) => ({ id: m.id, lines: wrap(m.name, room - 16, NODE_FONTS.item, measure) }))
      : [];
  const m = NODE_METRICS;
  const chipsHeight = chipRows.length ? m.gap + chipRows.length * m.chipRow + (chipRows.length - 1) * m.gap : 0;
  const itemsHeight = items.length ? m.gap + items.reduce((sum, i) => sum + i.lines.length * m.itemLine + 6, 0) : 0;
  const height = Math.max(
    min.height,
    Math.ceil(
      2 * m.padY + typeLines.length * m.typeRow + m.gap + nameLines.length * m.nameLine + chipsHeight + itemsHeight,
    ),
  );
  return { width, height, typeLines, nameLines, chipRows, items };
}

function flow(chips: Chip[], room: number): Chip[][] {
  const rows: Chip[][] = [];
  let used = Infinity;
  for (const chip of chips) {
    if (used + 6 + chip.width > room) {
      rows.push([chip]);
      used = chip.width;
    } else {
      rows.at(-1)!.push(chip);
      used += 6 + chip.width;
    }
  }
  return rows;
}
