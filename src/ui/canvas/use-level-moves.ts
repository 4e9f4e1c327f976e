import { useCallback } from 'react';
import type { Node, Viewport } from '@xyflow/react';
import type { ProcessMap } from '../../core/diagram/process-map.ts';
import { ZOOMS } from '../../core/diagram/readable.ts';
import type { Level } from '../../store/workbench.ts';
import { useActions, useWb } from '../workbench-context.ts';

/**
 * Moving between levels on the canvas: zoomed out past where detail can be read, the process map shows instead
 * (semantic zoom); a double-click on the map opens a cell, and on a detail node renames it.
 */
export function useLevelMoves(level: Level | null, map: ProcessMap | null) {
  const wb = useActions();
  const readOnly = useWb((s) => s.readOnly);
  const onMap = level?.kind === 'map';
  const toMapWhenUnreadable = useCallback(
    (viewport: Viewport) => {
      if (!onMap && level && viewport.zoom < ZOOMS.detail.least - 1e-3) wb.setLevel({ kind: 'map' });
    },
    [onMap, level, wb],
  );
  // A glide the canvas makes itself (d3's smooth zoom) zooms out mid-way through a long pan: only a gesture, or
  // where a move ends, counts.
  const onMove = useCallback(
    (event: unknown, viewport: Viewport) => event && toMapWhenUnreadable(viewport),
    [toMapWhenUnreadable],
  );
  const onMoveEnd = useCallback(
    (_: unknown, viewport: Viewport) => toMapWhenUnreadable(viewport),
    [toMapWhenUnreadable],
  );
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: Node) => {
      if (node.type === 'map-cell' || node.type === 'map-process' || node.type === 'map-element') {
        const cell =
          node.type === 'map-cell'
            ? (node.data as { cell: { row: string | null; column: string | null } }).cell
            : map?.cells.find((c) => c.boxes.some((p) => p.id === node.id));
        if (!cell) return;
        if (node.type !== 'map-cell') wb.select({ elements: [node.id] });
        wb.setLevel({ kind: 'cell', row: cell.row, column: cell.column });
      } else if (!readOnly) wb.startRename(node.id);
    },
    [map, readOnly, wb],
  );
  return { onMove, onMoveEnd, onNodeDoubleClick };
}
