import type { ElkEngine, ElkGraph } from '../core/layout/layout.ts';

/** A running ELK in its own web worker; terminating it is the only way to cancel a layout. */
export interface ElkSession {
  engine: ElkEngine;
  terminate(): void;
}

/** Starts ELK in a web worker; the code is loaded on first use, never with the first screen. */
export async function startElk(): Promise<ElkSession> {
  const [{ default: ELK }, { default: ElkWorker }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?worker'),
  ]);
  const elk = new ELK({ workerFactory: () => new ElkWorker() });
  return {
    engine: { layout: (graph: ElkGraph) => elk.layout(graph as Parameters<typeof elk.layout>[0]) as Promise<ElkGraph> },
    terminate: () => elk.terminateWorker(),
  };
}
