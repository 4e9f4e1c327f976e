import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { RefDocument, View } from '../../core/model/schema.ts';
import { foldView, type Folding } from '../../core/diagram/fold.ts';
import { nodeBox } from '../../core/diagram/node-box.ts';
import { ZOOMS, fitsAt } from '../../core/diagram/readable.ts';
import { processMap, type ProcessMap } from '../../core/diagram/process-map.ts';
import type { Grid } from '../../core/layout/geometry.ts';
import type { Level } from '../../store/workbench.ts';
import { useActions, useWb } from '../workbench-context.ts';

/** Space kept free at the edges of the canvas (its layout buttons and zoom sit in the foot under it, not over it). */
export const ROOM_MARGIN = 12;
/** Up to this many nodes a view opens in detail, at the readable zoom if it cannot be fitted. */
const SMALL_VIEW = 12;

export interface Room {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the canvas a drawing is fitted into. */
export function roomOf(box: { width: number; height: number }): Room {
  return {
    x: ROOM_MARGIN,
    y: ROOM_MARGIN,
    width: Math.max(100, box.width - 2 * ROOM_MARGIN),
    height: Math.max(100, box.height - 2 * ROOM_MARGIN),
  };
}

/** The canvas size, kept up to date. */
export function usePaneSize(pane: RefObject<HTMLDivElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const el = pane.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      setSize((s) => (s && Math.abs(s.width - width) < 1 && Math.abs(s.height - height) < 1 ? s : { width, height }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [pane]);
  return size;
}

/** The process map of the open view, shaped for the canvas it is shown on. */
export function useProcessMap(
  doc: RefDocument,
  view: View | undefined,
  metamodel: Metamodel,
  room: Room | null,
  wanted: boolean,
): ProcessMap | null {
  const shape = useSteadyShape(room);
  // Positions do not change the map: a layout landing in the background leaves it as it is.
  const { elements, relations, macroStructure, designGoals } = doc;
  const members = view?.elements;
  return useMemo(() => {
    if (!wanted || !view || !shape) return null;
    const [w, h] = shape.split('x').map(Number);
    return processMap(doc, view, metamodel, { width: w!, height: h! });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, elements, relations, macroStructure, designGoals, members, view?.id, metamodel, shape]);
}

/**
 * Picks the level a view opens at: the whole view in detail when its names read at 12 px with all of it on
 * screen, otherwise the process map. Detail is ruled out early when its nodes alone could not fit readable;
 * otherwise the pick waits for the first layout.
 */
export function useReadableLevel(
  doc: RefDocument,
  view: View | undefined,
  metamodel: Metamodel,
  room: Room | null,
  detailGrid: Grid | null,
  placed: boolean,
) {
  const wb = useActions();
  const level = useWb((s) => s.level);
  useEffect(() => {
    if (level || !view || !room) return;
    const pick = decide(doc, view, metamodel, room, detailGrid, placed);
    if (pick) wb.setLevel(pick);
  }, [level, doc, view, metamodel, room, detailGrid, placed, wb]);
  return level;
}

function decide(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  room: Room,
  detailGrid: Grid | null,
  placed: boolean,
): Level | null {
  const folding = foldView(doc, view, metamodel);
  if (folding.nodes.length === 0) return { kind: 'detail' };
  const zoom = ZOOMS.detail.readable;
  const area = folding.nodes.reduce((sum, el) => {
    const type = metamodel.elementType(el.type);
    const box = nodeBox(
      { category: type?.category ?? '', typeLabel: type?.label ?? el.type, name: el.name, optional: el.optional },
      folding.carried.get(el.id) ?? null,
      false,
    );
    return sum + (box.width + 24) * (box.height + 24);
  }, 0);
  if (area * zoom * zoom > room.width * room.height) return { kind: 'map' };
  if (!placed || !detailGrid) return null;
  if (fitsAt(detailGrid, room, zoom)) return { kind: 'detail' };
  // A small view the map cannot name in full reads better in detail, even when part of it needs a pan.
  return folding.nodes.length <= SMALL_VIEW && !namesAll(processMap(doc, view, metamodel, mapShape(room)), folding)
    ? { kind: 'detail' }
    : { kind: 'map' };
}

/** Whether the map names every element drawn in detail (what folds into a process, a measure or a badge, is no node there). */
export function namesAll(map: ProcessMap, folding: Folding): boolean {
  const named = new Set(map.cells.flatMap((cell) => cell.boxes.map((box) => box.id)));
  return folding.nodes.every((el) => named.has(el.id));
}

/**
 * The map's shape as a memo key. A room that grows a little (a notice under the canvas goes away) keeps the shape
 * planned, which still fits: re-planning a large map takes a quarter of a second. A room that shrinks is planned anew.
 */
function useSteadyShape(room: Room | null): string | null {
  const [planned, setPlanned] = useState<{ width: number; height: number } | null>(null);
  const exact = room ? mapShape(room) : null;
  const keep =
    planned &&
    exact &&
    planned.width <= exact.width &&
    planned.height <= exact.height &&
    exact.width <= planned.width * KEEP_GROWTH &&
    exact.height <= planned.height * KEEP_GROWTH;
  const shape = keep ? planned : exact;
  // Remembered during render (React's pattern for state from the previous render), so the memo sees it at once.
  if (shape && (shape.width !== planned?.width || shape.height !== planned.height)) setPlanned(shape);
  return shape ? `${shape.width}x${shape.height}` : null;
}

/** How much larger the room may grow before the map is planned for it anew. */
const KEEP_GROWTH = 1.1;

/** Steps the map's shape moves in, so resizing a panel does not re-flow it at every pixel. */
const SHAPE_STEP = 4;

/**
 * The shape a map is laid out for: the room, rounded down to a step. Never larger than the room, or a map judged
 * readable for it would be fitted smaller on screen; never much smaller, or it would name fewer than fit.
 */
export function mapShape(room: { width: number; height: number }): { width: number; height: number } {
  const down = (size: number) => Math.floor(size / SHAPE_STEP) * SHAPE_STEP;
  return { width: down(room.width), height: down(room.height) };
}
