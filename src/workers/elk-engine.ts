import type { ElkEngine, ElkGraph } from '../core/layout/layout.ts';

/** A running ELK in its own web worker; terminating it is the only way to cancel a layout. */
export interface ElkSession {
  engine: ElkEngine;
  terminate(): void;
}

let warm: Promise<ElkSession> | null = null;

async function start(): Promise<ElkSession> {
  const [{ default: ELK }, { default: ElkWorker }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?worker'),
  ]);
  const elk = new ELK({ workerFactory: () => new ElkWorker() });
  // Started means answering: the worker has loaded and compiled elkjs, so a layout's time is the layout's own.
  await elk.knownLayoutAlgorithms();
  const session: ElkSession = {
    engine: { layout: (graph: ElkGraph) => elk.layout(graph) },
    terminate() {
      elk.terminateWorker();
      if (warm && current === session) warm = null;
    },
  };
  current = session;
  return session;
}
let current: ElkSession | null = null;

/**
 * The ELK worker, started on first use and kept warm between layouts (starting one costs about a
 * second); the code is loaded late, never with the first screen. Terminating it cancels a layout.
 */
export function startElk(): Promise<ElkSession> {
  warm ??= start();
  return warm;
}
