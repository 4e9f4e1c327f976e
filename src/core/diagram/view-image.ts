import type { ImageWords } from '../i18n/image-words.ts';
import { COLUMN_HEADER, ROW_HEADER } from '../layout/geometry.ts';
import { CATEGORY_ICON_PATHS } from './category-icons.ts';
import { IMAGE_FONT, nodeInsets, type ImageNode, type LegendSymbol, type ViewImageModel } from './view-image-layout.ts';

export interface ViewImageSvgOptions {
  background: 'white' | 'transparent';
  /** The tooltips' words, in the image's language. */
  words: ImageWords;
  /** Starts the ids of clip paths and markers, distinct for each image that shares a page. @default 'vi' */
  idPrefix?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The id of the `<metadata>` element that carries the model's canonical JSON in an exported SVG. */
export const SVG_MODEL_ID = 'refmod-model';

/** `a` mixed into `b` by the share `t` (0..1), as CSS color-mix does for the canvas. */
function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) * t + channel(b, i) * (1 - t))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

// Text escapes only what XML needs there, as the browser's XMLSerializer did; attributes escape quotes too.
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escape(text).replace(/"/g, '&quot;');

type Attributes = Record<string, string | number | undefined>;
const attributes = (a: Attributes) =>
  Object.entries(a)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
/** An element: empty when it has no content, else with its content (already SVG). */
const tag = (name: string, a: Attributes, content?: string) =>
  content === undefined ? `<${name}${attributes(a)}/>` : `<${name}${attributes(a)}>${content}</${name}>`;
const title = (text: string) => tag('title', {}, escape(text));

// Text is placed by its baseline (centre + 0.35 em): dominant-baseline is ignored by some slide programs.
const baseline = (centre: number, size: number) => centre + size * 0.35;

function rounded(w: number, h: number, [tl, tr, br, bl]: number[], ry?: number): string {
  const y = (r: number) => ry ?? r;
  return `M${tl} 0H${w - tr!}A${tr} ${y(tr!)} 0 0 1 ${w} ${y(tr!)}V${h - y(br!)}A${br} ${y(br!)} 0 0 1 ${w - br!} ${h}H${bl}A${bl} ${y(bl!)} 0 0 1 0 ${h - y(bl!)}V${y(tl!)}A${tl} ${y(tl!)} 0 0 1 ${tl} 0Z`;
}

/** The outline of a node by category, as the canvas draws it (chevron processes, pill measures, flag-like goals ...). */
function outline(category: string, w: number, h: number): string {
  switch (category) {
    case 'process':
      return `M3 0H${w - 14}L${w} ${h / 2}L${w - 14} ${h}H3Q0 ${h} 0 ${h - 3}V3Q0 0 3 0Z`;
    case 'quality-measure':
      return rounded(w, h, Array<number>(4).fill(Math.min(24, h / 2)));
    case 'goal':
      return rounded(w, h, [2, 14, 14, 2]);
    case 'organisational-role':
      return rounded(w, h, [26, 8, 8, 26]);
    case 'information-system':
      return rounded(w, h, [8, 8, 8, 8], 14);
    default:
      return rounded(w, h, [8, 8, 8, 8]);
  }
}

/** A category's symbol, as the app's icon draws it. */
function icon(category: string, size: number): string {
  const d = CATEGORY_ICON_PATHS[category];
  return tag(
    'svg',
    {
      width: size,
      height: size,
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '1.8',
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
      'aria-hidden': 'true',
    },
    d ? tag('path', { d }) : tag('circle', { cx: '12', cy: '12', r: '7' }),
  );
}

const TINT: Record<string, number> = { process: 0.08, 'quality-measure': 0.1 };

function node(n: ImageNode, clip: string, words: ImageWords): string {
  const { element, category, colour, width: w, height: h } = n;
  const insets = nodeInsets(category);
  const d = outline(category, w, h);
  const top = (h - (13 + 3 + n.nameLines.length * 16)) / 2 + (category === 'information-system' ? 2 : 0);
  const typeCentre = top + 6.5;
  const stroke = category === 'quality-measure' ? colour : mix(colour, '#9aa3ad', 0.55);
  const bar =
    category === 'quality-measure'
      ? ''
      : category === 'information-system'
        ? tag('rect', { width: w, height: 5, fill: colour, 'clip-path': `url(#${clip})` })
        : tag('rect', { width: 6, height: h, fill: colour, 'clip-path': `url(#${clip})` });
  return tag(
    'g',
    { class: 'node', 'data-element': element.id, transform: `translate(${n.x} ${n.y})` },
    [
      title(`${n.typeText}: ${element.name}${element.optional ? words.optionalUndecided : ''}`),
      tag('path', { d, fill: mix(colour, '#ffffff', TINT[category] ?? 0) }),
      bar,
      tag('path', {
        d,
        fill: 'none',
        stroke,
        'stroke-width': 1.5,
        'stroke-dasharray': element.optional ? '5 3' : undefined,
      }),
      tag('g', { transform: `translate(${insets.left} ${typeCentre - 6.5})`, color: colour }, icon(category, 13)),
      tag(
        'text',
        { x: insets.left + 18, y: baseline(typeCentre, 11), 'font-size': 11, fill: '#5b6673' },
        escape(n.typeText),
      ),
      element.optional
        ? tag(
            'text',
            {
              x: w - insets.right,
              y: baseline(typeCentre, 13),
              'font-size': 13,
              'font-weight': 700,
              fill: '#b26a00',
              'text-anchor': 'end',
            },
            '?',
          )
        : '',
      ...n.nameLines.map((line, i) =>
        tag(
          'text',
          {
            x: insets.left,
            y: baseline(top + 16 + 16 * i + 8, 13),
            'font-size': 13,
            'font-weight': 600,
            fill: '#1f2933',
          },
          escape(line),
        ),
      ),
    ].join(''),
  );
}

function legendMark(symbol: LegendSymbol, x: number, y: number): string {
  switch (symbol.kind) {
    case 'shape':
      return tag('g', { transform: `translate(${x + 4} ${y - 9})`, color: symbol.colour }, icon(symbol.category, 18));
    case 'swatch':
      return tag('rect', { x: x + 6, y: y - 7, width: 14, height: 14, rx: 3, fill: symbol.colour });
    case 'line':
      return tag('line', {
        x1: x,
        y1: y,
        x2: x + 28,
        y2: y,
        stroke: symbol.colour,
        'stroke-width': 2,
        'stroke-dasharray': symbol.dash,
      });
    case 'optional':
      return tag('rect', {
        x,
        y: y - 7,
        width: 28,
        height: 14,
        rx: 3,
        fill: 'none',
        stroke: '#7d8793',
        'stroke-width': 1.5,
        'stroke-dasharray': '4 3',
      });
  }
}

function lanes(model: ViewImageModel, words: ImageWords): string {
  const { grid, origin: o } = model;
  const [rowHead, columnHead] =
    grid.rowsAre === 'role' ? [words.roleHead, words.areaHead] : [words.areaHead, words.roleHead];
  const rowBands = grid.rows.map((r) =>
    tag('rect', {
      x: o.x,
      y: o.y + r.start,
      width: grid.width,
      height: r.size,
      fill: r.colour,
      'fill-opacity': 0.05,
      stroke: '#d2d7dd',
    }),
  );
  const columns = grid.columns.map((c, i) =>
    tag(
      'g',
      {},
      [
        tag('rect', { x: o.x + c.start, y: o.y, width: c.size, height: grid.height, fill: 'none', stroke: '#dfe3e8' }),
        tag('rect', { x: o.x + c.start, y: o.y, width: c.size, height: COLUMN_HEADER, fill: '#eceff3' }),
        tag('rect', { x: o.x + c.start, y: o.y + COLUMN_HEADER - 3, width: c.size, height: 3, fill: c.colour }),
        tag(
          'text',
          {
            x: o.x + c.start + c.size / 2,
            y: baseline(o.y + COLUMN_HEADER / 2 - 1, 15),
            'font-size': 15,
            'font-weight': 600,
            fill: '#3c4650',
            'text-anchor': 'middle',
          },
          title(columnHead(c.name)) + escape(model.columnLabels[i] ?? ''),
        ),
      ].join(''),
    ),
  );
  const rows = grid.rows.map((r, i) => {
    const cx = o.x + ROW_HEADER / 2 - 1;
    const cy = o.y + r.start + r.size / 2;
    return tag(
      'g',
      {},
      [
        tag('rect', {
          x: o.x,
          y: o.y + r.start,
          width: ROW_HEADER,
          height: r.size,
          fill: mix(r.colour, '#ffffff', 0.16),
        }),
        tag('rect', { x: o.x + ROW_HEADER - 3, y: o.y + r.start, width: 3, height: r.size, fill: r.colour }),
        tag(
          'text',
          {
            x: cx,
            y: baseline(cy, 15),
            transform: `rotate(-90 ${cx} ${cy})`,
            'font-size': 15,
            'font-weight': 700,
            fill: '#2b3440',
            'text-anchor': 'middle',
          },
          title(rowHead(r.name)) + escape(model.rowLabels[i] ?? ''),
        ),
      ].join(''),
    );
  });
  return tag('g', { class: 'lanes' }, [...rowBands, ...columns, ...rows].join(''));
}

function relationLabels(model: ViewImageModel): string {
  if (!model.edges.some((e) => e.label)) return '';
  const labels = model.edges.map((e) => {
    if (!e.label) return '';
    const x = (e.from.x + e.to.x) / 2;
    const y = (e.from.y + e.to.y) / 2;
    return tag(
      'g',
      {},
      tag('rect', {
        x: x - e.label.width / 2,
        y: y - 9,
        width: e.label.width,
        height: 18,
        rx: 3,
        fill: '#ffffff',
        'fill-opacity': 0.92,
      }) +
        tag(
          'text',
          { x, y: baseline(y, 12), 'font-size': 12, fill: '#3c4650', 'text-anchor': 'middle' },
          escape(e.label.text),
        ),
    );
  });
  return tag('g', { class: 'relation-labels' }, labels.join(''));
}

function legendOf(model: ViewImageModel): string {
  const { legend, origin: o } = model;
  if (!legend) return '';
  return tag(
    'g',
    { class: 'legend' },
    [
      tag('line', { x1: o.x, y1: legend.y, x2: model.width - o.x, y2: legend.y, stroke: '#d9dde3' }),
      tag(
        'text',
        { x: o.x, y: baseline(legend.y + 14, 14), 'font-size': 14, 'font-weight': 600, fill: '#1f2933' },
        escape(legend.title),
      ),
      ...legend.headings.map((h) =>
        tag(
          'text',
          { x: o.x, y: baseline(h.y, 12), 'font-size': 12, 'font-weight': 600, fill: '#5f6b7a' },
          escape(h.text),
        ),
      ),
      ...legend.items.map((item) =>
        tag(
          'g',
          {},
          legendMark(item.symbol, item.x, item.y) +
            tag(
              'text',
              { x: item.x + 34, y: baseline(item.y, 13), 'font-size': 13, fill: '#1f2933' },
              escape(item.label),
            ),
        ),
      ),
    ].join(''),
  );
}

/**
 * A view as a standalone SVG document (lanes, nodes, relations, legend), built from the laid-out model rather than
 * a screen, so it stays a clean vector: the app's image export and report and `refmod export --to svg` write this.
 */
export function viewImageSvg(model: ViewImageModel, options: ViewImageSvgOptions): string {
  const prefix = options.idPrefix ?? 'vi';
  const shapes = [...new Map(model.nodes.map((n) => [`${n.category}-${n.width}x${n.height}`, n])).values()];
  const clipOf = (n: ImageNode) =>
    `${prefix}-clip-${shapes.findIndex((s) => s.category === n.category && s.width === n.width && s.height === n.height)}`;
  const colours = [...new Set(model.edges.map((e) => e.colour))];
  const defs = [
    ...shapes.map((n, i) =>
      tag('clipPath', { id: `${prefix}-clip-${i}` }, tag('path', { d: outline(n.category, n.width, n.height) })),
    ),
    ...colours.map((c, i) =>
      tag(
        'marker',
        {
          id: `${prefix}-arrow-${i}`,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 11,
          markerHeight: 11,
          markerUnits: 'userSpaceOnUse',
          orient: 'auto',
        },
        tag('path', { d: 'M0 0L10 5L0 10Z', fill: c }),
      ),
    ),
  ];
  const relations = model.edges.map((e) =>
    tag('line', {
      x1: e.from.x,
      y1: e.from.y,
      x2: e.to.x,
      y2: e.to.y,
      stroke: e.colour,
      'stroke-width': 1.4,
      'stroke-dasharray': e.dash,
      'marker-end': `url(#${prefix}-arrow-${colours.indexOf(e.colour)})`,
    }),
  );
  return tag(
    'svg',
    {
      xmlns: SVG_NS,
      width: model.width,
      height: model.height,
      viewBox: `0 0 ${model.width} ${model.height}`,
      role: 'img',
      'aria-label': model.title,
      'font-family': IMAGE_FONT,
    },
    [
      title(model.title),
      tag('defs', {}, defs.join('')),
      options.background === 'white' ? tag('rect', { width: model.width, height: model.height, fill: '#ffffff' }) : '',
      lanes(model, options.words),
      tag('g', { class: 'relations' }, relations.join('')),
      tag('g', { class: 'nodes' }, model.nodes.map((n) => node(n, clipOf(n), options.words)).join('')),
      relationLabels(model),
      legendOf(model),
    ].join(''),
  );
}

/**
 * An SVG drawing as a file: the XML declaration, and the model's canonical JSON in a `<metadata>` element after the
 * drawing's title, so Open reads the image back as the model.
 */
export function svgFile(svg: string, modelJson: string | null): string {
  const metadata =
    modelJson === null
      ? ''
      : tag('metadata', { id: SVG_MODEL_ID, 'data-media-type': 'application/vnd.refmod+json' }, escape(modelJson));
  const at = svg.indexOf('</title>');
  const withModel =
    at < 0
      ? svg.replace(/^<svg[^>]*>/, (open) => open + metadata)
      : svg.slice(0, at + 8) + metadata + svg.slice(at + 8);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withModel}\n`;
}
