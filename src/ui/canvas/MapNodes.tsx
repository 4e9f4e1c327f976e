import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { CategoryIcon } from '../icons.tsx';
import type { CountChip } from '../../core/diagram/process-map.ts';
import type { MapCellNode, MapBoxNode } from './map-graph.ts';
import { useActions } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';

/** Count chips: a category's icon and a number; the words are in the tooltip and for screen readers. */
export function CountChips({ chips, className }: { chips: readonly CountChip[]; className?: string }) {
  return (
    <span className={`count-chips ${className ?? ''}`}>
      {chips.map((c) => (
        <span key={c.category} className="count-chip" title={c.text} aria-label={c.text} data-category={c.category}>
          <CategoryIcon category={c.category} size={14} />
          {c.count}
        </span>
      ))}
    </span>
  );
}

/** A cell of the process map: a card behind its processes, with the counts of everything else, opened by double-click. */
export const MapCellView = memo(function MapCellView({ data }: NodeProps<MapCellNode>) {
  const wb = useActions();
  const m = useMessages().canvas;
  const { cell } = data;
  const empty = cell.elements.length === 0;
  return (
    <div className={`map-cell${empty ? ' map-cell--empty' : ''}`} data-testid={`cell-${cell.key}`}>
      <Handle type="target" position={Position.Top} className="map-handle" isConnectable={false} />
      {cell.summary.length ? <CountChips chips={cell.summary} className="map-cell__summary" /> : null}
      {empty ? null : (
        <button
          className="map-cell__open"
          title={m.openCellTitle(`${cell.rowName} · ${cell.columnName}`)}
          aria-label={m.openCell(`${cell.rowName} · ${cell.columnName}`)}
          onClick={() => wb.setLevel({ kind: 'cell', row: cell.row, column: cell.column })}
        >
          ⤢
        </button>
      )}
      <Handle type="source" position={Position.Bottom} className="map-handle" isConnectable={false} />
    </div>
  );
});

/** A process on the map (its full name, wrapped, and what it carries as count chips), or another element by name. */
export const MapBoxView = memo(function MapBoxView({ data, selected }: NodeProps<MapBoxNode>) {
  const { box, colour, typeLabel } = data;
  const chips = box.chips.length ? (
    <CountChips chips={box.chips} className={box.chipsInline ? 'count-chips--inline' : ''} />
  ) : null;
  return (
    <div
      className={`map-process${box.category === 'process' ? '' : ' map-process--other'}${selected ? ' map-process--selected' : ''}`}
      style={{ ['--accent' as string]: colour }}
      title={`${typeLabel}: ${box.lines.join(' ')}`}
      data-testid={`map-${box.id}`}
    >
      <div className="map-process__name">
        {box.lines.map((line, i) => (
          <div key={i} className="map-process__line">
            <bdi translate="no">{line}</bdi>
            {i === box.lines.length - 1 && box.chipsInline ? chips : null}
          </div>
        ))}
      </div>
      {box.chipsInline ? null : chips}
    </div>
  );
});
