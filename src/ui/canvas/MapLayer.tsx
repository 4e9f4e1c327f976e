import { memo, useEffect, useMemo, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Rect } from '../../core/layout/geometry.ts';
import type { MapScene } from './map-scene.ts';

type Transform = [number, number, number];

interface ScenePaths {
  fills: { colour: string; alpha: number; path: Path2D }[];
  outlines: { colour: string; dash: number[]; width: number; path: Path2D }[];
  lines: { colour: string; dash: number[]; width: number; path: Path2D }[];
}

const dashOf = (dash: string | undefined) => (dash ? dash.split(' ').map(Number) : []);

/** Builds each style group's path once per change of the scene, so a frame only fills and strokes them. */
function toPaths(scene: MapScene): ScenePaths {
  const rectsPath = (rects: readonly Rect[]) => {
    const path = new Path2D();
    for (const r of rects) path.rect(r.x, r.y, r.w, r.h);
    return path;
  };
  return {
    fills: scene.fills.map(({ colour, alpha, rects }) => ({ colour, alpha, path: rectsPath(rects) })),
    outlines: scene.outlines.map(({ stroke, rects }) => ({ colour: stroke.colour, dash: dashOf(stroke.dash), width: stroke.width, path: rectsPath(rects) })),
    lines: scene.lines.map(({ stroke, segments }) => {
      const path = new Path2D();
      for (const [a, b] of segments) {
        path.moveTo(a.x, a.y);
        path.lineTo(b.x, b.y);
      }
      return { colour: stroke.colour, dash: dashOf(stroke.dash), width: stroke.width, path };
    }),
  };
}

function paint(canvas: HTMLCanvasElement, paths: ScenePaths, [x, y, zoom]: Transform, width: number, height: number) {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * x, ratio * y);
  // Line widths and dashes are in screen pixels: divided by the zoom, they look the same at every zoom.
  const stroke = (group: ScenePaths['lines'][number]) => {
    ctx.strokeStyle = group.colour;
    ctx.lineWidth = group.width / zoom;
    ctx.setLineDash(group.dash.map((d) => d / zoom));
    ctx.stroke(group.path);
  };
  ctx.globalAlpha = 0.75;
  paths.lines.forEach(stroke);
  for (const fill of paths.fills) {
    ctx.globalAlpha = fill.alpha;
    ctx.fillStyle = fill.colour;
    ctx.fill(fill.path);
  }
  ctx.globalAlpha = 1;
  paths.outlines.forEach(stroke);
}

/**
 * A large view zoomed out, drawn into one bitmap over the lanes: 2,000 blocks and 3,000 lines cost a few
 * fill and stroke calls per frame, where as DOM nodes and SVG edges they cost a whole frame budget and more.
 * It redraws only when the scene or the viewport changes, outside React.
 */
export const MapLayer = memo(function MapLayer({ scene }: { scene: MapScene }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  const paths = useMemo(() => toPaths(scene), [scene]);

  useEffect(() => {
    let frame = 0;
    const draw = () => {
      frame = 0;
      const { transform, width, height } = store.getState();
      if (canvas.current) paint(canvas.current, paths, transform, width, height);
    };
    draw();
    const unsubscribe = store.subscribe((state, previous) => {
      if (frame || (state.transform === previous.transform && state.width === previous.width && state.height === previous.height)) return;
      frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [paths, store]);

  return <canvas ref={canvas} className="map-layer" aria-hidden="true" data-testid="map-layer" />;
});
