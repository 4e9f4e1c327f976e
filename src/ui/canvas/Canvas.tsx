import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type XYPosition,
} from '@xyflow/react';
import { addElement, moveElements, type Move } from '../../core/commands/elements.ts';
import { dropTarget, nodeSize } from '../../core/layout/geometry.ts';
import { newElement } from '../../core/model/factory.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { ConnectMenu, useConnect } from './connect.tsx';
import { ElementNodeView } from './ElementNodeView.tsx';
import { FloatingEdge } from './FloatingEdge.tsx';
import { LaneGrid } from './LaneGrid.tsx';
import { LaneHeaders } from './LaneHeaders.tsx';
import { CanvasEmptyState } from './CanvasEmptyState.tsx';
import { FitIcon } from '../icons.tsx';
import { GraphCache, viewGraph, type ElementNode } from './view-graph.ts';
import { useLayout } from './use-layout.ts';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { OverviewMap } from './OverviewMap.tsx';
import { LARGE_VIEW, zoomedOut } from './level-of-detail.ts';
import { useFitGrid } from './use-fit-grid.ts';
import { PALETTE_MIME } from './dnd.ts';
import { MapLayer } from './MapLayer.tsx';
import { useMapInteraction } from './use-map-interaction.ts';
import { mapScene } from './map-scene.ts';

const nodeTypes = { element: ElementNodeView };
const edgeTypes = { floating: FloatingEdge };
const NO_EDGES: never[] = [];

