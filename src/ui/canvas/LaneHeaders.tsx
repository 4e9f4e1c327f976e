import { memo } from 'react';
import { useStore } from '@xyflow/react';
import { COLUMN_HEADER, ROW_HEADER, type Band, type Grid } from '../../core/layout/geometry.ts';
import { estimateWidth } from '../../core/diagram/text.ts';

/** The least size, in screen pixels, of a lane label strip: enough for one line of 12 px text. */
export const LANE_LABEL = 24;
const MIN_LABEL = 28;

/** The length a lane's name takes in its strip: 12 px bold capitals, 0.04 em apart, 6 px padding at each end. */
function labelLength(name: string): number {
  const text = name.toUpperCase();
  return estimateWidth(text, { size: 12, weight: 700 }) + [...text].length * 0.48 + 12;
}

/**
 * Where a label strip sits along one axis, as [start, size] in screen pixels: over the grid's header band
 * (`band` long, from `origin`) while that band is on screen, at least LANE_LABEL long, reaching outside the
 * grid when the band is thinner, and held at the canvas edge, LANE_LABEL long, once the band scrolls away.
 */
function strip(origin: number, band: number, gridSize: number): [number, number] {
  const end = Math.min(Math.max(origin + band, LANE_LABEL), origin + gridSize);
  const start = Math.max(0, Math.min(origin, end - LANE_LABEL));
  return [start, end - start];
}

/**
 * The lane names in screen space, so they read at every zoom: over the grid's own header bands when zoomed
 * in, just outside the grid when zoomed out, and stuck to the canvas edge when those bands are scrolled
 * away, like the frozen headers of a spreadsheet. Each name is centred in the visible part of its lane.
 */
export const LaneHeaders = memo(function LaneHeaders({ grid }: { grid: Grid }) {
  const [x, y, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const [top, columnStrip] = strip(y, COLUMN_HEADER * zoom, grid.height * zoom);
  const [left, rowStrip] = strip(x, ROW_HEADER * zoom, grid.width * zoom);
  if (columnStrip <= 0 || rowStrip <= 0) return null;
  // The part of a lane on screen, right of or below the other strip, as [start, size]; null when too small to label.
  const visible = (band: Band, origin: number, after: number, end: number): [number, number] | null => {
    const start = Math.max(origin + band.start * zoom, after);
    const size = Math.min(origin + (band.start + band.size) * zoom, end) - start;
    return size >= MIN_LABEL ? [start, size] : null;
  };
  const rowKind = grid.rowsAre === 'role' ? 'Role' : 'Area';
  const columnKind = grid.rowsAre === 'role' ? 'Area' : 'Role';
  return (
    <div className="lane-headers" aria-hidden="true">
      {grid.columns.map((c) => {
        const span = visible(c, x, left + rowStrip, width);
        return span ? (
          <div
            key={`c-${c.id}`}
            className="lane-headers__column"
            data-kind={columnKind}
            style={{ left: span[0], width: span[1], top, height: columnStrip, ['--lane' as string]: c.colour }}
          >
            {/* A name that does not fit the part of its lane on screen is left out, never cut. */}
            {labelLength(c.name) <= span[1] ? <span>{c.name}</span> : null}
          </div>
        ) : null;
      })}
      {grid.rows.map((r) => {
        const span = visible(r, y, top + columnStrip, height);
        return span ? (
          <div
            key={`r-${r.id}`}
            className="lane-headers__row"
            data-kind={rowKind}
            style={{ top: span[0], height: span[1], left, width: rowStrip, ['--lane' as string]: r.colour }}
          >
            {labelLength(r.name) <= span[1] ? <span>{r.name}</span> : null}
          </div>
        ) : null;
      })}
      <div className="lane-headers__corner" style={{ left, top, width: rowStrip, height: columnStrip }} />
    </div>
  );
});
