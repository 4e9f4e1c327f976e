import type { Page } from 'playwright-core';

/** What a person sees on the canvas right now, measured in the page (see {@link measureScreen}). */
export interface ScreenMeasure {
  /** The level the level bar marks as current: "Process map", "Full detail" or a cell's name. */
  level: string;
  onMap: boolean;
  zoom: number;
  /** Nodes that carry a name (map processes or detail elements), as rendered. */
  names: number;
  /** Names whose every line is at least 12 px on screen, inside its node, inside the canvas and not covered. */
  readable: number;
  /** Names whose node lies wholly inside the canvas (the rest need a pan). */
  onScreen: number;
  /** Names with a line that runs out of its node (or out of its own line box). */
  cut: number;
  /** Names inside the canvas but covered by something else (a message, a panel). */
  covered: number;
  /** Visible text elements on the canvas drawn smaller than 9 px, with a few of them as examples. */
  tiny: number;
  tinyExamples: string[];
  /** Relation lines (or connectors) drawn. */
  lines: number;
  /** Lines with a point strictly inside a node that is neither their source nor their target. */
  under: number;
  underExamples: string[];
  /** Pairs of different lines that cross at least once (proper crossings: touching or sharing an end does not count). */
  crossings: number;
  /** Bends (turns of more than 10°) over all lines. */
  bends: number;
  cutExamples: string[];
}

/**
 * The measuring script, as text: tsx would wrap a function in helpers the page does not have.
 * Everything is in client (screen) pixels, so text size, cut-off, overlap and crossing are judged as drawn.
 */
