import { MODEL_KEYWORD, withTextChunk } from '../../core/io/png-chunks.ts';
import { IMAGE_FONT } from '../../core/diagram/view-image-layout.ts';
import type { Measure } from '../../core/diagram/text.ts';

/** Pixels per metre at 96 dpi, the size a 1× image is meant to be shown at. */
const DPI_96 = 3780;

/** A PNG of an SVG drawing at a scale, with the model in an iTXt chunk. */
export async function pngFile(
  svgText: string,
  size: { width: number; height: number },
  scale: number,
  modelJson: string,
): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no drawing surface');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the image');
    return await withTextChunk(
      new Uint8Array(await blob.arrayBuffer()),
      MODEL_KEYWORD,
      modelJson,
      Math.round(DPI_96 * scale),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

let context: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/** Text widths from a canvas in the image's font, cached: laying out a large view measures thousands of strings. */
export const measureText: Measure = (text, font) => {
  const key = `${font.weight} ${font.size} ${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * font.size * 0.6;
  context.font = `${font.weight} ${font.size}px ${IMAGE_FONT}`;
  const width = context.measureText(text).width;
  if (widths.size > 20_000) widths.clear();
  widths.set(key, width);
  return width;
};
