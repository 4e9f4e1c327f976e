import { COLUMN_HEADER, ROW_HEADER } from '../layout/geometry.ts';
import { tint } from '../io/mermaid-style.ts';
import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Point, RefDocument, View } from '../model/schema.ts';
import { chipsWidth, MAP_FONTS, MAP_METRICS, processMap, type CountChip, type ProcessMap } from './process-map.ts';
import { estimateWidth, fitLine, wrap, type TextFont } from './text.ts';

/** The shape of an A4 text block (16 × 24 cm): the map picks its sub-columns to fill it. */
export const PAGE_SHAPE = { width: 453, height: 680 };

export interface MapImageOptions {
  /** Default: "model · view · process map". */
  title?: string | undefined;
  legend?: boolean | undefined;
  background?: 'white' | 'transparent' | undefined;
  /** The app's font family; sizes and weights are the canvas's (MAP_FONTS). */
  fontFamily?: string | undefined;
  /** The shape the map is laid out to fill; default an A4 text block. */
  shape?: { width: number; height: number } | undefined;
}

/** The process map of a view as a standalone SVG drawing, and its size. */
export interface MapImage {
  svg: string;
  width: number;
  height: number;
  title: string;
  map: ProcessMap;
}

// Lane names and the legend are as large as process names, so a figure scaled to a page keeps them all readable.
const FONTS = {
  title: { size: 18, weight: 700 },
  lane: { size: 16, weight: 700 },
  legend: { size: 16, weight: 400 },
  count: { size: 14, weight: 700 },
} as const satisfies Record<string, TextFont>;
const MARGIN = 10;
const LEGEND_LINE = 24;
const LEGEND_COLUMN = 440;
const INK = '#1f2933';
const MUTED = '#5b6673';

/** Marks of the counted categories, in the colours the legend explains. */
const CATEGORY_COLOURS: Record<string, string> = {
  'business-object': '#b7791f',
  'quality-measure': '#c05621',
  goal: '#6b46c1',
  'organisational-role': '#2b6cb0',
  'information-system': '#4a5568',
  process: '#2f855a',
};

/**
 * The process map as an SVG document for papers and slides: lane headers, cells with their processes by name and
 * count chips, connectors with arrowheads and relation counts, a title and a legend that says what chips and
 * lines mean. Pure: the same model gives the same file in Node and the browser.
 */
export function mapImage(doc: RefDocument, view: View, metamodel: Metamodel, options: MapImageOptions = {}): MapImage {
  const map = processMap(doc, view, metamodel, options.shape ?? PAGE_SHAPE);
  const title = options.title ?? `${doc.meta.name} · ${view.name} · process map`;
  const width = map.grid.width + 2 * MARGIN;
  const titleLines = wrap(title, map.grid.width, FONTS.title);
  const top = MARGIN + titleLines.length * 24 + 8;
  const categoryName = (id: string) => metamodel.data.categories.find((c) => c.id === id)?.label ?? id;
  const legend = options.legend === false ? null : legendOf(map, map.grid.width, categoryName);
  const height = Math.ceil(top + map.grid.height + (legend ? 16 + legend.height : 0) + MARGIN);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" font-family="${esc(options.fontFamily ?? 'system-ui, sans-serif')}">`,
    `<title>${esc(title)}</title>`,
    '<defs><marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="#3c4650"/></marker></defs>',
  );
  if (options.background !== 'transparent') out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  titleLines.forEach((line, i) => out.push(text(MARGIN, MARGIN + 12 + i * 24, line, FONTS.title, 'title')));
  out.push(
    `<g class="process-map" transform="translate(${MARGIN} ${top})">`,
    lanes(map),
    cells(map, doc, metamodel),
    connectors(map),
    '</g>',
  );
  if (legend)
    out.push(`<g class="legend" transform="translate(${MARGIN} ${top + map.grid.height + 16})">`, legend.svg, '</g>');
  out.push('</svg>');
  return { svg: out.join('\n') + '\n', width, height, title, map };
}

function lanes(map: ProcessMap): string {
  const { grid } = map;
  const out: string[] = ['<g class="lanes">'];
  for (const c of grid.columns) {
    out.push(
      `<rect x="${c.start}" y="0" width="${c.size}" height="${COLUMN_HEADER}" fill="#eceff3"/>`,
      `<rect x="${c.start}" y="${COLUMN_HEADER - 3}" width="${c.size}" height="3" fill="${c.colour}"/>`,
      text(
        c.start + c.size / 2,
        COLUMN_HEADER / 2,
        fitLine(c.name, c.size - 8, FONTS.lane),
        FONTS.lane,
        'lane',
        'middle',
        c.name,
      ),
    );
  }
  for (const r of grid.rows) {
    const cx = ROW_HEADER / 2;
    const cy = r.start + r.size / 2;
    out.push(
      `<rect x="0" y="${r.start}" width="${ROW_HEADER}" height="${r.size}" fill="${tint(r.colour, 0.16)}"/>`,
      `<rect x="${ROW_HEADER - 3}" y="${r.start}" width="3" height="${r.size}" fill="${r.colour}"/>`,
      text(
        cx,
        cy,
        fitLine(r.name, r.size - 8, FONTS.lane),
        FONTS.lane,
        'lane',
        'middle',
        r.name,
        `rotate(-90 ${cx} ${cy})`,
      ),
    );
  }
  out.push('</g>');
  return out.join('\n');
}

