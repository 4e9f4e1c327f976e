import { importDocument } from '../core/io/json.ts';
import { metamodelForFile } from '../core/metamodel/file-metamodel.ts';
import { MAX_OPEN_ELEMENTS } from './limits.ts';

/** What the reader says while it works: the stage it is in, then the checked model or why not. */
export type ReaderMessage =
  { readonly stage: 'checking' } | { readonly stage: 'done'; readonly result: ReturnType<typeof importDocument> };

/** Reads, parses and checks a model file off the main thread, so a large one never stops the page answering. */
self.onmessage = async (event: MessageEvent<File>) => {
  const text = await event.data.text();
  self.postMessage({ stage: 'checking' } satisfies ReaderMessage);
  let raw: unknown = null;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // importDocument reports the syntax error with its line and column.
  }
  self.postMessage({
    stage: 'done',
    result: within(importDocument(text, metamodelForFile(raw))),
  } satisfies ReaderMessage);
};

/**
 * A model larger than the workbench shows is refused here, with what to do instead: handed to the page, it would
 * stop the page answering while it is copied in, validated and drawn.
 */
function within(result: ReturnType<typeof importDocument>): ReturnType<typeof importDocument> {
  if (!result.ok || result.document.elements.length <= MAX_OPEN_ELEMENTS) return result;
  const n = (v: number) => v.toLocaleString('en');
  const { elements, relations } = result.document;
  const message =
    `it has ${n(elements.length)} elements and ${n(relations.length)} relations, and the workbench shows models of up to ` +
    `${n(MAX_OPEN_ELEMENTS)} elements. Check or convert it with the command line (refmod validate, refmod export), ` +
    `or split it into smaller models, e.g. one per area`;
  return { ok: false, stage: 'file', errors: [{ path: '(file)', message }] };
}
