import { useEffect, useMemo, useState } from 'react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import { drawingOf } from '../../core/diagram/drawing.ts';
import type { RefDocument, View } from '../../core/model/schema.ts';
import { useWb } from '../workbench-context.ts';
import { GraphCache, gridOf, viewGraph, type DetailScope } from './view-graph.ts';
import { useProcessMap, useReadableLevel, type Room } from './use-level.ts';
import { mapGraph } from './map-graph.ts';

/**
 * What the canvas draws of the open view at its level: the folded drawing, the level picked when the view opens,
 * the detail's graph (one cell or all of it) or the process map's, and their lane grid.
 */
export function useLevelDrawing(
  doc: RefDocument,
  view: View | undefined,
  metamodel: Metamodel,
  room: Room | null,
  selected: Set<string>,
) {
  const folding = useWb((s) => s.folding);
  const unfolded = useWb((s) => s.unfolded);
  const diffOverlay = useWb((s) => s.diffOverlay);
  const [cache] = useState(() => new GraphCache());
  const drawing = useMemo(
    () => (view ? drawingOf(doc, view, metamodel, folding, unfolded) : null),
    [doc, view, metamodel, folding, unfolded],
  );
  // A view opened without positions (a shipped or imported model) is laid out once, without an undo step.
  const placed = view && drawing ? drawing.folding.nodes.every((e) => view.positions[e.id]) : true;
  // The whole grid is needed only to pick the level a view opens at, not on every later edit.
  const undecided = useWb((s) => s.level === null);
  const wholeGrid = useMemo(
    () => (undecided && view && drawing && placed ? gridOf(doc, view, { drawing, cell: null }) : null),
    [undecided, doc, view, drawing, placed],
  );
  const level = useReadableLevel(doc, view, metamodel, room, wholeGrid, placed);
  const onMap = level?.kind === 'map';
  // The router loads with the first detail level; the process map does not need it.
  const [router, setRouter] = useState<DetailScope['route']>(null);
  useEffect(() => {
    if (level && !onMap && !router)
      void import('../../core/diagram/orthogonal-router.ts').then((m) => setRouter(() => m.routeOrthogonal));
  }, [level, onMap, router]);
  const scopeKey = level?.kind === 'cell' ? `${level.row}|${level.column}` : '';
  const graph = useMemo(() => {
    // Until the level is picked nothing is drawn: a large view would build its whole detail only to drop it for the map.
    if (!view || !drawing || undecided || onMap) return null;
    const cell = level?.kind === 'cell' ? { row: level.row, column: level.column } : null;
    return viewGraph(doc, view, metamodel, selected, cache, diffOverlay, { drawing, cell, route: router });
    // The cell is read from the level; its key is the dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, view, metamodel, selected, cache, diffOverlay, drawing, scopeKey, undecided, onMap, router]);
  const map = useProcessMap(doc, view, metamodel, room, onMap);
  const mapped = useMemo(() => (map ? mapGraph(doc, metamodel, map, selected) : null), [map, doc, metamodel, selected]);
  const grid = map?.grid ?? graph?.grid ?? null;
  return { drawing, placed, level, onMap, scopeKey, graph, map, mapped, grid };
}
