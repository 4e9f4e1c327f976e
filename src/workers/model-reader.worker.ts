import { importDocument } from '../core/io/json.ts';
import { metamodelForFile } from '../core/metamodel/file-metamodel.ts';

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
  self.postMessage({ stage: 'done', result: importDocument(text, metamodelForFile(raw)) } satisfies ReaderMessage);
};
