import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  BackgroundVariant,
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
import { CanvasEmptyState } from './CanvasEmptyState.tsx';
import { GraphCache, gridOf, viewGraph, type ElementNode } from './view-graph.ts';
import { useLayout } from './use-layout.ts';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { OverviewMap } from './OverviewMap.tsx';
import { zoomedOut } from './level-of-detail.ts';

const nodeTypes = { element: ElementNodeView };
const edgeTypes = { floating: FloatingEdge };
import { PALETTE_MIME } from './dnd.ts';
const LARGE_VIEW = 300;

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

  // Fitting covers the whole lane grid, not only the nodes, so every lane label stays on screen.
  const fitSeq = useWb((s) => s.fitSeq);
  const viewId = view?.id;
  const pane = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const { history, metamodel: mm } = wb.store.getState();
    const shown = history.document.views.find((v) => v.id === viewId);
    const box = pane.current?.getBoundingClientRect();
    if (!shown || !box) return;
    const frame = requestAnimationFrame(() => void flow.setViewport(fitGrid(gridOf(history.document, shown, mm), box), { duration: 200 }));
    return () => cancelAnimationFrame(frame);
  }, [fitSeq, viewId, flow, wb]);

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
  const large = graph.nodes.length > LARGE_VIEW;

  return (
    <div ref={pane} className={`canvas${unplaced && run ? ' canvas--pending' : ''}`} onDragOver={(e) => e.dataTransfer.types.includes(PALETTE_MIME) && e.preventDefault()} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={graph.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={(_, node) => !readOnly && wb.startRename(node.id)}
        zoomOnDoubleClick={false}
        onConnectEnd={onConnectEnd}
        isValidConnection={connect.isValid}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        onlyRenderVisibleElements={large}
        minZoom={0.05}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
        aria-label={`Canvas of the view ${view.name}`}
      >
        <LaneGrid grid={graph.grid} />
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} color="#d5d9de" />
        <OverviewMap grid={graph.grid} nodes={graph.nodes} />
        <Controls position="bottom-right" showInteractive={false} aria-label="Zoom controls" style={{ right: 220 }} />
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

/** Room kept free under the grid for the minimap and zoom controls. */
const CONTROLS_STRIP = 150;
const MARGIN = 16;

/** The viewport that shows the whole grid, centred, above the strip where the minimap sits. */
function fitGrid(grid: { width: number; height: number }, box: { width: number; height: number }) {
  const zoom = Math.min(2, Math.max(0.05, Math.min((box.width - 2 * MARGIN) / grid.width, (box.height - MARGIN - CONTROLS_STRIP) / grid.height)));
  return { x: (box.width - grid.width * zoom) / 2, y: MARGIN, zoom };
}

function laneNames(doc: ReturnType<typeof useDocument>, move: Move): string {
  const area = doc.macroStructure.areas.find((a) => a.id === move.area)?.name ?? 'no area';
  const role = doc.macroStructure.roles.find((r) => r.id === move.role)?.name ?? 'no role';
  return `${role} / ${area}`;
}
