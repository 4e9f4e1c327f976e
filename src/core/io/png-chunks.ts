/**
 * PNG text chunks: Refmod writes the model into an exported PNG (an iTXt chunk, UTF-8, deflated) and
 * reads it back on Open, as draw.io does. The chunk layout follows the PNG specification (ISO/IEC 15948).
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** The keyword of the chunk that carries the model's canonical JSON. */
export const MODEL_KEYWORD = 'refmod-model';

/** Models up to 20 MB open (as in safe-json); a chunk that unpacks to more is a decompression bomb or no model of ours. */
const MAX_MODEL_BYTES = 20 * 1024 * 1024;

/** An image that is refused before it can cost time or memory; the message says why, for the user. */
export class ImageRefused extends Error {}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  data: Uint8Array;
}

function* chunks(png: Uint8Array): Generator<Chunk> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (at + 12 + length > png.length) {
      throw new ImageRefused(
        `The PNG image is damaged: a chunk claims ${megabytes(length)}, but only ${megabytes(png.length - at - 12)} follow.`,
      );
    }
    yield { type, start: at, data: png.subarray(at + 8, at + 8 + length) };
    at += 12 + length;
  }
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The pixel size from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (!isPng(png)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const megabytes = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${bytes.toLocaleString('en')} bytes`
    : `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** Inflates at most `limit` bytes and stops there: a few kilobytes of deflate can claim a gigabyte. */
async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.length;
    if (size > limit) {
      await reader.cancel();
      throw new ImageRefused(
        `The model in this PNG image unpacks to more than ${megabytes(limit)}; Refmod opens models up to ${megabytes(limit)}.`,
      );
    }
    parts.push(read.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

const encoder = new TextEncoder();

/**
 * A copy of the PNG with a compressed iTXt chunk after IHDR, and (when given) a pHYs chunk so that a
 * 2× image pastes into slides at its intended size. Existing chunks with the same keyword are dropped.
 */
export async function withTextChunk(
  png: Uint8Array,
  keyword: string,
  text: string,
  pixelsPerMetre?: number,
): Promise<Uint8Array> {
  if (!isPng(png)) throw new Error('Not a PNG image.');
  const compressed = await deflate(encoder.encode(text));
  // iTXt: keyword, NUL, compression flag 1, method 0, empty language tag + NUL, empty translated keyword + NUL, text.
  const head = encoder.encode(keyword);
  const data = new Uint8Array(head.length + 5 + compressed.length);
  data.set(head, 0);
  data.set([0, 1, 0, 0, 0], head.length);
  data.set(compressed, head.length + 5);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of chunks(png)) {
    if (c.type === 'pHYs' && pixelsPerMetre) continue;
    if ((c.type === 'iTXt' || c.type === 'tEXt') && readKeyword(c.data) === keyword) continue;
    parts.push(png.subarray(c.start, c.start + 12 + c.data.length));
    if (c.type === 'IHDR') {
      parts.push(chunk('iTXt', data));
      if (pixelsPerMetre) parts.push(chunk('pHYs', physical(pixelsPerMetre)));
    }
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function physical(pixelsPerMetre: number): Uint8Array {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, pixelsPerMetre);
  view.setUint32(4, pixelsPerMetre);
  data[8] = 1; // unit: metre
  return data;
}

function readKeyword(data: Uint8Array): string {
  const end = data.indexOf(0);
  return new TextDecoder('latin1').decode(data.subarray(0, end < 0 ? data.length : end));
}

/**
 * The text of the iTXt or tEXt chunk with this keyword, or null when the PNG has none (or its text is damaged).
 * Throws ImageRefused, before unpacking anything large, for a chunk longer than the file or a model over 20 MB.
 */
export async function readTextChunk(png: Uint8Array, keyword: string): Promise<string | null> {
  if (!isPng(png)) return null;
  for (const c of chunks(png)) {
    if ((c.type !== 'iTXt' && c.type !== 'tEXt') || readKeyword(c.data) !== keyword) continue;
    if (c.data.length > MAX_MODEL_BYTES)
      throw new ImageRefused(
        `The model in this PNG image takes ${megabytes(c.data.length)}; Refmod opens models up to ${megabytes(MAX_MODEL_BYTES)}.`,
      );
    const after = c.data.indexOf(0) + 1;
    if (c.type === 'tEXt') return new TextDecoder('latin1').decode(c.data.subarray(after));
    const compressed = c.data[after] === 1;
    const languageEnd = c.data.indexOf(0, after + 2);
    const translatedEnd = c.data.indexOf(0, languageEnd + 1);
    if (languageEnd < 0 || translatedEnd < 0) return null;
    const body = c.data.subarray(translatedEnd + 1);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(
        compressed ? await inflateAtMost(body, MAX_MODEL_BYTES) : body,
      );
    } catch (error) {
      if (error instanceof ImageRefused) throw error;
      return null;
    }
  }
  return null;
}
