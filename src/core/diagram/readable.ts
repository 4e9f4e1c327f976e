import { MAP_FONTS } from './process-map.ts';
import { NODE_FONTS } from './node-box.ts';
import { MIN_TEXT_PX, READABLE_PX } from './text.ts';


/** The zooms at which each level's names read at 12 px, and below which its smallest text would fall under 9 px. */
export const ZOOMS = {
  detail: { readable: READABLE_PX / NODE_FONTS.name.size, least: MIN_TEXT_PX / NODE_FONTS.type.size },
  map: { readable: READABLE_PX / MAP_FONTS.process.size, least: MIN_TEXT_PX / Math.min(MAP_FONTS.process.size, MAP_FONTS.count.size), chips: MIN_TEXT_PX / MAP_FONTS.chip.size },
} as const;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport that shows a drawing of `size` in a room at `origin`: the whole of it, centred, when that keeps
 * its names readable; otherwise its top-left part at the readable zoom, so the screen opens readable.
 */
export function readableViewport(size: { width: number; height: number }, room: { x: number; y: number; width: number; height: number }, readable: number, most = 1.5): Viewport {
  const fit = Math.min(most, room.width / size.width, room.height / size.height);
  if (fit >= readable) return { x: room.x + (room.width - size.width * fit) / 2, y: room.y, zoom: fit };
  return { x: room.x, y: room.y, zoom: readable };
}

/** Whether a drawing fits a room whole at a zoom. */
export function fitsAt(size: { width: number; height: number }, room: { width: number; height: number }, zoom: number): boolean {
  return size.width * zoom <= room.width && size.height * zoom <= room.height;
}
