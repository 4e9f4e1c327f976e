import type { ImageWords } from '../i18n/image-words.ts';
import type { Metamodel } from '../metamodel/metamodel.ts';
import { absolutePosition, borderPoint, computeGrid, type Grid } from '../layout/geometry.ts';
import { elementsInView, relationsInView } from '../model/queries.ts';
import type { Element, Point, RefDocument, View } from '../model/schema.ts';
import { elementColour } from './colours.ts';
import { leastNodeSize } from './node-box.ts';
import { relationColour, relationDash } from './relation-style.ts';
import { fitLine, wrap, type Measure, type TextFont } from './text.ts';

export interface ImageOptions {
  legend: boolean;
  /** Write each relation's label on its line (the canvas shows them only on selection). */
  labels: boolean;
  /** The legend's words, in the image's language. */
  words: ImageWords;
}

export interface ImageNode {
  element: Element;
  category: string;
  colour: string;
  x: number;
  y: number;
  width: number;
  height: number;
  typeText: string;
  nameLines: string[];
}

export interface ImageEdge {
  id: string;
  from: Point;
  to: Point;
  colour: string;
  dash: string | undefined;
  label: { text: string; width: number } | null;
}

export type LegendSymbol =
  | { kind: 'shape'; category: string; colour: string }
  | { kind: 'swatch'; colour: string }
  | { kind: 'line'; colour: string; dash: string | undefined }
  | { kind: 'optional' };

export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
  x: number;
  y: number;
}

export interface ViewImageModel {
  width: number;
  height: number;
  /** Where the lane grid starts (the margin). */
  origin: Point;
  grid: Grid;
  /** Lane names as drawn in the headers: upper case, cut to the lane. */
  columnLabels: string[];
  rowLabels: string[];
  nodes: ImageNode[];
  edges: ImageEdge[];
  title: string;
  legend: { y: number; title: string; headings: { text: string; y: number }[]; items: LegendItem[] } | null;
}

export const IMAGE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans KR', sans-serif";
const MARGIN = 20;
const LEGEND_ROW = 24;
const LEGEND_INDENT = 92;
export const TYPE_FONT: TextFont = { size: 11, weight: 400 };
export const NAME_FONT: TextFont = { size: 13, weight: 600 };
const LABEL_FONT: TextFont = { size: 12, weight: 400 };
const LEGEND_FONT: TextFont = { size: 13, weight: 400 };
const COLUMN_FONT: TextFont = { size: 15, weight: 600 };
const ROW_FONT: TextFont = { size: 15, weight: 700 };

/** Horizontal room for text inside a node of a category: where text starts, and the padding on the right. */
export function nodeInsets(category: string): { left: number; right: number } {
  if (category === 'quality-measure') return { left: 15.5, right: 12 };
  if (category === 'information-system') return { left: 13.5, right: 12 };
  return { left: 18, right: category === 'process' ? 22 : 12 };
}

/**
 * The drawing of a view as the canvas shows it: the lane grid, nodes at their places, straight relations
 * between node borders, and a legend of what the view uses. `positions` fill in where the view has none.
 */