/** The modelling canvas of the open view: lanes, typed nodes, relations, drag, drop and connect. */
export function Canvas() {
  const wb = useActions();
  const doc = useDocument();
  const view = useCurrentView();
  const metamodel = useWb((s) => s.metamodel);
  const selection = useWb((s) => s.selection);
  const focus = useWb((s) => s.focus);
  const readOnly = useWb((s) => s.readOnly);
  const flow = useReactFlow();
  const [cache] = useState(() => new GraphCache());
  const [dragging, setDragging] = useState<Map<string, XYPosition>>(new Map());
  const { run, layout, cancel } = useLayout();
  const pane = useRef<HTMLDivElement>(null);
  const { mapFirst, fitting } = useFitGrid(pane, view?.id);
  const connect = useConnect();

  const selected = useMemo(() => new Set([...selection.elements, ...selection.relations]), [selection]);
  const diffOverlay = useWb((s) => s.diffOverlay);
  const simple = useStore(zoomedOut);
  const graph = useMemo(() => (view ? viewGraph(doc, view, metamodel, selected, cache, diffOverlay, simple) : null), [doc, view, metamodel, selected, cache, diffOverlay, simple]);
  const nodes = useMemo(() => {
    if (!graph) return [];
    if (dragging.size === 0) return graph.nodes;
    return graph.nodes.map((n) => (dragging.has(n.id) ? { ...n, position: dragging.get(n.id)! } : n));
  }, [graph, dragging]);

  // A large view zoomed out is painted by the map layer; React Flow keeps only the selection, so it can still be dragged.
  const mapMode = (simple || mapFirst) && nodes.length > LARGE_VIEW;
  const scene = useMemo(() => (mapMode && graph ? mapScene(nodes, graph.edges, metamodel, diffOverlay?.marks) : null), [mapMode, nodes, graph, metamodel, diffOverlay]);
  const flowNodes = useMemo(() => (mapMode ? nodes.filter((n) => n.selected || dragging.has(n.id)) : nodes), [mapMode, nodes, dragging]);
  const mapInteraction = useMapInteraction(mapMode ? nodes : null);

  // A view opened without positions (a shipped or imported model) is laid out once, without an undo step.
  const unplaced = view ? (view.elements === 'all' ? doc.elements : doc.elements.filter((e) => (view.elements as string[]).includes(e.id))).some((e) => !view.positions[e.id]) : false;
  useEffect(() => {
    if (unplaced && !run) void layout('auto');
  }, [unplaced, run, layout]);

  useEffect(() => {
    if (!focus || !graph) return;
    const node = graph.nodes.find((n) => n.id === focus.id);
    if (!node) return;
    void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom: Math.max(flow.getZoom(), 1.1), duration: 350 });
    // Only a new focus request moves the camera, not every document change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ElementNode>[]) => {
      const moving = changes.filter((c) => c.type === 'position' && c.dragging && c.position);
      if (moving.length) {
        setDragging((prev) => {
          const next = new Map(prev);
          for (const c of moving) if (c.type === 'position' && c.position) next.set(c.id, c.position);
          return next;
        });
      }
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length) {
        const current = new Set(wb.store.getState().selection.elements);
        for (const c of selects) toggle(current, c);
        const relations = wb.store.getState().selection.relations;
        wb.select({ elements: [...current], relations: [...relations] });
      }
    },
    [wb],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selects = changes.filter((c) => c.type === 'select');
      if (!selects.length) return;
      const current = new Set(wb.store.getState().selection.relations);
      for (const c of selects) toggle(current, c);
      wb.select({ elements: [...wb.store.getState().selection.elements], relations: [...current] });
    },
    [wb],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: ElementNode[]) => {
      if (!graph || !view) return;
      const moves: Move[] = dragged.map((n) => {
        const target = dropTarget(graph.grid, n.position, { width: n.width ?? 0, height: n.height ?? 0 });
        return { id: n.id, position: target.relative, area: target.area, role: target.role };
      });
      const el = doc.elements.find((e) => e.id === moves[0]?.id);
      const crossed = moves.some((m) => {
        const e = doc.elements.find((x) => x.id === m.id);
        return e && (e.area !== m.area || e.role !== m.role);
      });
      const label = moves.length === 1 && el ? `${crossed ? 'Move' : 'Reposition'} ${el.name}${crossed ? ` to ${laneNames(doc, moves[0]!)}` : ''}` : undefined;
      wb.perform(moveElements(view.id, moves, label));
      setDragging(new Map());
    },
    [graph, view, doc, wb],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const typeId = event.dataTransfer.getData(PALETTE_MIME);
      if (!typeId || !graph || !view) return;
      event.preventDefault();
      const type = metamodel.elementType(typeId);
      if (!type) return;
      const size = nodeSize(type.category);
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const topLeft = { x: point.x - size.width / 2, y: point.y - size.height / 2 };
      const target = dropTarget(graph.grid, topLeft, size);
      const el = newElement(doc, type, { area: target.area, role: target.role });
      wb.perform(addElement(el, { viewId: view.id, position: target.relative }));
      wb.select({ elements: [el.id] });
    },
    [graph, view, metamodel, flow, doc, wb],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => connect.finish(event, state),
    [connect],
  );

  if (!view || !graph) return <div className="canvas canvas--empty">This model has no view yet. Add one in step 5, Design structure.</div>;

  return (
    <div
      ref={pane}
      className={`canvas${unplaced && run ? ' canvas--pending' : ''}`}
      onDragOver={(e) => e.dataTransfer.types.includes(PALETTE_MIME) && e.preventDefault()}
      onDrop={onDrop}
      aria-busy={fitting || run !== null}
      {...mapInteraction.wrapper}
    >
      <ReactFlow
        nodes={flowNodes}
        edges={mapMode ? NO_EDGES : graph.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={(_, node) => (mapMode ? wb.focusElement(node.id) : !readOnly && wb.startRename(node.id))}
        zoomOnDoubleClick={false}
        onConnectEnd={onConnectEnd}
        isValidConnection={connect.isValid}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        onlyRenderVisibleElements={nodes.length > LARGE_VIEW}
        {...mapInteraction.flow}
        minZoom={0.05}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
        aria-label={`Canvas of the view ${view.name}`}
      >
        <LaneGrid grid={graph.grid} />
        {scene ? <MapLayer scene={scene} /> : null}
        <LaneHeaders grid={graph.grid} />
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} color="#d5d9de" />
        <OverviewMap grid={graph.grid} nodes={graph.nodes} />
        <Controls position="bottom-right" className="zoom-controls" showInteractive={false} showFitView={false} aria-label="Zoom controls">
          {/* React Flow's own fit knows only the nodes it renders: on the map, just the selection. */}
          <ControlButton onClick={() => wb.requestFit()} title="Fit the whole view" aria-label="Fit the whole view">
            <FitIcon />
          </ControlButton>
        </Controls>
        <CanvasToolbar run={run} onLayout={(mode) => void layout(mode)} onCancel={cancel} />
      </ReactFlow>
      {graph.nodes.length === 0 ? <CanvasEmptyState /> : null}
      {connect.menu ? <ConnectMenu {...connect.menu} onClose={connect.closeMenu} /> : null}
    </div>
  );
}

function toggle(ids: Set<string>, change: NodeChange | EdgeChange) {
  if (change.type !== 'select') return;
  if (change.selected) ids.add(change.id);
  else ids.delete(change.id);
}

function laneNames(doc: ReturnType<typeof useDocument>, move: Move): string {
  const area = doc.macroStructure.areas.find((a) => a.id === move.area)?.name ?? 'no area';
  const role = doc.macroStructure.roles.find((r) => r.id === move.role)?.name ?? 'no role';
  return `${role} / ${area}`;
}
