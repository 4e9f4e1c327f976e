import { MAP_FONTS } from './process-map.ts';
import { NODE_FONTS } from './node-box.ts';
import { MIN_TEXT_PX, READABLE_PX } from './text.ts';

/** The zooms at which each level's names read at 12 px, and below which its smallest text would fall under 9 px. */
export const ZOOMS = {
  detail: { readable: READABLE_PX / NODE_FONTS.name.size, least: MIN_TEXT_PX / NODE_FONTS.type.size },
  map: {
    readable: READABLE_PX / MAP_FONTS.process.size,
    least: MIN_TEXT_PX / Math.min(MAP_FONTS.process.size, MAP_FONTS.count.size),
    chips: MIN_TEXT_PX / MAP_FONTS.chip.size,
  },
} as const;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport that shows a drawing of `size` in a room at `origin`: the whole of it, centred, when that keeps
 * its names readable; otherwise, at the readable zoom, the part where its content starts (`content`, the top-left
 * of what is drawn), so the screen opens readable and not on empty lanes.
 */
export function readableViewport(
  size: { width: number; height: number },
  room: { x: number; y: number; width: number; height: number },
  readable: number,
  content: { x: number; y: number } = { x: 0, y: 0 },
  most = 1.5,
): Viewport {
  const fit = Math.min(most, room.width / size.width, room.height / size.height);
  if (fit >= readable) return { x: room.x + (room.width - size.width * fit) / 2, y: room.y, zoom: fit };
  const shift = (at: number, header: number, span: number, roomSpan: number) =>
    Math.min(Math.max(0, at - header), Math.max(0, span - roomSpan / readable));
  return {
    x: room.x - shift(content.x, 60, size.width, room.width) * readable,
    y: room.y - shift(content.y, 56, size.height, room.height) * readable,
    zoom: readable,
  };
}

/** Whether a drawing fits a room whole at a zoom. */
export function fitsAt(
  size: { width: number; height: number },
  room: { width: number; height: number },
  zoom: number,
): boolean {
  return size.width * zoom <= room.width && size.height * zoom <= room.height;
}
