import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Element, RefDocument, View } from '../model/schema.ts';
import { elementsInView } from '../model/queries.ts';
import {
  cellOf,
  COLUMN_HEADER,
  laneLabelLength,
  lanesOf,
  ROW_HEADER,
  type Band,
  type Grid,
} from '../layout/geometry.ts';
import { carriedBy, foldView } from './fold.ts';
import type { CellRef } from './gutter-router.ts';
import {
  cellPairs,
  connectorPaths,
  drawConnectors,
  leastCrossingPlan,
  type Connector,
  type GutterPlan,
} from './connectors.ts';
import { estimateWidth, READABLE_PX, wrap, type Measure, type TextFont } from './text.ts';

/** Fonts of the process map at zoom 1; the CSS uses the same numbers (see process-map.css). */
export const MAP_FONTS = {
  process: { size: 16, weight: 600 },
  chip: { size: 12, weight: 600 },
  count: { size: 14, weight: 700 },
} as const satisfies Record<string, TextFont>;

export const MAP_METRICS = {
  boxPadX: 8,
  boxPadY: 5,
  processLine: 20,
  detailLine: 18,
  boxGap: 6,
  subGap: 8,
  cellPad: 8,
  summaryLine: 20,
  minCell: 150,
  minRow: 52,
} as const;
/** Box widths the map may choose from to fill the screen's shape. */
const BOX_WIDTHS = [160, 176, 192, 208, 224];
const TRACK = 8;
const MIN_GUTTER = 22;
const MAX_SUBCOLUMNS = 4;
/**
 * A cell names at most this many elements: past it, its processes are counted, and no further category is named.
 * Its boxes could not be read at a fit anyway, and thousands of them (a 10,000-element model has 445 processes in
 * a cell, and 570 business objects) kept the page from answering while they were laid out and drawn.
 */
export const MAX_BOXES_PER_CELL = 60;
/** Fewer names than this on a whole map say too little (issue 21's budget): it names more at the price of a pan. */
const FEW_NAMES = 12;

/** A count of one category, drawn as its icon and the number (the legend names the icons). */
export interface CountChip {
  category: string;
  count: number;
  /** "7 measures", for tooltips and screen readers. */
  text: string;
}

/**
 * An element on the map by name: a process, with what it carries as count chips after the name or on a row of
 * their own, or an element of another category the map has room to name (a goal, a business object, ...).
 */
export interface MapBox {
  id: string;
  category: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  chips: CountChip[];
  chipsInline: boolean;
}

/** One cell of the framework: its processes (and whatever else the map has room to name) as boxes, the rest as counts. */
export interface MapCell {
  key: string;
  row: string | null;
  column: string | null;
  rowName: string;
  columnName: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Processes first, then the named elements of other categories. */
  boxes: MapBox[];
  /** Everything not named, as count chips in one row at the bottom (with room for the open button beside it). */
  summary: CountChip[];
  summaryY: number;
  /** Every element of the view in this cell. */
  elements: string[];
}

/** The process map (Ordnungsrahmen) of a view: the lane grid with processes by name and connectors between cells. */
export interface ProcessMap {
  grid: Grid;
  cells: MapCell[];
  connectors: Connector[];
}

/** The key of the cell an element sits in. */
export function cellKey(row: string | null, column: string | null): string {
  return `${row ?? '-'}|${column ?? '-'}`;
}

const PLURAL: Record<string, [string, string]> = {
  'business-object': ['business object', 'business objects'],
  'quality-measure': ['measure', 'measures'],
  goal: ['goal', 'goals'],
  'organisational-role': ['role', 'roles'],
  'information-system': ['system', 'systems'],
  process: ['process', 'processes'],
};
const counted = (n: number, category: string) => `${n} ${(PLURAL[category] ?? [category, category])[n === 1 ? 0 : 1]}`;

/**
 * Lays out the process map of a view: cells sized to their processes, connectors routed through the gutters
 * between cells (never across one), each gutter wide enough for the lines it carries. Deterministic and cheap.
 */