export function layoutViewImage(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  positions: Readonly<Record<string, Point>>,
  options: ImageOptions,
  measure: Measure,
): ViewImageModel {
  const elements = elementsInView(doc, view);
  const categoryOf = (el: Element) => metamodel.elementType(el.type)?.category ?? '';
  const sizeOf = (el: Element) => leastNodeSize(categoryOf(el));
  const placed: View = { ...view, positions: { ...positions, ...view.positions } };
  const grid = computeGrid(doc, placed, elements, sizeOf);
  const origin = { x: MARGIN, y: MARGIN };
  const nodes = elements.map((el): ImageNode => {
    const at = absolutePosition(grid, el, placed.positions[el.id] ?? { x: 0, y: 0 });
    const { width, height } = sizeOf(el);
    const category = categoryOf(el);
    const insets = nodeInsets(category);
    const room = width - insets.left - insets.right;
    const typeLabel = (metamodel.elementType(el.type)?.label ?? el.type).toUpperCase();
    return {
      element: el,
      category,
      colour: elementColour(doc, metamodel, el),
      x: at.x + origin.x,
      y: at.y + origin.y,
      width,
      height,
      typeText: fitLine(typeLabel, room - 18 - (el.optional ? 14 : 0), TYPE_FONT, measure),
      nameLines: wrap(el.name, room, NAME_FONT, measure, 2),
    };
  });
  const byId = new Map(nodes.map((n) => [n.element.id, n]));
  const rect = (n: ImageNode) => ({ x: n.x, y: n.y, w: n.width, h: n.height });
  const edges = relationsInView(doc, view).flatMap((rel): ImageEdge[] => {
    const a = byId.get(rel.source);
    const b = byId.get(rel.target);
    if (!a || !b || a === b) return [];
    const type = metamodel.relationType(rel.type);
    const text = rel.label || type?.label || rel.type;
    return [
      {
        id: rel.id,
        from: borderPoint(rect(a), rect(b)),
        to: borderPoint(rect(b), rect(a)),
        colour: relationColour(rel.type),
        dash: relationDash(type?.line),
        label: options.labels ? { text, width: measure(text, LABEL_FONT) + 8 } : null,
      },
    ];
  });
  const contentWidth = Math.max(grid.width, 640);
  const title = `${doc.meta.name} · ${view.name}`;
  const legend = options.legend
    ? layoutLegend(
        doc,
        view,
        metamodel,
        nodes,
        origin.y + grid.height + 24,
        contentWidth,
        title,
        measure,
        options.words,
      )
    : null;
  const bottom = legend
    ? Math.max(...legend.items.map((i) => i.y), ...legend.headings.map((h) => h.y)) + LEGEND_ROW / 2
    : origin.y + grid.height;
  return {
    width: Math.ceil(contentWidth + 2 * MARGIN),
    height: Math.ceil(bottom + MARGIN),
    origin,
    grid,
    columnLabels: grid.columns.map((c) => fitLine(c.name.toUpperCase(), c.size - 16, COLUMN_FONT, measure)),
    rowLabels: grid.rows.map((r) => fitLine(r.name.toUpperCase(), r.size - 16, ROW_FONT, measure)),
    nodes,
    edges,
    title,
    legend,
  };
}

// One heading per row group (shapes, colours, lines), the items flowing after it and wrapping under it.
function layoutLegend(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  nodes: ImageNode[],
  top: number,
  width: number,
  title: string,
  measure: Measure,
  m: ImageWords,
): NonNullable<ViewImageModel['legend']> {
  const colourBy = doc.designGoals.colourBy;
  const groups: { heading: string; items: { symbol: LegendSymbol; label: string }[] }[] = [];
  const categories = metamodel.data.categories.filter((c) => nodes.some((n) => n.category === c.id));
  const colourOfCategory = (id: string) =>
    colourBy === 'type' ? (nodes.find((n) => n.category === id)?.colour ?? '#5b6673') : '#5b6673';
  groups.push({
    heading: m.legendShapes,
    items: categories.map((c) => ({
      symbol: { kind: 'shape', category: c.id, colour: colourOfCategory(c.id) },
      label: c.label,
    })),
  });
  if (colourBy !== 'type') {
    const lanes = colourBy === 'role' ? doc.macroStructure.roles : doc.macroStructure.areas;
    const used = lanes.filter((l) =>
      nodes.some((n) => (colourBy === 'role' ? n.element.role : n.element.area) === l.id),
    );
    groups.push({
      heading: colourBy === 'role' ? m.legendRoles : m.legendAreas,
      items: used.map((l) => ({ symbol: { kind: 'swatch', colour: l.colour }, label: l.name })),
    });
  }
  const relationTypes = metamodel.data.relationTypes.filter((t) =>
    relationsInView(doc, view).some((r) => r.type === t.id),
  );
  const lines: { symbol: LegendSymbol; label: string }[] = relationTypes.map((t) => ({
    symbol: { kind: 'line', colour: relationColour(t.id), dash: relationDash(t.line) },
    label: t.label,
  }));
  if (nodes.some((n) => n.element.optional)) lines.push({ symbol: { kind: 'optional' }, label: m.legendOptional });
  groups.push({ heading: m.legendRelations, items: lines });

  const headings: { text: string; y: number }[] = [];
  const items: LegendItem[] = [];
  let y = top + LEGEND_ROW * 1.5;
  for (const group of groups.filter((g) => g.items.length)) {
    headings.push({ text: group.heading, y });
    let x = LEGEND_INDENT;
    for (const item of group.items) {
      const label = fitLine(item.label, width - LEGEND_INDENT - 40, LEGEND_FONT, measure);
      const itemWidth = 34 + measure(label, LEGEND_FONT) + 20;
      if (x > LEGEND_INDENT && x + itemWidth > width) {
        x = LEGEND_INDENT;
        y += LEGEND_ROW;
      }
      items.push({ symbol: item.symbol, label, x: MARGIN + x, y });
      x += itemWidth;
    }
    y += LEGEND_ROW;
  }
  return { y: top, title: fitLine(title, width, { size: 14, weight: 600 }, measure), headings, items };
}
