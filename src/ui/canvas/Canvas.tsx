import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  ReactFlow,
  useStore,
  type Edge,
  type Node,
} from '@xyflow/react';
import { ZOOMS } from '../../core/diagram/readable.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { ConnectMenu, useConnect } from './connect.tsx';
import { ElementNodeView } from './ElementNodeView.tsx';
import { FloatingEdge } from './FloatingEdge.tsx';
import { RoutedEdge } from './RoutedEdge.tsx';
import { LaneGrid } from './LaneGrid.tsx';
import { LaneHeaders } from './LaneHeaders.tsx';
import { CanvasEmptyState } from './CanvasEmptyState.tsx';
import { FitIcon } from '../icons.tsx';
import { useLayout } from './use-layout.ts';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import './canvas-foot.css';
import { LARGE_VIEW } from './level-of-detail.ts';
import { useFitGrid } from './use-fit-grid.ts';
import { PALETTE_MIME } from './dnd.ts';
import { roomOf, usePaneSize } from './use-level.ts';
import { useLevelDrawing } from './use-level-drawing.ts';
import { useFocusRequest } from './use-focus-request.ts';
import { useLevelMoves } from './use-level-moves.ts';
import { cellTitle, type ConnectorEdge } from './map-graph.ts';
import { MapBoxView, MapCellView } from './MapNodes.tsx';
import { ConnectorEdgeView, ConnectorMarkers } from './ConnectorEdge.tsx';
import { LevelBar } from './LevelBar.tsx';
import { useCanvasHandlers } from './use-detail-handlers.ts';
import { useFollowWork } from './use-follow-work.ts';
import { useRovingCanvas } from '../a11y/use-roving-canvas.ts';
import { ShownDocument, useShownDocument } from '../i18n/model-text.ts';
import { useMessages } from '../i18n/messages.ts';

// Shown on a click or in present mode, not on the first screen.
const ConnectorList = lazy(() => import('./ConnectorList.tsx').then((m) => ({ default: m.ConnectorList })));
const OverviewWhenNeeded = lazy(() => import('./OverviewMap.tsx').then((m) => ({ default: m.OverviewWhenNeeded })));
const PresentBar = lazy(() => import('./PresentBar.tsx').then((m) => ({ default: m.PresentBar })));

const nodeTypes = {
  element: ElementNodeView,
  'map-cell': MapCellView,
  'map-process': MapBoxView,
  'map-element': MapBoxView,
};
const edgeTypes = { floating: FloatingEdge, routed: RoutedEdge, connector: ConnectorEdgeView };

/**
 * The modelling canvas of the open view at its level: the process map (cells, processes, connectors), one cell
 * in detail, or the whole view in detail with lanes, typed nodes and routed relations, drag, drop and connect.
 * Under the drawing, never over it, a foot holds the layout commands, the `messages` and the zoom.
 */
