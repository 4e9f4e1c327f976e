import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { COLUMN_HEADER, ROW_HEADER, type Grid } from '../../core/layout/geometry.ts';

/** The macro structure as labelled bands: rows and columns of lanes, always behind the nodes. */
export const LaneGrid = memo(function LaneGrid({ grid }: { grid: Grid }) {
  const rowKind = grid.rowsAre === 'role' ? 'Role' : 'Area';
  const columnKind = grid.rowsAre === 'role' ? 'Area' : 'Role';
  return (
    <ViewportPortal>
      <div className="lane-grid" style={{ width: grid.width, height: grid.height }} aria-hidden="true">
        {grid.columns.map((c) => (
          <div key={`c-${c.id}`} className="lane-grid__column" style={{ left: c.start, width: c.size, height: grid.height }}>
            <div className="lane-grid__column-head" style={{ height: COLUMN_HEADER, ['--lane' as string]: c.colour }} title={`${columnKind}: ${c.name}`}>
              {c.name}
            </div>
          </div>
        ))}
        {grid.rows.map((r) => (
          <div key={`r-${r.id}`} className="lane-grid__row" style={{ top: r.start, height: r.size, width: grid.width, ['--lane' as string]: r.colour }}>
            <div className="lane-grid__row-head" style={{ width: ROW_HEADER }} title={`${rowKind}: ${r.name}`}>
              <span>{r.name}</span>
            </div>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
});
