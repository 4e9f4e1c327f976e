import { useEffect, useRef, useState, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { readableViewport } from '../../core/diagram/readable.ts';
import { useWb } from '../workbench-context.ts';
import { roomOf } from './use-level.ts';

const GLIDE_MS = 200;

/**
 * Shows the drawing of the current level on each fit request (opening a view, changing level, the fit button):
 * the whole of it when its names stay readable, otherwise its top-left part at the readable zoom. A large
 * drawing, a newly opened view and a new level jump instead of gliding. Returns whether the viewport is still on its way.
 */
export function useFitGrid(
  pane: RefObject<HTMLDivElement | null>,
  size: { width: number; height: number } | null,
  readable: number,
  levelKey: string,
  content?: { x: number; y: number },
): { fitting: boolean } {
  const flow = useReactFlow();
  const fitSeq = useWb((s) => s.fitSeq);
  const [landed, setLanded] = useState(-1);
  // Fits are numbered in order; one that ends after a later one (its timer outlived the glide) changes nothing.
  const land = (seq: number) => setLanded((previous) => Math.max(previous, seq));
  const ready = size !== null;
  // A new view or level appears in place at once; only a fit of what is already shown glides.
  const shown = useRef<string | null>(null);

  useEffect(() => {
    const box = pane.current?.getBoundingClientRect();
    if (!size || !box) return;
    const target = readableViewport(size, roomOf(box), readable, content);
    const frame = requestAnimationFrame(() => {
      const duration = shown.current !== levelKey || size.width * size.height > 4e6 ? 0 : GLIDE_MS;
      shown.current = levelKey;
      // A glide the user interrupts (a wheel, a drag) never reports its end: the fit counts as landed when it would have.
      void Promise.race([
        flow.setViewport(target, { duration }),
        new Promise((done) => setTimeout(done, duration + 50)),
      ]).then(() => land(fitSeq));
    });
    return () => cancelAnimationFrame(frame);
    // Only a fit request or a level that becomes ready moves the camera, not every change of the drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitSeq, ready, pane, flow, readable, levelKey]);

  return { fitting: landed !== fitSeq };
}