function cells(map: ProcessMap, doc: RefDocument, metamodel: Metamodel): string {
  const M = MAP_METRICS;
  const rowColour = new Map(map.grid.rows.map((r) => [r.id, r.colour]));
  const names = new Map(doc.elements.map((e) => [e.id, e.name]));
  const typeOf = new Map(doc.elements.map((e) => [e.id, metamodel.elementType(e.type)?.label ?? e.type]));
  const out: string[] = ['<g class="cells">'];
  for (const cell of map.cells) {
    const colour = rowColour.get(cell.row) ?? '#9aa0a6';
    out.push(
      `<rect x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}" rx="6" fill="${tint(colour, 0.06)}" stroke="${tint(colour, 0.4)}"><title>${esc(`${cell.rowName} · ${cell.columnName}`)}</title></rect>`,
    );
    for (const p of cell.boxes) {
      out.push(
        `<g class="${p.category === 'process' ? 'process' : 'element'}" data-element="${esc(p.id)}">`,
        `<title>${esc(`${typeOf.get(p.id)}: ${names.get(p.id)}${p.chips.length ? ` (${p.chips.map((c) => c.text).join(', ')})` : ''}`)}</title>`,
        // Processes carry the lane's colour bar, as on the canvas; other named elements are rounded boxes.
        p.category === 'process'
          ? `<rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" rx="4" fill="#ffffff" stroke="${tint(colour, 0.7)}" stroke-width="1.5"/><rect x="${p.x}" y="${p.y}" width="4" height="${p.height}" fill="${colour}"/>`
          : `<rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" rx="12" fill="#ffffff" stroke="${tint(colour, 0.7)}" stroke-width="1.5"/>`,
      );
      p.lines.forEach((line, i) =>
        out.push(
          text(
            p.x + M.boxPadX,
            p.y + M.boxPadY + i * M.processLine + M.processLine / 2,
            line,
            MAP_FONTS.process,
            'name',
          ),
        ),
      );
      if (p.chips.length) {
        const inline = p.chipsInline;
        const y = inline
          ? p.y + M.boxPadY + (p.lines.length - 0.5) * M.processLine
          : p.y + M.boxPadY + p.lines.length * M.processLine + 2 + M.detailLine / 2;
        const x = inline ? p.x + p.width - M.boxPadX - chipsWidth(p.chips) : p.x + M.boxPadX;
        out.push(chipRow(p.chips, { x, y }));
      }
      out.push('</g>');
    }
    if (cell.summary.length)
      out.push(chipRow(cell.summary, { x: cell.x + M.cellPad, y: cell.summaryY + M.summaryLine / 2 }));
  }
  out.push('</g>');
  return out.join('\n');
}

// Count chips as the canvas draws them: a category mark and the number, 4 px apart (widths from chipsWidth).
function chipRow(chips: readonly CountChip[], at: Point): string {
  let x = at.x;
  return chips
    .map((c) => {
      const w = chipsWidth([c]);
      const chip = `<g class="chip"><title>${esc(c.text)}</title><rect x="${x}" y="${at.y - 9}" width="${w}" height="18" rx="9" fill="#f3f4f6" stroke="#d2d7dd"/>${mark(c.category, x + 4, at.y - 7)}${text(x + 21, at.y, String(c.count), MAP_FONTS.chip, 'count')}</g>`;
      x += w + 4;
      return chip;
    })
    .join('\n');
}

function connectors(map: ProcessMap): string {
  const out: string[] = ['<g class="connectors">'];
  for (const c of map.connectors) {
    const points = c.points.map((p) => `${p.x},${p.y}`).join(' ');
    const ends = `${c.forward ? ' marker-end="url(#map-arrow)"' : ''}${c.backward ? ' marker-start="url(#map-arrow)"' : ''}`;
    out.push(
      `<polyline class="connector" points="${points}" fill="none" stroke="#3c4650" stroke-width="1.6"${ends}><title>${esc(`${c.relations.length} relations`)}</title></polyline>`,
    );
  }
  // Labels after all lines, so no line runs over a count.
  for (const c of map.connectors) out.push(countLabel(c.label, String(c.relations.length)));
  out.push('</g>');
  return out.join('\n');
}

function countLabel(at: Point, count: string): string {
  const w = Math.ceil(estimateWidth(count, FONTS.count) + 10);
  return `<rect x="${at.x - w / 2}" y="${at.y - 10}" width="${w}" height="20" rx="10" fill="#ffffff" stroke="#3c4650"/>${text(at.x, at.y, count, FONTS.count, 'count', 'middle')}`;
}

