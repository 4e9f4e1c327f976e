import { memo, useEffect, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import type { Grid } from '../../core/layout/geometry.ts';
import type { ElementNode } from './view-graph.ts';
import { messages } from '../i18n/messages.ts';

const WIDTH = 180;
const HEIGHT = 120;

/**
 * The minimap: lanes and nodes painted once into a bitmap, with only the viewport frame moving on
 * top. React Flow's SVG minimap repaints every node on each pan frame, which halves the frame rate
 * of a 1,000-element view.
 */
export const OverviewMap = memo(function OverviewMap({ grid, nodes }: { grid: Grid; nodes: readonly ElementNode[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow();
  const scale = Math.min(WIDTH / grid.width, HEIGHT / grid.height);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    for (const row of grid.rows) {
      ctx.fillStyle = `${row.colour}1f`;
      ctx.fillRect(0, row.start * scale, grid.width * scale, row.size * scale);
    }
    for (const n of nodes) {
      ctx.fillStyle = n.data.colour;
      ctx.fillRect(
        n.position.x * scale,
        n.position.y * scale,
        Math.max(1, (n.width ?? 0) * scale),
        Math.max(1, (n.height ?? 0) * scale),
      );
    }
  }, [grid, nodes, scale]);

  const centreOn = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    void flow.setCenter((e.clientX - box.left) / scale, (e.clientY - box.top) / scale, { zoom: flow.getZoom() });
  };

  return (
    <Panel position="bottom-right" className="overview-map">
      <div
        className="overview-map__surface"
        role="img"
        aria-label={messages().canvas.overview}
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          centreOn(e);
        }}
        onPointerMove={(e) => e.buttons === 1 && centreOn(e)}
      >
        <canvas
          ref={canvas}
          width={WIDTH * (window.devicePixelRatio || 1)}
          height={HEIGHT * (window.devicePixelRatio || 1)}
          style={{ width: WIDTH, height: HEIGHT }}
        />
        <ViewportFrame scale={scale} />
      </div>
    </Panel>
  );
});

/** The part of the map the screen shows; the only thing that changes while panning. */
function ViewportFrame({ scale }: { scale: number }) {
  const [x, y, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  return (
    <div
      className="overview-map__frame"
      style={{
        left: (-x / zoom) * scale,
        top: (-y / zoom) * scale,
        width: (width / zoom) * scale,
        height: (height / zoom) * scale,
      }}
    />
  );
}

/** Room the minimap keeps from the canvas edges (its CSS margin) and around itself. */
const MARGIN = 10;

/**
 * The minimap, only while part of the view is off screen (with the whole view in sight it would only cover it)
 * and only while no node on screen lies under its corner: it never hides a name.
 */
export function OverviewWhenNeeded({ grid, nodes }: { grid: Grid; nodes: readonly ElementNode[] }) {
  const shown = useStore((s) => {
    const [x, y, zoom] = s.transform;
    if (grid.width * zoom <= s.width + 1 && grid.height * zoom <= s.height + 1) return false;
    return !nodes.some((n) => coversNode(n, { x, y, zoom }, s));
  });
  return shown ? <OverviewMap grid={grid} nodes={nodes} /> : null;
}

/** Whether the minimap, in the bottom-right corner of a pane, would lie over a node as the viewport shows it. */
function coversNode(
  node: Pick<ElementNode, 'position' | 'width' | 'height'>,
  viewport: { x: number; y: number; zoom: number },
  pane: { width: number; height: number },
): boolean {
  const left = pane.width - WIDTH - 2 * MARGIN;
  const top = pane.height - HEIGHT - 2 * MARGIN;
  const x = node.position.x * viewport.zoom + viewport.x;
  const y = node.position.y * viewport.zoom + viewport.y;
  return (
    x + (node.width ?? 0) * viewport.zoom > left &&
    x < pane.width &&
    y + (node.height ?? 0) * viewport.zoom > top &&
    y < pane.height
  );
}
