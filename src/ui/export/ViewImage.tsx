import { useId, type Ref } from 'react';
import { COLUMN_HEADER, ROW_HEADER } from '../../core/layout/geometry.ts';
import { messages } from '../i18n/messages.ts';
import { CategoryIcon } from '../icons.tsx';
import { IMAGE_FONT, nodeInsets, type ImageNode, type LegendSymbol, type ViewImageModel } from './view-image-layout.ts';

/** `a` mixed into `b` by the share `t` (0..1), as CSS color-mix does for the canvas. */
export function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) * t + channel(b, i) * (1 - t))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

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

const TINT: Record<string, number> = { process: 0.08, 'quality-measure': 0.1 };

function Node({ node, clip }: { node: ImageNode; clip: string }) {
  const { element, category, colour, width: w, height: h } = node;
  const insets = nodeInsets(category);
  const d = outline(category, w, h);
  const lines = node.nameLines.length;
  const top = (h - (13 + 3 + lines * 16)) / 2 + (category === 'information-system' ? 2 : 0);
  const typeCentre = top + 6.5;
  const stroke = category === 'quality-measure' ? colour : mix(colour, '#9aa3ad', 0.55);
  const m = messages().export;
  return (
    <g className="node" data-element={element.id} transform={`translate(${node.x} ${node.y})`}>
      <title>{`${node.typeText}: ${element.name}${element.optional ? m.optionalUndecided : ''}`}</title>
      <path d={d} fill={mix(colour, '#ffffff', TINT[category] ?? 0)} />
      {category === 'quality-measure' ? null : category === 'information-system' ? (
        <rect width={w} height={5} fill={colour} clipPath={`url(#${clip})`} />
      ) : (
        <rect width={6} height={h} fill={colour} clipPath={`url(#${clip})`} />
      )}
      <path
        d={d}
        fill="none"
        stroke={stroke}
        strokeWidth={1.5}
        strokeDasharray={element.optional ? '5 3' : undefined}
      />
      <g transform={`translate(${insets.left} ${typeCentre - 6.5})`} color={colour}>
        <CategoryIcon category={category} size={13} />
      </g>
      <text x={insets.left + 18} y={baseline(typeCentre, 11)} fontSize={11} fill="#5b6673">
        {node.typeText}
      </text>
      {element.optional ? (
        <text
          x={w - insets.right}
          y={baseline(typeCentre, 13)}
          fontSize={13}
          fontWeight={700}
          fill="#b26a00"
          textAnchor="end"
        >
          ?
        </text>
      ) : null}
      {node.nameLines.map((line, i) => (
        <text
          key={i}
          x={insets.left}
          y={baseline(top + 16 + 16 * i + 8, 13)}
          fontSize={13}
          fontWeight={600}
          fill="#1f2933"
        >
          {line}
        </text>
      ))}
    </g>
  );
}

function LegendMark({ symbol, x, y }: { symbol: LegendSymbol; x: number; y: number }) {
  switch (symbol.kind) {
    case 'shape':
      return (
        <g transform={`translate(${x + 4} ${y - 9})`} color={symbol.colour}>
          <CategoryIcon category={symbol.category} size={18} />
        </g>
      );
    case 'swatch':
      return <rect x={x + 6} y={y - 7} width={14} height={14} rx={3} fill={symbol.colour} />;
    case 'line':
      return (
        <line x1={x} y1={y} x2={x + 28} y2={y} stroke={symbol.colour} strokeWidth={2} strokeDasharray={symbol.dash} />
      );
    case 'optional':
      return (
        <rect
          x={x}
          y={y - 7}
          width={28}
          height={14}
          rx={3}
          fill="none"
          stroke="#7d8793"
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
      );
  }
}

export interface ViewImageProps {
  model: ViewImageModel;
  background: 'white' | 'transparent';
  className?: string;
  ref?: Ref<SVGSVGElement>;
}

/**
 * A view as a standalone SVG drawing (lanes, nodes, relations, legend), built from the model rather than
 * the screen, so it stays a clean vector; the export serialises this element.
 */