export function processMap(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  screen: { width: number; height: number } = { width: 1280, height: 800 },
  measure: Measure = estimateWidth,
  /** Name only processes, whatever the room: for exports that cannot keep the map's geometry (Mermaid). */
  options: { processesOnly?: boolean } = {},
): ProcessMap {
  const elements = elementsInView(doc, view);
  const folding = foldView(doc, view, metamodel);
  const categoryOf = (el: Element) => metamodel.elementType(el.type)?.category ?? '';
  const { rowsAre, rowIds, columnIds } = lanesOf(doc, elements);
  const rowIndex = new Map(rowIds.map((l, i) => [l.id, i]));
  const columnIndex = new Map(columnIds.map((l, i) => [l.id, i]));
  const refOf = (el: Element): CellRef => {
    const c = cellOf(el, rowsAre);
    return { row: rowIndex.get(c.row) ?? 0, column: columnIndex.get(c.column) ?? 0 };
  };
  const M = MAP_METRICS;
  // Elements drawn as nodes in detail (not folded into a process): the ones the map may name.
  const drawn = new Set(folding.nodes.map((n) => n.id));

  // How many elements of each category a cell could name: its processes, and the others drawn in detail.
  const nameableIn = new Map<string, number[][]>();
  for (const el of elements) {
    const category = categoryOf(el);
    if (category !== 'process' && !drawn.has(el.id)) continue;
    const counts = nameableIn.get(category) ?? rowIds.map(() => columnIds.map(() => 0));
    nameableIn.set(category, counts);
    const ref = refOf(el);
    counts[ref.row]![ref.column]!++;
  }
  const countIn = (category: string, ref: CellRef) => nameableIn.get(category)?.[ref.row]![ref.column] ?? 0;
  const crowded = (ref: CellRef) => countIn('process', ref) > MAX_BOXES_PER_CELL;
  // Whether every cell keeps to its boxes with these categories by name.
  const roomFor = (named: ReadonlySet<string>) =>
    rowIds.every((_, row) =>
      columnIds.every((_, column) => {
        const ref = { row, column };
        const names = [...named].filter((category) => category !== 'process' || !crowded(ref));
        return names.reduce((sum, category) => sum + countIn(category, ref), 0) <= MAX_BOXES_PER_CELL;
      }),
    );

  // The cells' contents and sizes when the categories in `named` are drawn by name and the rest counted.
  const arrange = (named: ReadonlySet<string>) => {
    // Cell contents: process boxes (still unplaced) and the counts of everything else.
    const contents = rowIds.map(() =>
      columnIds.map(() => ({
        boxes: [] as { id: string; name: string; category: string; chips: CountChip[] }[],
        others: new Map<string, number>(),
        elements: [] as string[],
      })),
    );
    for (const el of elements) {
      const ref = refOf(el);
      const cell = contents[ref.row]![ref.column]!;
      cell.elements.push(el.id);
      const category = categoryOf(el);
      if (category === 'process' && !crowded(ref)) {
        const carried = carriedBy(folding, el.id);
        // Only the measures on the box: roles and systems are in the cell's counts and on the processes one level down.
        const chips = [chip('quality-measure', carried.measures.length)].filter((c) => c.count > 0);
        cell.boxes.push({ id: el.id, name: el.name, category, chips });
      } else if (named.has(category) && category !== 'process' && drawn.has(el.id))
        cell.boxes.push({ id: el.id, name: el.name, category, chips: [] });
      else cell.others.set(category, (cell.others.get(category) ?? 0) + 1);
    }
    // Processes first, in model order, then the other named elements.
    for (const cell of contents.flat())
      cell.boxes.sort((a, b) => Number(b.category === 'process') - Number(a.category === 'process'));
    const summaries = contents.map((row) =>
      row.map((cell) =>
        metamodel.data.categories.map((cat) => chip(cat.id, cell.others.get(cat.id) ?? 0)).filter((c) => c.count > 0),
      ),
    );
    // A lane is at least as long as its name in the headers at the readable zoom (12 px bold capitals).
    const labelLength = (name: string) => laneLabelLength(name, READABLE_PX / MAP_FONTS.process.size) - MIN_GUTTER;
    const rowLabel = rowIds.map((l) => labelLength(l.name));
    const columnLabel = columnIds.map((l) => labelLength(l.name));
    // Sub-columns of boxes per lane column, chosen so the map fills the screen's shape at the largest zoom.
    const stacked = new Map<string, ReturnType<typeof stackBoxes>>();
    const sized = (perColumn: number[], boxWidth: number) => {
      const boxes = boxesAt.get(boxWidth)!;
      const contentWidth = perColumn.map((k, c) =>
        Math.max(k * boxWidth + (k - 1) * M.subGap, M.minCell, ...summaries.map((row) => chipsWidth(row[c]!))),
      );
      const stacks = boxes.map((row, r) =>
        row.map((cellBoxes, c) => {
          // The same cell stacked the same way recurs across many choices: stack it once.
          const key = `${boxWidth}:${r}:${c}:${perColumn[c]}`;
          const stack = stacked.get(key) ?? stackBoxes(cellBoxes, perColumn[c]!, boxWidth);
          stacked.set(key, stack);
          return stack;
        }),
      );
      const columnWidths = contentWidth.map((w, c) => Math.max(w + 2 * M.cellPad, columnLabel[c]!));
      const rowHeights = contents.map((row, r) =>
        Math.max(
          M.minRow,
          rowLabel[r]!,
          ...row.map(
            (_, c) =>
              2 * M.cellPad +
              stacks[r]![c]!.height +
              (contents[r]![c]!.elements.length ? (stacks[r]![c]!.height ? 8 : 0) + M.summaryLine : 0),
          ),
        ),
      );
      const width = ROW_HEADER + columnWidths.reduce((a, b) => a + b, 0) + (columnWidths.length + 1) * MIN_GUTTER;
      const height = COLUMN_HEADER + rowHeights.reduce((a, b) => a + b, 0) + (rowHeights.length + 1) * MIN_GUTTER;
      return { stacks, columnWidths, rowHeights, zoom: Math.min(screen.width / width, screen.height / height) };
    };
    const needed = columnIds.map((_, c) => Math.max(1, ...contents.map((row) => row[c]!.boxes.length)));
    // A box is at least as wide as its longest word, so no word is broken.
    const longestWord = Math.max(
      0,
      ...contents
        .flat()
        .flatMap((cell) => cell.boxes.flatMap((p) => p.name.split(/\s+/).map((w) => measure(w, MAP_FONTS.process)))),
    );
    const widths = BOX_WIDTHS.filter((w) => w - 2 * M.boxPadX >= longestWord);
    const boxWidths = widths.length ? widths : [Math.ceil(longestWord + 2 * M.boxPadX)];
    const boxesAt = new Map(
      boxWidths.map((w) => [
        w,
        contents.map((row) => row.map((cell) => cell.boxes.map((p) => processBox(p, w, measure)))),
      ]),
    );
    let best = sized(
      needed.map(() => 1),
      boxWidths[0]!,
    );
    for (const width of boxWidths) {
      for (const choice of subColumnChoices(needed)) {
        const candidate = sized(choice, width);
        if (candidate.zoom > best.zoom + 1e-9) best = candidate;
      }
    }
    return { named, contents, summaries, ...best };
  };
  // Processes always by name; each further category by name too while the whole map still reads at 12 px.
  let arranged = arrange(new Set(['process']));
  const names = (candidate: ReturnType<typeof arrange>) =>
    candidate.zoom >= READABLE_PX / MAP_FONTS.process.size
      ? candidate.contents.flat().reduce((n, cell) => n + cell.boxes.length, 0)
      : namesOnFirstScreen(candidate);
  // The most numerous categories first: they say most about what the view is of (goals in an objectives chain).
  const total = (category: string) =>
    nameableIn
      .get(category)!
      .flat()
      .reduce((a, b) => a + b, 0);
  const byCount = [...nameableIn.keys()]
    .filter((category) => category !== 'process')
    .sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  const readableZoom = READABLE_PX / MAP_FONTS.process.size;
  // The boxes whole on a first screen that shows the map from its top-left at the readable zoom.
  const namesOnFirstScreen = (candidate: ReturnType<typeof arrange>) => {
    const right = screen.width / readableZoom;
    const bottom = screen.height / readableZoom;
    let y = COLUMN_HEADER + MIN_GUTTER;
    let count = 0;
    candidate.rowHeights.forEach((rowHeight, r) => {
      let x = ROW_HEADER + MIN_GUTTER;
      candidate.columnWidths.forEach((columnWidth, c) => {
        for (const box of candidate.stacks[r]![c]!.boxes)
          if (x + M.cellPad + box.x + box.width <= right && y + M.cellPad + box.y + box.height <= bottom) count++;
        x += columnWidth + MIN_GUTTER;
      });
      y += rowHeight + MIN_GUTTER;
    });
    return count;
  };
  for (const category of options.processesOnly ? [] : byCount) {
    const named = new Set([...arranged.named, category]);
    if (!roomFor(named)) continue;
    const candidate = arrange(named);
    if (candidate.zoom >= readableZoom) arranged = candidate;
    // A map that names too few to read by when whole names more and opens on its top-left, needing a pan.
    else if (names(arranged) < FEW_NAMES && namesOnFirstScreen(candidate) > names(arranged)) arranged = candidate;
  }
  const { contents, summaries, stacks, columnWidths, rowHeights } = arranged;

  // Connectors: cross-cell relations of the folded view, one per pair of cells, each gutter as wide as its tracks need.
  const byId = new Map(elements.map((e) => [e.id, e]));
  const pairs = cellPairs(folding.relations, (id) => {
    const el = byId.get(id);
    if (!el) return undefined;
    const ref = refOf(el);
    return { ref, key: cellKey(rowIds[ref.row]!.id, columnIds[ref.column]!.id) };
  });
  const abstractLines = (sizes: number[]) =>
    sizes.reduce<number[]>((acc, size) => [...acc, acc.at(-1)! + size + MIN_GUTTER], [0]);
  // Gutters as wide as the tracks a plan gives them; cells between them.
  const geometryOf = (plan: GutterPlan) => {
    const gutterWidth = (axis: 'v' | 'h', index: number) =>
      Math.max(MIN_GUTTER, ((plan.count.get(`${axis}${index}`) ?? 0) + 1) * TRACK);
    const lineAt: Record<'v' | 'h', number[]> = { v: [], h: [] };
    const cellStart: Record<'v' | 'h', number[]> = { v: [], h: [] };
    for (const axis of ['v', 'h'] as const) {
      const sizes = axis === 'v' ? columnWidths : rowHeights;
      let at = axis === 'v' ? ROW_HEADER : COLUMN_HEADER;
      for (let i = 0; i <= sizes.length; i++) {
        const g = gutterWidth(axis, i);
        lineAt[axis].push(at + g / 2);
        at += g;
        if (i < sizes.length) {
          cellStart[axis].push(at);
          at += sizes[i]!;
        }
      }
    }
    const rect = (ref: CellRef) => ({
      x: cellStart.v[ref.column]!,
      y: cellStart.h[ref.row]!,
      w: columnWidths[ref.column]!,
      h: rowHeights[ref.row]!,
    });
    return { gutterWidth, lineAt, cellStart, rect };
  };
  const planKey = JSON.stringify([columnWidths, rowHeights, pairs]);
  const plan =
    plans.get(planKey) ??
    leastCrossingPlan(pairs, abstractLines(columnWidths), abstractLines(rowHeights), (candidate) =>
      connectorPaths(candidate, { ...geometryOf(candidate), spacing: () => TRACK }),
    );
  keepPlan(planKey, plan);
  const geometry = geometryOf(plan);
  const { gutterWidth, lineAt, cellStart } = geometry;
  const bands = (ids: typeof rowIds, axis: 'v' | 'h', sizes: number[]): Band[] =>
    ids.map((lane, i) => {
      const start = i === 0 ? (axis === 'v' ? ROW_HEADER : COLUMN_HEADER) : lineAt[axis][i]!;
      const end =
        i === ids.length - 1 ? cellStart[axis][i]! + sizes[i]! + gutterWidth(axis, i + 1) : lineAt[axis][i + 1]!;
      return { id: lane.id, name: lane.name, colour: lane.colour, start, size: end - start };
    });
  const columns = bands(columnIds, 'v', columnWidths);
  const rows = bands(rowIds, 'h', rowHeights);
  const grid: Grid = {
    rowsAre,
    rows,
    columns,
    width: columns.at(-1)!.start + columns.at(-1)!.size,
    height: rows.at(-1)!.start + rows.at(-1)!.size,
  };

  const cells: MapCell[] = [];
  rowIds.forEach((rowLane, r) =>
    columnIds.forEach((columnLane, c) => {
      const x = cellStart.v[c]!;
      const y = cellStart.h[r]!;
      const stack = stacks[r]![c]!;
      const boxes = stack.boxes.map((b) => ({ ...b, x: x + M.cellPad + b.x, y: y + M.cellPad + b.y }));
      cells.push({
        key: cellKey(rowLane.id, columnLane.id),
        row: rowLane.id,
        column: columnLane.id,
        rowName: rowLane.name,
        columnName: columnLane.name,
        x,
        y,
        width: columnWidths[c]!,
        height: rowHeights[r]!,
        boxes,
        summary: summaries[r]![c]!,
        summaryY: y + M.cellPad + stack.height + (stack.height ? 8 : 0),
        elements: contents[r]![c]!.elements,
      });
    }),
  );
  // A count covers no box and no cell's counts (drawn 8 px above its bottom, 18 px high; see canvas.css).
  const obstacles = cells.flatMap((cell) => [
    ...cell.boxes,
    ...(cell.summary.length
      ? [{ x: cell.x + M.cellPad, y: cell.y + cell.height - 26, width: chipsWidth(cell.summary), height: 18 }]
      : []),
  ]);
  const connectors = drawConnectors(plan, { ...geometry, spacing: () => TRACK }, obstacles);
  return { grid, cells, connectors };
}

