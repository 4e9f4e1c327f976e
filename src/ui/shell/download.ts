import { fileBase } from '../../core/i18n/file-name.ts';
import type { RefDocument } from '../../core/model/schema.ts';

/** Offers a text (or bytes) as a file download. */
export function download(filename: string, text: BlobPart, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the model's name (Hangul kept; its id when nothing readable is left) and an extension. */
export function fileNameFor(doc: RefDocument, extension: string) {
  return `${fileBase(doc)}.${extension}`;
}
