import { useCallback, useEffect, useRef, useState } from 'react';
import { formatNumber, useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { renderMermaid } from './mermaid-renderer.ts';

interface Render {
  text: string;
  status: 'rendering' | 'done' | 'failed' | 'cancelled';
  started: number;
  svg?: string;
  error?: string;
  seconds?: number;
}

/**
 * About how long mermaid blocks the page to draw a diagram, in seconds, fitted to headless Chromium on the project's
 * 2-core machines: the client view's detail (57 nodes, 121 edges) took 3.3 s alone and 5.4 s under load, its process
 * map (22 nodes, 12 edges) 0.3 to 0.8 s.
 */
export function renderSeconds(nodes: number, edges: number): number {
  return 0.2 + (nodes + edges / 2) / 40;
}

/** Seconds to one decimal, in the active language's format (3.3 s, 3,3 s). */
const tenths = (seconds: number) => formatNumber(seconds, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export interface MermaidPreviewProps {
  text: string;
  /** What the diagram shows, e.g. "57 elements, 98 relations". */
  size: string;
  /** How many nodes mermaid draws, and about how long that blocks the page (see {@link renderSeconds}). */
  nodes: number;
  seconds: number;
  /** Draw as soon as the text settles; large diagrams wait for a click, as drawing them blocks the page for seconds. */
  auto: boolean;
  /** Why the diagram is not drawn at all (over Mermaid's limits), or null. */
  refused: string | null;
}

/** A live preview of Mermaid text, drawn by mermaid itself (strict security), with progress and cancel. */
export function MermaidPreview({ text, size, nodes, seconds, auto, refused }: MermaidPreviewProps) {
  const m = useMessages().export;
  const [render, setRender] = useState<Render | null>(null);
  const [now, setNow] = useState(0);
  const [large, setLarge] = useState(false);
  // Each drawing takes a number; a result that is no longer the latest (cancelled, superseded) is dropped.
  const generation = useRef(0);

  const draw = useCallback(() => {
    const gen = ++generation.current;
    const started = performance.now();
    setRender((r) => ({ text, status: 'rendering', started, ...(r?.svg ? { svg: r.svg } : {}) }));
    setNow(started);
    renderMermaid(text, () => gen === generation.current).then(
      (svg) =>
        gen === generation.current &&
        setRender({ text, status: 'done', started, svg, seconds: (performance.now() - started) / 1000 }),
      (error: unknown) =>
        gen === generation.current &&
        setRender({ text, status: 'failed', started, error: error instanceof Error ? error.message : String(error) }),
    );
  }, [text]);

  const cancel = () => {
    generation.current++;
    setRender({ text, status: 'cancelled', started: 0 });
  };

  useEffect(() => {
    if (!auto || refused) return;
    const timer = setTimeout(draw, 300);
    return () => clearTimeout(timer);
  }, [auto, refused, draw]);

  const rendering = render?.status === 'rendering';
  const about = m.seconds(formatNumber(seconds < 1 ? 1 : Math.round(seconds)));
  useEffect(() => {
    if (!rendering) return;
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [rendering]);

  const current = render?.text === text ? render : null;
  const stale = !current || current.status !== 'done';
  let status;
  if (refused) status = <p className="mermaid-preview__note">{refused}</p>;
  else if (current?.status === 'rendering') {
    status = (
      <div className="mermaid-preview__progress" role="status">
        <span className="spinner" aria-hidden="true" />
        <span>{m.drawingProgress(size, tenths(Math.max(0, (now - current.started) / 1000)), about)}</span>
        <button onClick={cancel}>{m.cancel}</button>
      </div>
    );
  } else if (current?.status === 'failed') {
    status = (
      <p className="mermaid-preview__error" role="alert">
        <strong>{m.couldNotDraw}</strong> {current.error}
      </p>
    );
  } else if (!current && auto) status = <p className="mermaid-preview__note">{m.drawing(size)}</p>;
  else if (!current || current.status === 'cancelled') {
    status = (
      <div className="mermaid-preview__note">
        <p>{current ? m.drawingCancelled : m.largeDiagram(size)}</p>
        <button onClick={draw}>{m.renderPreview(nodes, about)}</button>
      </div>
    );
  } else {
    status = (
      <div className="mermaid-preview__meta">
        <span>{m.drawnIn(size, tenths(current.seconds ?? 0))}</span>
        <button onClick={() => setLarge(true)} title={m.enlargeHint}>
          {m.enlarge}
        </button>
      </div>
    );
  }

  const svg = refused ? undefined : current?.status === 'done' ? current.svg : render?.svg;
  return (
    <section className="mermaid-preview" aria-label={m.preview} aria-busy={rendering}>
      {svg ? (
        <div className={`mermaid-preview__frame${stale ? ' is-stale' : ''}`}>
          <div
            className="mermaid-preview__svg"
            data-testid="mermaid-preview"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        </div>
      ) : null}
      {status}
      {large && svg ? (
        <Dialog title={m.previewTitle} wide onClose={() => setLarge(false)}>
          <div className="mermaid-preview__large" dangerouslySetInnerHTML={{ __html: svg }} />
        </Dialog>
      ) : null}
    </section>
  );
}