const SCRIPT = String.raw`(() => {
  const READABLE = 12, TINY = 9;
  const canvas = document.querySelector('.canvas');
  const flow = document.querySelector('.react-flow');
  if (!canvas || !flow) return null;
  const pane = flow.getBoundingClientRect();
  const viewport = document.querySelector('.react-flow__viewport');
  const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
  const current = document.querySelector('nav[aria-label="Level of the view"] [aria-current="page"]');
  const level = current ? current.textContent.trim() : '?';
  const onMap = canvas.classList.contains('canvas--map');
  const within = (r, o, tol) => r.left >= o.left - tol && r.right <= o.right + tol && r.top >= o.top - tol && r.bottom <= o.bottom + tol;
  const textBox = (node) => { const range = document.createRange(); range.selectNodeContents(node); return range.getBoundingClientRect(); };
  // The on-screen scale of an element: the product of the transforms around it (SVG: its screen matrix).
  const scaleOf = (el) => {
    if (el instanceof SVGElement) { const m = el.getScreenCTM(); return m ? Math.hypot(m.a, m.b) : 1; }
    let s = 1;
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const t = getComputedStyle(a).transform;
      if (t && t !== 'none') { const m = new DOMMatrix(t); s *= Math.hypot(m.a, m.b); }
    }
    return s;
  };
  const px = (el) => parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
  const short = (s) => (s.length > 28 ? s.slice(0, 27) + '…' : s);

  // Names: one entry per node that carries a name, with its lines.
  const nameNodes = [...flow.querySelectorAll('.react-flow__node-map-process, .react-flow__node-map-element, .react-flow__node-element')];
  let readable = 0, cut = 0, covered = 0, onScreen = 0;
  const cutExamples = [];
  for (const node of nameNodes) {
    const holder = node.querySelector('.map-process__name, .el-node__name');
    if (!holder) continue;
    const lines = holder.querySelector('.map-process__line') ? [...holder.querySelectorAll('.map-process__line')] : holder.children.length ? [...holder.children] : [holder];
    const box = node.getBoundingClientRect();
    if (within(box, pane, 0.5)) onScreen++;
    let ok = true, isCut = false, isCovered = false;
    for (const line of lines) {
      const r = textBox(line);
      if (r.width === 0 || r.height === 0) continue;
      if (!within(r, box, 0.5) || line.scrollWidth > line.clientWidth + 1) isCut = true;
      if (px(line) < READABLE - 0.01) ok = false;
      if (!within(r, pane, 0)) { ok = false; continue; }
      const y = r.top + r.height / 2;
      for (const x of [r.left + 2, r.left + r.width / 2, r.right - 2]) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || !node.contains(hit)) { isCovered = true; ok = false; }
      }
    }
    if (isCut) { cut++; if (cutExamples.length < 4) cutExamples.push(short(holder.textContent)); }
    if (isCovered) covered++;
    if (ok && !isCut) readable++;
  }

  // Every visible text on the canvas, at its size on screen.
  let tiny = 0;
  const tinyExamples = [];
  const seen = new Set();
  const walker = document.createTreeWalker(canvas, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const el = t.parentElement;
    if (!el || seen.has(el) || !t.textContent.trim()) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const r = textBox(t);
    if (r.width === 0 || r.height === 0 || r.right < pane.left || r.left > pane.right || r.bottom < pane.top || r.top > pane.bottom) continue;
    seen.add(el);
    const size = px(el);
    if (size < TINY - 0.01) { tiny++; if (tinyExamples.length < 4) tinyExamples.push(short(t.textContent.trim()) + ' ' + size.toFixed(1) + 'px'); }
  }

  // Lines: as polylines in screen space (rounded corners taken at their corner point), and sampled along the path.
  const edges = [...flow.querySelectorAll('.react-flow__edge')];
  const obstacles = [...flow.querySelectorAll(onMap ? '.react-flow__node-map-process, .react-flow__node-map-element' : '.react-flow__node-element')].map((n) => ({ id: n.getAttribute('data-id'), r: n.getBoundingClientRect() }));
  const drawn = [];
  let under = 0;
  const underExamples = [];
  for (const edge of edges) {
    const path = edge.querySelector('path.connector') || edge.querySelector('path.react-flow__edge-path');
    if (!path || !path.checkVisibility()) continue;
    const m = path.getScreenCTM();
    const toScreen = (x, y) => { const p = new DOMPoint(x, y).matrixTransform(m); return { x: p.x, y: p.y }; };
    const total = path.getTotalLength();
    if (!(total > 0)) continue;
    const label = edge.getAttribute('aria-label') || '';
    const words = label.split(' ');
    const ends = onMap ? [] : [words[0], words[words.length - 1]];
    // The polyline of the path: M/L/H/V/Q/C/Z in absolute or relative form.
    const tokens = (path.getAttribute('d') || '').match(/[MLHVQCZmlhvqcz]|-?\d*\.?\d+(?:e[-+]?\d+)?/g) || [];
    const pts = [];
    let i = 0, cmd = 'M', cx = 0, cy = 0, sx = 0, sy = 0;
    const num = () => parseFloat(tokens[i++]);
    while (i < tokens.length) {
      if (/[A-Za-z]/.test(tokens[i])) cmd = tokens[i++];
      const rel = cmd === cmd.toLowerCase();
      const ox = rel ? cx : 0, oy = rel ? cy : 0;
      switch (cmd.toUpperCase()) {
        case 'M': cx = ox + num(); cy = oy + num(); sx = cx; sy = cy; pts.push(toScreen(cx, cy)); cmd = rel ? 'l' : 'L'; break;
        case 'L': cx = ox + num(); cy = oy + num(); pts.push(toScreen(cx, cy)); break;
        case 'H': cx = ox + num(); pts.push(toScreen(cx, cy)); break;
        case 'V': cy = oy + num(); pts.push(toScreen(cx, cy)); break;
        case 'Q': { const qx = ox + num(), qy = oy + num(); cx = ox + num(); cy = oy + num(); pts.push(toScreen(qx, qy)); pts.push(toScreen(cx, cy)); break; }
        case 'C': { const ax = ox + num(), ay = oy + num(), bx = ox + num(), by = oy + num(); cx = ox + num(); cy = oy + num(); pts.push(toScreen(ax, ay)); pts.push(toScreen(bx, by)); pts.push(toScreen(cx, cy)); break; }
        case 'Z': cx = sx; cy = sy; pts.push(toScreen(cx, cy)); break;
        default: i++;
      }
    }
    const poly = pts.filter((p, k) => k === 0 || Math.hypot(p.x - pts[k - 1].x, p.y - pts[k - 1].y) > 0.01);
    drawn.push({ id: edge.getAttribute('data-id'), poly });
    // Under a node: a sample strictly inside an unrelated node.
    let hit = null;
    for (let s = 0; s <= total && !hit; s += 3) {
      const p = toScreen(path.getPointAtLength(s).x, path.getPointAtLength(s).y);
      for (const o of obstacles) {
        if (ends.includes(o.id)) continue;
        if (p.x > o.r.left + 1 && p.x < o.r.right - 1 && p.y > o.r.top + 1 && p.y < o.r.bottom - 1) { hit = o.id; break; }
      }
    }
    if (hit) { under++; if (underExamples.length < 4) underExamples.push(short(label || edge.getAttribute('data-id')) + ' under ' + hit); }
  }

  // Bends: turns of more than 10° between consecutive segments.
  let bends = 0;
  for (const { poly } of drawn) {
    for (let k = 1; k < poly.length - 1; k++) {
      const a = Math.atan2(poly[k].y - poly[k - 1].y, poly[k].x - poly[k - 1].x);
      const b = Math.atan2(poly[k + 1].y - poly[k].y, poly[k + 1].x - poly[k].x);
      let d = Math.abs(a - b);
      if (d > Math.PI) d = 2 * Math.PI - d;
      if (d > (10 * Math.PI) / 180) bends++;
    }
  }

  // Crossings: pairs of lines with a proper intersection of two of their segments.
  const segsOf = (poly) => {
    const out = [];
    for (let k = 1; k < poly.length; k++) {
      const a = poly[k - 1], b = poly[k];
      out.push({ a, b, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x), minY: Math.min(a.y, b.y), maxY: Math.max(a.y, b.y) });
    }
    return out;
  };
  const orient = (p, q, r) => { const v = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); return Math.abs(v) < 1e-6 ? 0 : Math.sign(v); };
  const cross = (s, t) => {
    if (s.maxX < t.minX || t.maxX < s.minX || s.maxY < t.minY || t.maxY < s.minY) return false;
    const o1 = orient(s.a, s.b, t.a), o2 = orient(s.a, s.b, t.b), o3 = orient(t.a, t.b, s.a), o4 = orient(t.a, t.b, s.b);
    return o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0 && o1 !== o2 && o3 !== o4;
  };
  const segs = drawn.map((d) => segsOf(d.poly));
  const boxes = drawn.map((d) => {
    const xs = d.poly.map((p) => p.x), ys = d.poly.map((p) => p.y);
    return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
  });
  let crossings = 0;
  for (let a = 0; a < drawn.length; a++) {
    for (let b = a + 1; b < drawn.length; b++) {
      const A = boxes[a], B = boxes[b];
      if (A.maxX < B.minX || B.maxX < A.minX || A.maxY < B.minY || B.maxY < A.minY) continue;
      if (segs[a].some((s) => segs[b].some((t) => cross(s, t)))) crossings++;
    }
  }

  return { level, onMap, zoom, names: nameNodes.length, readable, onScreen, cut, covered, tiny, tinyExamples, lines: drawn.length, under, underExamples, crossings, bends, cutExamples };
})()`;

