import { createDeflate } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImageRefused, MODEL_KEYWORD, readTextChunk, withTextChunk } from '../../../src/core/io/png-chunks.ts';

const PIXEL = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/** Deflated spaces: `megabytes` MB of text in a few hundred kilobytes, written in pieces so the test stays small. */
async function deflatedSpaces(megabytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const piece = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < megabytes; i++)
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  const ended = new Promise((resolve) => deflate.once('end', resolve));
  deflate.end();
  await ended;
  return Buffer.concat(parts);
}

/** A PNG whose refmod-model iTXt chunk holds these deflated bytes. */
function pngWithDeflated(body: Uint8Array): Uint8Array {
  const head = Buffer.concat([Buffer.from(`${MODEL_KEYWORD}\0\u0001\0\0\0`, 'latin1'), body]);
  const chunk = Buffer.alloc(12 + head.length);
  chunk.writeUInt32BE(head.length, 0);
  chunk.write('iTXt', 4, 'latin1');
  head.copy(chunk, 8);
  return new Uint8Array(Buffer.concat([PIXEL.subarray(0, 33), chunk, PIXEL.subarray(33)]));
}

async function refusal(png: Uint8Array): Promise<string> {
  const error: unknown = await readTextChunk(png, MODEL_KEYWORD).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageRefused);
  return (error as Error).message;
}

describe('hostile PNG images', () => {
  it('refuses a chunk that claims 1 GB in a small file at once, saying the file is damaged', async () => {
    const png = await withTextChunk(PIXEL, MODEL_KEYWORD, '{"a":1}');
    new DataView(png.buffer).setUint32(33, 1_000_000_000); // the iTXt chunk's length
    // This message is written from the chunk's header, before any byte of it is read.
    expect(await refusal(png)).toMatch(
      /^The PNG image is damaged: a chunk claims 953\.7 MB, but only \d+ bytes follow\.$/,
    );
  });

  it('stops unpacking a decompression bomb at 20 MB with a true message', async () => {
    const bomb = pngWithDeflated(await deflatedSpaces(200));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // The inflater says this the moment its output passes 20 MB, so the other 180 MB are never unpacked.
    expect(await refusal(bomb)).toBe(
      'The model in this PNG image unpacks to more than 20 MB; Refmod opens models up to 20 MB.',
    );
  });

  it('still reads a model under the limit', async () => {
    expect(await readTextChunk(pngWithDeflated(await deflatedSpaces(2)), MODEL_KEYWORD)).toHaveLength(2 * 1024 * 1024);
  });
});
