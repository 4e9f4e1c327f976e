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

/** Renders a diagram to SVG markup; renders run one after another, as mermaid's renderer shares state between calls. */
export function renderMermaid(text: string): Promise<string> {
  const run = queue.then(async () => {
    const mermaid = await loadMermaid();
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