/**
 * The last few connector plans by the cells' sizes and the relations between them: planning is most of a map's cost
 * (about 0.3 s for the shipped model), and the same cells recur when a bar changes the canvas' height by a few pixels
 * or the level is chosen, so each is planned once.
 */
const plans = new Map<string, GutterPlan>();
const PLANS_KEPT = 4;

function keepPlan(key: string, plan: GutterPlan) {
  plans.delete(key);
  plans.set(key, plan);
  if (plans.size > PLANS_KEPT) plans.delete(plans.keys().next().value!);
}

// Every choice of 1..4 sub-columns per lane column (no more than a column has boxes); one shared choice past 4 columns.
function* subColumnChoices(needed: number[]): Generator<number[]> {
  const options = needed.map((n) => Array.from({ length: Math.min(MAX_SUBCOLUMNS, n) }, (_, i) => i + 1));
  if (needed.length > 4) {
    for (let k = 1; k <= MAX_SUBCOLUMNS; k++) yield needed.map((n) => Math.min(k, n));
    return;
  }
  const pick = (i: number, acc: number[]): number[][] =>
    i === options.length ? [acc] : options[i]!.flatMap((k) => pick(i + 1, [...acc, k]));
  yield* pick(0, []);
}

// A process box of a width: its name wrapped, and what it carries as a line of counts.
function processBox(
  p: { id: string; name: string; category: string; chips: CountChip[] },
  width: number,
  measure: Measure,
): MapBox {
  const M = MAP_METRICS;
  const room = width - 2 * M.boxPadX;
  const lines = wrap(p.name, room, MAP_FONTS.process, measure);
  const chips = chipsWidth(p.chips);
  const chipsInline = chips === 0 || measure(lines.at(-1)!, MAP_FONTS.process) + 8 + chips <= room;
  const height = 2 * M.boxPadY + lines.length * M.processLine + (chipsInline ? 0 : M.detailLine + 2);
  return { id: p.id, category: p.category, x: 0, y: 0, width, height, lines, chips: p.chips, chipsInline };
}

/** The drawn width of a row of count chips: icon, number and padding each, 4 px apart (see process-map.css). */
export function chipsWidth(chips: readonly CountChip[]): number {
  return chips.reduce((sum, c, i) => sum + (i ? 4 : 0) + 14 + 3 + String(c.count).length * 8 + 8, 0);
}

function chip(category: string, count: number): CountChip {
  return { category, count, text: counted(count, category) };
}

// Boxes in k sub-columns, filled top to bottom, left to right.
function stackBoxes(boxes: MapBox[], k: number, boxWidth: number): { boxes: MapBox[]; height: number } {
  const per = Math.max(1, Math.ceil(boxes.length / k));
  let height = 0;
  let above = 0;
  const placed = boxes.map((b, i) => {
    if (i % per === 0) above = 0;
    const box = { ...b, x: Math.floor(i / per) * (boxWidth + MAP_METRICS.subGap), y: above };
    height = Math.max(height, above + b.height);
    above += b.height + MAP_METRICS.boxGap;
    return box;
  });
  return { boxes: placed, height };
}
