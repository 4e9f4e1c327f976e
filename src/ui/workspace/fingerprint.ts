import { modelHash } from '../../core/model/hash.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { FingerprintAnswer } from '../../workers/fingerprint.worker.ts';

type Waiting = { document: RefDocument; resolve: (hash: string) => void; reject: (error: Error) => void };

let worker: Promise<Worker | null> | null = null;
const waiting = new Map<number, Waiting>();
let next = 0;

/** The worker, started on first use; null where it cannot start or has failed, and the page hashes itself. */
function hasher(): Promise<Worker | null> {
  worker ??= import('../../workers/fingerprint.worker.ts?worker').then(
    ({ default: Hasher }) => {
      const started = new Hasher();
      started.onmessage = (event: MessageEvent<FingerprintAnswer>) => {
        const answer = event.data;
        const asked = waiting.get(answer.id);
        waiting.delete(answer.id);
        if ('hash' in answer) asked?.resolve(answer.hash);
        else asked?.reject(new Error(answer.error));
      };
      // A failed worker must not leave a save waiting for its version: the page hashes what was asked.
      started.onerror = (event) => {
        event.preventDefault();
        worker = Promise.resolve(null);
        for (const asked of waiting.values()) hashHere(asked);
        waiting.clear();
      };
      return started;
    },
    () => null,
  );
  return worker;
}

function hashHere({ document, resolve, reject }: Waiting) {
  try {
    resolve(modelHash(document));
  } catch (error) {
    reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** A version's content hash (core's modelHash), computed in a worker so that the page keeps answering. */
export async function fingerprintInWorker(document: RefDocument): Promise<string> {
  const started = await hasher();
  return new Promise((resolve, reject) => {
    const asked = { document, resolve, reject };
    if (!started) return hashHere(asked);
    const id = next++;
    waiting.set(id, asked);
    started.postMessage({ id, document });
  });
}
