import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { COLUMN_HEADER, ROW_HEADER, type Grid } from '../../core/layout/geometry.ts';

/** The macro structure as bands: rows and columns of lanes, always behind the nodes; their names are LaneHeaders. */
export const LaneGrid = memo(function LaneGrid({ grid }: { grid: Grid }) {
  return (
    <ViewportPortal>
      <div className="lane-grid" style={{ width: grid.width, height: grid.height }} aria-hidden="true">
        {grid.columns.map((c) => (
          <div
            key={`c-${c.id}`}
            className="lane-grid__column"
            data-name={c.name}
            style={{ left: c.start, width: c.size, height: grid.height }}
          >
            <div className="lane-grid__column-head" style={{ height: COLUMN_HEADER, ['--lane' as string]: c.colour }} />
          </div>
        ))}
        {grid.rows.map((r) => (
          <div
            key={`r-${r.id}`}
            className="lane-grid__row"
            data-name={r.name}
            style={{ top: r.start, height: r.size, width: grid.width, ['--lane' as string]: r.colour }}
          >
            <div className="lane-grid__row-head" style={{ width: ROW_HEADER }} />
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
});
