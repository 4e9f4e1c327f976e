import { SVG_MODEL_ID } from '../../core/diagram/view-image.ts';
import { isPng, MODEL_KEYWORD, readTextChunk } from '../../core/io/png-chunks.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type EmbeddedModel = { ok: true; text: string } | { ok: false; message: string };

/** The model JSON an SVG or PNG exported by Refmod carries; a sentence for the user when there is none. */
export async function modelFromImage(file: File): Promise<EmbeddedModel> {
  const notOurs = `"${file.name}" carries no Refmod model: only SVG and PNG images exported by Refmod can be opened.`;
  if (/\.png$/i.test(file.name) || file.type === 'image/png') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isPng(bytes)) return { ok: false, message: `"${file.name}" is not a PNG image.` };
    const text = await readTextChunk(bytes, MODEL_KEYWORD);
    return text === null ? { ok: false, message: notOurs } : { ok: true, text };
  }
  const parsed = new DOMParser().parseFromString(await file.text(), 'image/svg+xml');
  if (parsed.querySelector('parsererror') || parsed.documentElement.localName !== 'svg')
    return { ok: false, message: `"${file.name}" is not a readable SVG image.` };
  const metadata = [...parsed.getElementsByTagNameNS(SVG_NS, 'metadata')].find(
    (m) => m.getAttribute('id') === SVG_MODEL_ID,
  );
  return metadata?.textContent ? { ok: true, text: metadata.textContent } : { ok: false, message: notOurs };
}