/** The legend: what the boxes, chips and lines mean, wrapped to the figure's width. */
function legendOf(
  map: ProcessMap,
  width: number,
  categoryName: (id: string) => string,
): { svg: string; height: number } {
  const counted = [
    ...new Set(
      map.cells.flatMap((c) => [...c.summary, ...c.boxes.flatMap((p) => p.chips)].map((chip) => chip.category)),
    ),
  ];
  const items: { symbol: string; label: string }[] = [
    {
      symbol: `<rect x="0" y="-10" width="28" height="20" rx="4" fill="#ffffff" stroke="#7d8793" stroke-width="1.5"/><rect x="0" y="-10" width="4" height="20" fill="#7d8793"/>`,
      label: 'A process, in the cell of its role and area',
    },
    ...counted.map((category) => ({
      symbol: `<rect x="0" y="-9" width="28" height="18" rx="9" fill="#f3f4f6" stroke="#d2d7dd"/>${mark(category, 4, -7)}`,
      label: `How many ${categoryName(category).toLowerCase()}s`,
    })),
    {
      symbol: `<line x1="0" y1="0" x2="28" y2="0" stroke="#3c4650" stroke-width="1.6" marker-end="url(#map-arrow)"/>`,
      label: 'Relations between two cells; the number says how many, arrows the direction',
    },
  ];
  const note =
    'Chips in a process count the measures, roles and systems folded into it; chips under a cell count its other elements.';
  const out: string[] = [
    `<line x1="0" y1="0" x2="${width}" y2="0" stroke="#d9dde3"/>`,
    text(0, 18, 'Legend', { size: 16, weight: 600 }, 'legend'),
  ];
  let bottom = 0;
  // Items fill columns of at least LEGEND_COLUMN px, top to bottom, so a wide slide keeps its legend short.
  const columns = Math.max(1, Math.min(items.length, Math.floor(width / LEGEND_COLUMN)));
  const columnWidth = width / columns;
  const perColumn = Math.ceil(items.length / columns);
  const top = 18 + LEGEND_LINE + 4;
  let y = top;
  items.forEach((item, i) => {
    const x = Math.floor(i / perColumn) * columnWidth;
    if (i % perColumn === 0) y = top;
    const lines = wrap(item.label, columnWidth - 48, FONTS.legend);
    out.push(`<g transform="translate(${round(x)} ${y})">${item.symbol}</g>`);
    lines.forEach((line, k) => out.push(text(x + 40, y + k * LEGEND_LINE, line, FONTS.legend, 'legend')));
    y += lines.length * LEGEND_LINE + 4;
    bottom = Math.max(bottom, y);
  });
  y = bottom;
  for (const line of wrap(note, width, FONTS.legend)) {
    out.push(text(0, y, line, FONTS.legend, 'legend', 'start', undefined, undefined, MUTED));
    y += LEGEND_LINE;
  }
  return { svg: out.join('\n'), height: y - LEGEND_LINE / 2 };
}

/** A category's mark in a 14 px box at (x, y): the shapes the canvas's icons abbreviate. */
function mark(category: string, x: number, y: number): string {
  const c = CATEGORY_COLOURS[category] ?? MUTED;
  const at = `transform="translate(${x} ${y})"`;
  switch (category) {
    case 'business-object':
      return `<rect ${at} x="1" y="2" width="12" height="10" rx="2.5" fill="${c}"/>`;
    case 'quality-measure':
      return `<g ${at} fill="none" stroke="${c}" stroke-width="2"><path d="M2 11A5.5 5.5 0 1 1 12 11"/><path d="M7 10L10 5"/></g>`;
    case 'goal':
      return `<g ${at} fill="${c}"><rect x="2" y="1" width="1.8" height="12"/><path d="M3.8 1.5H12L9.5 4.5L12 7.5H3.8Z"/></g>`;
    case 'organisational-role':
      return `<g ${at} fill="${c}"><circle cx="7" cy="4" r="3"/><path d="M1.5 13A5.5 5 0 0 1 12.5 13Z"/></g>`;
    case 'information-system':
      return `<g ${at} fill="${c}"><path d="M2 3.5V11A5 2 0 0 0 12 11V3.5Z"/><ellipse cx="7" cy="3.5" rx="5" ry="2" fill="#ffffff" stroke="${c}" stroke-width="1.2"/></g>`;
    default:
      return `<path ${at} d="M1 2H9L13 7L9 12H1L4 7Z" fill="${c}"/>`;
  }
}

// Text placed by its baseline (centre + 0.35 em): dominant-baseline is ignored by some slide programs.
function text(
  x: number,
  centre: number,
  content: string,
  font: TextFont,
  kind: string,
  anchor: 'start' | 'middle' = 'start',
  tooltip?: string,
  transform?: string,
  fill = INK,
): string {
  const attributes = [
    `class="${kind}"`,
    `x="${round(x)}"`,
    `y="${round(centre + font.size * 0.35)}"`,
    `font-size="${font.size}"`,
    `font-weight="${font.weight}"`,
    `fill="${fill}"`,
  ];
  if (anchor === 'middle') attributes.push('text-anchor="middle"');
  if (transform) attributes.push(`transform="${transform}"`);
  return `<text ${attributes.join(' ')}>${tooltip ? `<title>${esc(tooltip)}</title>` : ''}${esc(content)}</text>`;
}

const round = (n: number) => Math.round(n * 100) / 100;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
