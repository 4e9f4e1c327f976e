import { modelHash } from '../core/model/hash.ts';
import type { RefDocument } from '../core/model/schema.ts';

/** What the hasher answers: the hash, or why the document could not be hashed. */
export type FingerprintAnswer = { id: number; hash: string } | { id: number; error: string };

/** A version's content hash, off the main thread: on a 10,000-element model it takes seconds. */
self.onmessage = (event: MessageEvent<{ id: number; document: RefDocument }>) => {
  const { id, document } = event.data;
  try {
    self.postMessage({ id, hash: modelHash(document) } satisfies FingerprintAnswer);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies FingerprintAnswer);
  }
};