/** Measures what the canvas shows now: names, text sizes, lines under nodes, crossings and bends. */
export async function measureScreen(page: Page): Promise<ScreenMeasure> {
  const measured = await page.evaluate<ScreenMeasure | null>(SCRIPT);
  if (!measured) throw new Error('no canvas on the page to measure');
  return measured;
}

/** The names readable on screen now, as a quick in-page count (for waiting on a readable first screen). */
export const READABLE_NOW = String.raw`(() => {
  const flow = document.querySelector('.react-flow');
  const canvas = document.querySelector('.canvas');
  if (!flow || !canvas || canvas.getAttribute('aria-busy') !== 'false' || document.querySelector('.layout-progress')) return null;
  const viewport = document.querySelector('.react-flow__viewport');
  const transform = viewport ? viewport.getAttribute('style') : '';
  const pane = flow.getBoundingClientRect();
  const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
  const nodes = [...flow.querySelectorAll('.react-flow__node-map-process, .react-flow__node-map-element, .react-flow__node-element')];
  let readable = 0;
  for (const node of nodes) {
    const holder = node.querySelector('.map-process__name, .el-node__name');
    if (!holder) continue;
    const r = holder.getBoundingClientRect();
    const size = parseFloat(getComputedStyle(holder).fontSize) * zoom;
    if (size >= 11.99 && r.width > 0 && r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom) readable++;
  }
  return { names: nodes.length, readable, transform };
})()`;
