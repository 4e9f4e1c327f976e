import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { awareness } from '../../collab/live.ts';
import { liveState } from '../../collab/live-state.ts';
import { publish } from '../../collab/presence.ts';
import { useStore } from '../../store/create-store.ts';
import { useWb } from '../workbench-context.ts';

type Viewport = { x: number; y: number; zoom: number };

/** Reads React Flow's pan and zoom from its viewport element, so the overlay needs nothing from inside the canvas. */
function viewportOf(flow: Element): Viewport {
  const style = flow.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*scale\(\s*([\d.]+)\)/.exec(style);
  return match ? { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) } : { x: 0, y: 0, zoom: 1 };
}

const CURSOR_EVERY_MS = 40;

/**
 * The others on this canvas: their pointers with their names, and their selection outlined in their colour.
 * Only people in the same view are drawn; the header says where the rest are.
 */
export function PresenceOverlay() {
  const others = useStore(liveState, (s) => s.others);
  const viewId = useWb((s) => s.viewId);
  const [flow, setFlow] = useState<HTMLElement | null>(null);
  const [viewport, setViewport] = useState<Viewport>({ x: 0, y: 0, zoom: 1 });

  // The canvas mounts and remounts on its own schedule: find it, and follow its pan and zoom.
  useEffect(() => {
    let observer: MutationObserver | null = null;
    let current: HTMLElement | null = null;
    const attach = () => {
      const found = document.querySelector<HTMLElement>('.react-flow');
      if (found === current && found?.isConnected) return;
      observer?.disconnect();
      current = found;
      setFlow(found);
      if (!found) return;
      setViewport(viewportOf(found));
      observer = new MutationObserver(() => setViewport(viewportOf(found)));
      const pane = found.querySelector('.react-flow__viewport');
      if (pane) observer.observe(pane, { attributes: true, attributeFilter: ['style'] });
    };
    attach();
    const timer = setInterval(attach, 1000);
    return () => {
      clearInterval(timer);
      observer?.disconnect();
    };
  }, []);

  // This person's pointer, in flow coordinates so it lands on the same spot at the others' zoom.
  useEffect(() => {
    if (!flow) return;
    let last = 0;
    const onMove = (e: PointerEvent) => {
      const now = performance.now();
      const live = awareness();
      if (!live || now - last < CURSOR_EVERY_MS) return;
      last = now;
      const rect = flow.getBoundingClientRect();
      const v = viewportOf(flow);
      const x = (e.clientX - rect.left - v.x) / v.zoom;
      const y = (e.clientY - rect.top - v.y) / v.zoom;
      publish(live, { cursor: { x: Math.round(x), y: Math.round(y) } });
    };
    const onLeave = () => {
      const live = awareness();
      if (live) publish(live, { cursor: null });
    };
    flow.addEventListener('pointermove', onMove);
    flow.addEventListener('pointerleave', onLeave);
    return () => {
      flow.removeEventListener('pointermove', onMove);
      flow.removeEventListener('pointerleave', onLeave);
    };
  }, [flow]);

  const here = others.filter((p) => p.viewId === viewId);
  const outlines = here
    .flatMap((p) =>
      p.selection.map(
        (id) =>
          `.react-flow__node[data-id="${CSS.escape(id)}"]{outline:3px solid ${p.colour};outline-offset:3px;border-radius:6px}`,
      ),
    )
    .join('\n');
  return (
    <>
      {outlines ? <style>{outlines}</style> : null}
      {flow
        ? createPortal(
            <div className="live-cursors" aria-hidden="true">
              {here.map((p) =>
                p.cursor ? (
                  <div
                    key={p.clientId}
                    className="live-cursor"
                    data-person={p.name}
                    style={{
                      transform: `translate(${viewport.x + p.cursor.x * viewport.zoom}px, ${viewport.y + p.cursor.y * viewport.zoom}px)`,
                    }}
                  >
                    <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
                      <path
                        d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z"
                        fill={p.colour}
                        stroke="#fff"
                        strokeWidth="1.5"
                      />
                    </svg>
                    <span style={{ background: p.colour }}>{p.name}</span>
                  </div>
                ) : null,
              )}
            </div>,
            flow,
          )
        : null}
    </>
  );
}