export function ViewImage({ model, background, className, ref }: ViewImageProps) {
  const prefix = `vi${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const { grid, origin: o, legend } = model;
  const shapes = [...new Map(model.nodes.map((n) => [`${n.category}-${n.width}x${n.height}`, n])).entries()];
  const clipOf = (n: ImageNode) =>
    `${prefix}-clip-${shapes.findIndex(([, s]) => s.category === n.category && s.width === n.width && s.height === n.height)}`;
  const colours = [...new Set(model.edges.map((e) => e.colour))];
  // Not a hook: the image is also rendered to static markup, where no store subscribes; its dialog re-renders it.
  const m = messages().export;
  const [rowHead, columnHead] = grid.rowsAre === 'role' ? [m.roleHead, m.areaHead] : [m.areaHead, m.roleHead];
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      width={model.width}
      height={model.height}
      viewBox={`0 0 ${model.width} ${model.height}`}
      role="img"
      aria-label={model.title}
      fontFamily={IMAGE_FONT}
      className={className}
    >
      <title>{model.title}</title>
      <defs>
        {shapes.map(([, n], i) => (
          <clipPath key={i} id={`${prefix}-clip-${i}`}>
            <path d={outline(n.category, n.width, n.height)} />
          </clipPath>
        ))}
        {colours.map((c, i) => (
          <marker
            key={c}
            id={`${prefix}-arrow-${i}`}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={11}
            markerHeight={11}
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0 0L10 5L0 10Z" fill={c} />
          </marker>
        ))}
      </defs>
      {background === 'white' ? <rect width={model.width} height={model.height} fill="#ffffff" /> : null}
      <g className="lanes">
        {grid.rows.map((r) => (
          <rect
            key={`rb-${r.id}`}
            x={o.x}
            y={o.y + r.start}
            width={grid.width}
            height={r.size}
            fill={r.colour}
            fillOpacity={0.05}
            stroke="#d2d7dd"
          />
        ))}
        {grid.columns.map((c, i) => (
          <g key={`c-${c.id}`}>
            <rect x={o.x + c.start} y={o.y} width={c.size} height={grid.height} fill="none" stroke="#dfe3e8" />
            <rect x={o.x + c.start} y={o.y} width={c.size} height={COLUMN_HEADER} fill="#eceff3" />
            <rect x={o.x + c.start} y={o.y + COLUMN_HEADER - 3} width={c.size} height={3} fill={c.colour} />
            <text
              x={o.x + c.start + c.size / 2}
              y={baseline(o.y + COLUMN_HEADER / 2 - 1, 15)}
              fontSize={15}
              fontWeight={600}
              fill="#3c4650"
              textAnchor="middle"
            >
              <title>{columnHead(c.name)}</title>
              {model.columnLabels[i]}
            </text>
          </g>
        ))}
        {grid.rows.map((r, i) => {
          const cx = o.x + ROW_HEADER / 2 - 1;
          const cy = o.y + r.start + r.size / 2;
          return (
            <g key={`r-${r.id}`}>
              <rect
                x={o.x}
                y={o.y + r.start}
                width={ROW_HEADER}
                height={r.size}
                fill={mix(r.colour, '#ffffff', 0.16)}
              />
              <rect x={o.x + ROW_HEADER - 3} y={o.y + r.start} width={3} height={r.size} fill={r.colour} />
              <text
                x={cx}
                y={baseline(cy, 15)}
                transform={`rotate(-90 ${cx} ${cy})`}
                fontSize={15}
                fontWeight={700}
                fill="#2b3440"
                textAnchor="middle"
              >
                <title>{rowHead(r.name)}</title>
                {model.rowLabels[i]}
              </text>
            </g>
          );
        })}
      </g>
      <g className="relations">
        {model.edges.map((e) => (
          <line
            key={e.id}
            x1={e.from.x}
            y1={e.from.y}
            x2={e.to.x}
            y2={e.to.y}
            stroke={e.colour}
            strokeWidth={1.4}
            strokeDasharray={e.dash}
            markerEnd={`url(#${prefix}-arrow-${colours.indexOf(e.colour)})`}
          />
        ))}
      </g>
      <g className="nodes">
        {model.nodes.map((n) => (
          <Node key={n.element.id} node={n} clip={clipOf(n)} />
        ))}
      </g>
      {model.edges.some((e) => e.label) ? (
        <g className="relation-labels">
          {model.edges.map((e) => {
            if (!e.label) return null;
            const x = (e.from.x + e.to.x) / 2;
            const y = (e.from.y + e.to.y) / 2;
            return (
              <g key={e.id}>
                <rect
                  x={x - e.label.width / 2}
                  y={y - 9}
                  width={e.label.width}
                  height={18}
                  rx={3}
                  fill="#ffffff"
                  fillOpacity={0.92}
                />
                <text x={x} y={baseline(y, 12)} fontSize={12} fill="#3c4650" textAnchor="middle">
                  {e.label.text}
                </text>
              </g>
            );
          })}
        </g>
      ) : null}
      {legend ? (
        <g className="legend">
          <line x1={o.x} y1={legend.y} x2={model.width - o.x} y2={legend.y} stroke="#d9dde3" />
          <text x={o.x} y={baseline(legend.y + 14, 14)} fontSize={14} fontWeight={600} fill="#1f2933">
            {legend.title}
          </text>
          {legend.headings.map((h) => (
            <text key={h.text} x={o.x} y={baseline(h.y, 12)} fontSize={12} fontWeight={600} fill="#5f6b7a">
              {h.text}
            </text>
          ))}
          {legend.items.map((item, i) => (
            <g key={i}>
              <LegendMark symbol={item.symbol} x={item.x} y={item.y} />
              <text x={item.x + 34} y={baseline(item.y, 13)} fontSize={13} fill="#1f2933">
                {item.label}
              </text>
            </g>
          ))}
        </g>
      ) : null}
    </svg>
  );
}