export function Canvas({ messages }: { messages?: ReactNode }) {
  const wb = useActions();
  const m = useMessages().canvas;
  // The model's names in the interface's language: nodes, lanes and sizes follow it; edits go by id.
  const shown = useShownDocument(useDocument());
  const doc = shown.doc;
  const storedView = useCurrentView();
  const view = storedView && doc.views.find((v) => v.id === storedView.id);
  const metamodel = useWb((s) => s.metamodel);
  const selection = useWb((s) => s.selection);
  const readOnly = useWb((s) => s.readOnly);
  const presenting = useWb((s) => s.presenting);
  const far = useStore((s) => s.transform[2] < ZOOMS.map.chips - 1e-3);
  const { run, layout, cancel } = useLayout();
  const pane = useRef<HTMLDivElement>(null);
  const paneSize = usePaneSize(pane);
  const room = useMemo(() => (paneSize ? roomOf(paneSize) : null), [paneSize]);
  const connect = useConnect();
  const [openConnector, setOpenConnector] = useState<{ connector: ConnectorEdge['data']; x: number; y: number } | null>(
    null,
  );

  const selected = useMemo(() => new Set([...selection.elements, ...selection.relations]), [selection]);
  const { drawing, placed, level, onMap, scopeKey, graph, map, mapped, grid } = useLevelDrawing(
    doc,
    view,
    metamodel,
    room,
    selected,
  );
  const handlers = useCanvasHandlers(doc, view, graph);
  const { dragging } = handlers;

  const nodes = useMemo((): Node[] => {
    if (mapped) return mapped.nodes;
    if (!graph) return [];
    if (dragging.size === 0) return graph.nodes;
    return graph.nodes.map((n) => (dragging.has(n.id) ? { ...n, position: dragging.get(n.id)! } : n));
  }, [mapped, graph, dragging]);
  // While a node is dragged, its relations are drawn straight; they are routed again where it lands.
  const edges = useMemo((): Edge[] => {
    if (mapped) return mapped.edges;
    if (!graph) return [];
    if (dragging.size === 0) return graph.edges;
    return graph.edges.map((e) => (dragging.has(e.source) || dragging.has(e.target) ? { ...e, type: 'floating' } : e));
  }, [mapped, graph, dragging]);

  useEffect(() => {
    if (!placed && !run) void layout('auto');
  }, [placed, run, layout]);

  const readable = onMap ? ZOOMS.map.readable : ZOOMS.detail.readable;
  const content = useMemo(
    () =>
      graph?.nodes.length
        ? { x: Math.min(...graph.nodes.map((n) => n.position.x)), y: Math.min(...graph.nodes.map((n) => n.position.y)) }
        : undefined,
    [graph],
  );
  const { fitting } = useFitGrid(
    pane,
    level ? grid : null,
    readable,
    `${view?.id}:${level?.kind}:${scopeKey}`,
    content,
  );

  useFocusRequest(doc, view, drawing, level, graph?.nodes ?? null, fitting);
  const { onMove, onMoveEnd, onNodeDoubleClick } = useLevelMoves(level, map);

  const onEdgeClick = useCallback((event: React.MouseEvent, edge: Edge) => {
    if (edge.type !== 'connector' || !pane.current) return;
    const box = pane.current.getBoundingClientRect();
    setOpenConnector({
      connector: (edge as ConnectorEdge).data,
      x: event.clientX - box.left,
      y: event.clientY - box.top,
    });
  }, []);

  useFollowWork(doc, view, pane);
  const selectOne = useCallback((id: string) => wb.select({ elements: [id] }), [wb]);
  const openNode = useCallback((node: Node) => onNodeDoubleClick(null, node), [onNodeDoubleClick]);
  const roving = useRovingCanvas(nodes, selection.elements, selectOne, openNode);

  if (!view || !drawing)
    return (
      <div className="canvas-frame">
        <div className="canvas canvas--empty">{m.noView}</div>
        <div className="canvas-foot">{messages}</div>
      </div>
    );
  const large = nodes.length > LARGE_VIEW;

  return (
    <ShownDocument.Provider value={shown}>
      <div className="canvas-frame">
        <LevelBar view={view} level={level} drawn={drawing.folding.nodes.length} />
        <div
          ref={pane}
          className={`canvas${onMap ? ' canvas--map' : ''}${onMap && far ? ' canvas--map-far' : ''}${!placed && run && !onMap ? ' canvas--pending' : ''}`}
          onDragOver={(e) => !onMap && e.dataTransfer.types.includes(PALETTE_MIME) && e.preventDefault()}
          onDrop={handlers.onDrop}
          onKeyDownCapture={roving.onKeyDownCapture}
          onFocusCapture={roving.onFocusCapture}
          id="canvas"
          aria-busy={fitting || !level || (run !== null && !onMap)}
          // On the map a layout of the detail runs unseen; its positions still land in the model when it ends.
          data-laying-out={run ? '' : undefined}
        >
          {level ? (
            <ReactFlow
              nodes={roving.nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={handlers.onNodesChange}
              onEdgesChange={handlers.onEdgesChange}
              onNodeDragStop={handlers.onNodeDragStop}
              onNodeDoubleClick={onNodeDoubleClick}
              onEdgeClick={onEdgeClick}
              onMove={onMove}
              onMoveEnd={onMoveEnd}
              zoomOnDoubleClick={false}
              onConnectEnd={connect.finish}
              isValidConnection={connect.isValid}
              nodesDraggable={!readOnly && !onMap}
              nodesConnectable={!readOnly && !onMap}
              deleteKeyCode={null}
              edgesFocusable={false}
              selectionKeyCode="Shift"
              multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
              onlyRenderVisibleElements={large}
              minZoom={onMap ? ZOOMS.map.least : 0.5}
              maxZoom={2.5}
              proOptions={{ hideAttribution: true }}
              aria-label={m.label(view.name, onMap)}
            >
              {grid ? <LaneGrid grid={grid} /> : null}
              {grid ? <LaneHeaders grid={grid} /> : null}
              <ConnectorMarkers />
              <Background variant={BackgroundVariant.Dots} gap={16} size={1} color="#d5d9de" />
              {graph && grid ? (
                <Suspense fallback={null}>
                  <OverviewWhenNeeded grid={grid} nodes={graph.nodes} />
                </Suspense>
              ) : null}
            </ReactFlow>
          ) : null}
          {level && !onMap && graph?.nodes.length === 0 ? <CanvasEmptyState /> : null}
          {connect.menu ? <ConnectMenu {...connect.menu} onClose={connect.closeMenu} /> : null}
          <Suspense fallback={null}>
            {presenting ? <PresentBar /> : null}
            {openConnector?.connector && grid ? (
              <ConnectorList
                connector={openConnector.connector.connector}
                cellName={(key) => cellTitle(grid, key)}
                at={openConnector}
                onClose={() => setOpenConnector(null)}
              />
            ) : null}
          </Suspense>
        </div>
        <div className="canvas-foot">
          {level && !onMap && !presenting ? (
            <CanvasToolbar run={run} onLayout={(mode) => void layout(mode)} onCancel={cancel} />
          ) : null}
          {messages}
          {level ? (
            <Controls
              orientation="horizontal"
              className="zoom-controls"
              showInteractive={false}
              showFitView={false}
              aria-label={m.zoomControls}
            >
              <ControlButton onClick={() => wb.requestFit()} title={m.fit} aria-label={m.fit}>
                <FitIcon />
              </ControlButton>
            </Controls>
          ) : null}
        </div>
      </div>
    </ShownDocument.Provider>
  );
}
