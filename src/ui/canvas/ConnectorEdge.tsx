import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { CONNECTOR_LAYER, type ConnectorEdge as ConnectorEdgeType } from './map-graph.ts';
import type { Point } from '../../core/model/schema.ts';

const pathOf = (points: readonly Point[]) => points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');

/** Relations between two cells as one orthogonal line through the gutters, with their count; a click lists them. */
export const ConnectorEdgeView = memo(function ConnectorEdgeView({ id, data, selected }: EdgeProps<ConnectorEdgeType>) {
  if (!data) return null;
  const { connector } = data;
  const n = connector.relations.length;
  return (
    <>
      <BaseEdge
        id={id}
        path={pathOf(connector.points)}
        className="connector"
        markerStart={connector.backward ? 'url(#connector-arrow-start)' : undefined}
        markerEnd={connector.forward ? 'url(#connector-arrow)' : undefined}
        style={{ strokeWidth: (n >= 10 ? 3 : 2) + (selected ? 1.5 : 0) }}
        // As wide as a gutter track: wider, a neighbour's hit area could hide a line between two others entirely.
        interactionWidth={8}
      />
      <EdgeLabelRenderer>
        <div
          className={`connector__count${selected ? ' connector__count--selected' : ''}`}
          // Over the connectors' own layer (they are raised over the cells), so no line runs through a count.
          style={{
            transform: `translate(-50%, -50%) translate(${connector.label.x}px, ${connector.label.y}px)`,
            zIndex: CONNECTOR_LAYER + 1,
          }}
          data-testid={`count-${id}`}
        >
          {n}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

/** The arrowheads of connectors, defined once for all of them. */
export function ConnectorMarkers() {
  return (
    <svg className="connector-markers" aria-hidden="true">
      <defs>
        <marker
          id="connector-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="11"
          markerHeight="11"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#4a5563" />
        </marker>
        <marker
          id="connector-arrow-start"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="11"
          markerHeight="11"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#4a5563" />
        </marker>
      </defs>
    </svg>
  );
}
