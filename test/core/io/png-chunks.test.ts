import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isPng, MODEL_KEYWORD, pngSize, readTextChunk, withTextChunk } from '../../../src/core/io/png-chunks.ts';

// A 1×1 PNG as a browser's canvas writes it.
const PIXEL = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

function chunks(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array; crc: number }[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    out.push({
      type: Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1'),
      data: png.subarray(at + 8, at + 8 + length),
      crc: view.getUint32(at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

describe('PNG text chunks', () => {
  const model = JSON.stringify(
    {
      meta: { name: 'Kundenbeziehung · 고객 관계 "CRM" <&>' },
      elements: Array.from({ length: 500 }, (_, i) => ({ id: `e${i}` })),
    },
    null,
    2,
  );

  it('writes the model as a compressed iTXt chunk right after IHDR, with valid CRCs, and reads it back', async () => {
    const png = await withTextChunk(PIXEL, MODEL_KEYWORD, model, 7559);
    expect(isPng(png)).toBe(true);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'pHYs', 'IDAT', 'IEND']);
    for (const c of list) expect(c.crc).toBe(crc32(Buffer.concat([Buffer.from(c.type, 'latin1'), c.data])));
    const itxt = list[1]!.data;
    expect(Buffer.from(itxt.subarray(0, MODEL_KEYWORD.length + 2)).toString('latin1')).toBe(`${MODEL_KEYWORD}\0\u0001`);
    expect(itxt.length).toBeLessThan(model.length / 4);
    expect(await readTextChunk(png, MODEL_KEYWORD)).toBe(model);
    expect(pngSize(png)).toEqual({ width: 1, height: 1 });
  });

  it('replaces an earlier model instead of adding a second one', async () => {
    const once = await withTextChunk(PIXEL, MODEL_KEYWORD, 'first');
    const twice = await withTextChunk(once, MODEL_KEYWORD, 'second');
    expect(chunks(twice).filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(await readTextChunk(twice, MODEL_KEYWORD)).toBe('second');
  });

  it('finds nothing in a PNG without the chunk, in a damaged chunk, or in other files', async () => {
    expect(await readTextChunk(PIXEL, MODEL_KEYWORD)).toBeNull();
    const png = await withTextChunk(PIXEL, MODEL_KEYWORD, model);
    const damaged = png.slice();
    const at = 33 + 8 + MODEL_KEYWORD.length + 5; // the first byte of the deflated text
    damaged[at] = damaged[at]! ^ 0xff;
    expect(await readTextChunk(damaged, MODEL_KEYWORD)).toBeNull();
    expect(await readTextChunk(new TextEncoder().encode('<svg/>'), MODEL_KEYWORD)).toBeNull();
    expect(pngSize(new Uint8Array(4))).toBeNull();
  });
});
