import type { Edge, Node } from '@xyflow/react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { Grid } from '../../core/layout/geometry.ts';
import type { MapCell, MapBox, ProcessMap } from '../../core/diagram/process-map.ts';
import type { Connector } from '../../core/diagram/connectors.ts';
import { messages } from '../i18n/messages.ts';
import { elementColour } from '../../core/diagram/colours.ts';

export interface MapCellData extends Record<string, unknown> {
  cell: MapCell;
}
export interface MapBoxData extends Record<string, unknown> {
  box: MapBox;
  colour: string;
  typeLabel: string;
}
export interface ConnectorData extends Record<string, unknown> {
  connector: Connector;
}
export type MapCellNode = Node<MapCellData, 'map-cell'>;
/** A process on the map, or an element of another category the map names ('map-element'). */
export type MapBoxNode = Node<MapBoxData, 'map-process' | 'map-element'>;
export type MapNode = MapCellNode | MapBoxNode;
export type ConnectorEdge = Edge<ConnectorData, 'connector'>;

/** Cells are selectable only so React Flow hands them pointer events (double-click); selecting one selects nothing. */
export const CELL_NODE = 'cell:';

const fixed = (width: number, height: number) => ({ width, height, measured: { width, height } });

/** The layer connectors are drawn on, over the cells and their boxes (their counts go one higher). */
export const CONNECTOR_LAYER = 2;

/** The React Flow nodes and edges of a process map: cells behind, process boxes on them, connectors between cells. */
export function mapGraph(
  doc: RefDocument,
  metamodel: Metamodel,
  map: ProcessMap,
  selected: ReadonlySet<string>,
): { nodes: MapNode[]; edges: ConnectorEdge[] } {
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const nodes: MapNode[] = [];
  for (const cell of map.cells) {
    nodes.push({
      id: `${CELL_NODE}${cell.key}`,
      type: 'map-cell',
      position: { x: cell.x, y: cell.y },
      ...fixed(cell.width, cell.height),
      draggable: false,
      selectable: true,
      focusable: false,
      connectable: false,
      zIndex: 0,
      ariaLabel: messages().canvas.cellLabel(
        `${cell.rowName} · ${cell.columnName}`,
        cell.boxes.filter((b) => b.category === 'process').length,
      ),
      data: { cell },
    });
  }
  for (const cell of map.cells) {
    for (const box of cell.boxes) {
      const el = byId.get(box.id);
      if (!el) continue;
      const typeLabel = metamodel.elementType(el.type)?.label ?? el.type;
      nodes.push({
        id: box.id,
        type: box.category === 'process' ? 'map-process' : 'map-element',
        position: { x: box.x, y: box.y },
        ...fixed(box.width, box.height),
        draggable: false,
        connectable: false,
        selected: selected.has(box.id),
        zIndex: 1,
        ariaLabel: `${typeLabel} ${el.name}`,
        data: { box, colour: elementColour(doc, metamodel, el), typeLabel },
      });
    }
  }
  const edges = map.connectors.map((c): ConnectorEdge => ({
    id: c.id,
    source: `${CELL_NODE}${c.from}`,
    target: `${CELL_NODE}${c.to}`,
    type: 'connector',
    selectable: true,
    zIndex: CONNECTOR_LAYER,
    ariaLabel: messages().canvas.connectorLabel(c.relations.length, c.from, c.to),
    data: { connector: c },
  }));
  return { nodes, edges };
}

/** "Provider · Operations": the row and column names of a cell key (see cellKey). */
export function cellTitle(grid: Grid, key: string): string {
  const [row, column] = key.split('|');
  const name = (bands: Grid['rows'], id: string | undefined) =>
    bands.find((b) => (b.id ?? '-') === id)?.name ?? 'Unassigned';
  return `${name(grid.rows, row)} · ${name(grid.columns, column)}`;
}
