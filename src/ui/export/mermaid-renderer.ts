import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | null = null;

/** Mermaid, loaded on first use (about 190 KB gzip of chunks) and set up with strict security: labels cannot carry script. */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
    return mermaid;
  });
  return loading;
}

let queue: Promise<unknown> = Promise.resolve();
let seq = 0;

/** Resolves after the browser has painted: mermaid holds the page while it draws, so progress must show first. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Renders a diagram to SVG markup; renders run one after another, as mermaid's renderer shares state between calls.
 * A render no longer `wanted` when its turn comes (cancelled, superseded) is skipped: it rejects.
 */
export function renderMermaid(text: string, wanted: () => boolean = () => true): Promise<string> {
  const run = queue.then(async () => {
    const mermaid = await loadMermaid();
    await nextPaint();
    if (!wanted()) throw new Error('The drawing was cancelled.');
    const id = `refmod-mermaid-${++seq}`;
    try {
      return (await mermaid.render(id, text)).svg;
    } finally {
      // A failed render can leave its scratch element behind.
      document.getElementById(`d${id}`)?.remove();
      document.getElementById(id)?.remove();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
