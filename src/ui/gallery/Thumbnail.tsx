import type { ReactElement } from 'react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { Element, Lane, RefDocument } from '../../core/model/schema.ts';
import { useMessages } from '../i18n/messages.ts';

const W = 280;
const H = 120;
const HEAD = 10; // the strip of column heads
const BAND = 10; // the coloured band of each row head
const NODE_W = 11;
const NODE_H = 6;
const GAP = 3;

/** The category order inside a cell, so like shapes sit together. */
const ORDER = ['goal', 'process', 'business-object', 'quality-measure', 'organisational-role', 'information-system'];

/** A miniature node per element, shaped by category as on the canvas (chevron for processes, gauge-like dot for measures …). */
function glyph(category: string, x: number, y: number, stroke: string): ReactElement {
  const common = { stroke, strokeWidth: 1.2, fill: '#fff' };
  switch (category) {
    case 'process':
      return (
        <polygon
          {...common}
          points={`${x},${y} ${x + NODE_W - 3},${y} ${x + NODE_W},${y + NODE_H / 2} ${x + NODE_W - 3},${y + NODE_H} ${x},${y + NODE_H} ${x + 3},${y + NODE_H / 2}`}
        />
      );
    case 'quality-measure':
      return <circle {...common} cx={x + NODE_W / 2} cy={y + NODE_H / 2} r={NODE_H / 2} />;
    case 'goal':
      return (
        <polygon
          {...common}
          points={`${x + NODE_W / 2},${y} ${x + NODE_W},${y + NODE_H / 2} ${x + NODE_W / 2},${y + NODE_H} ${x},${y + NODE_H / 2}`}
        />
      );
    case 'information-system':
    case 'organisational-role':
      return <rect {...common} x={x} y={y} width={NODE_W} height={NODE_H} rx={NODE_H / 2} />;
    default:
      return <rect {...common} x={x} y={y} width={NODE_W} height={NODE_H} rx={1.5} />;
  }
}

/**
 * The model's lane grid in miniature: one band per row lane in its colour, and in each cell a small shape per element
 * with the cell's count, so a card shows where a model's content sits before it is opened.
 */
export function Thumbnail({ doc, metamodel }: { doc: RefDocument; metamodel: Metamodel }) {
  const m = useMessages().gallery;
  const byRole = doc.designGoals.laneOrientation === 'roles-as-rows';
  const rows: Lane[] = byRole ? doc.macroStructure.roles : doc.macroStructure.areas;
  const columns: Lane[] = byRole ? doc.macroStructure.areas : doc.macroStructure.roles;
  const cells = new Map<string, Element[]>();
  for (const el of doc.elements) {
    const key = byRole ? `${el.role}|${el.area}` : `${el.area}|${el.role}`;
    cells.set(key, [...(cells.get(key) ?? []), el]);
  }
  const cellW = (W - BAND) / Math.max(columns.length, 1);
  const cellH = (H - HEAD) / Math.max(rows.length, 1);
  const perRow = Math.max(1, Math.floor((cellW - GAP) / (NODE_W + GAP)));
  const perColumn = Math.max(1, Math.floor((cellH - GAP - 14) / (NODE_H + GAP)));
  const rank = (el: Element) => ORDER.indexOf(metamodel.elementType(el.type)?.category ?? '');

  return (
    <svg
      className="thumbnail"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={m.laneGrid(rows.map((r) => r.name).join(', '), columns.map((c) => c.name).join(', '))}
    >
      <rect x={0} y={0} width={W} height={H} fill="#fbfbfc" />
      <rect x={BAND} y={0} width={W - BAND} height={HEAD} fill="#eceef1" />
      {rows.map((row, r) => {
        const y = HEAD + r * cellH;
        return (
          <g key={row.id}>
            <rect x={0} y={y} width={BAND - 2} height={cellH} fill={row.colour} />
            <rect x={BAND} y={y} width={W - BAND} height={cellH} fill={row.colour} opacity={0.07} />
            {columns.map((column, c) => {
              const x = BAND + c * cellW;
              const els = [...(cells.get(`${row.id}|${column.id}`) ?? [])].sort((a, b) => rank(a) - rank(b));
              const shown = els.slice(0, perRow * perColumn);
              return (
                <g key={column.id}>
                  {els.length ? (
                    <text x={x + cellW - 4} y={y + 12} textAnchor="end" fontSize={12} fill="#4b5563">
                      {els.length}
                    </text>
                  ) : null}
                  {shown.map((el, i) => (
                    <g key={el.id}>
                      {glyph(
                        metamodel.elementType(el.type)?.category ?? '',
                        x + GAP + (i % perRow) * (NODE_W + GAP),
                        y + 16 + Math.floor(i / perRow) * (NODE_H + GAP),
                        row.colour,
                      )}
                    </g>
                  ))}
                </g>
              );
            })}
          </g>
        );
      })}
      {columns.slice(1).map((_, c) => (
        <line key={c} x1={BAND + (c + 1) * cellW} y1={0} x2={BAND + (c + 1) * cellW} y2={H} stroke="#d9dde3" />
      ))}
      {rows.slice(1).map((_, r) => (
        <line key={r} x1={0} y1={HEAD + (r + 1) * cellH} x2={W} y2={HEAD + (r + 1) * cellH} stroke="#d9dde3" />
      ))}
    </svg>
  );
}
