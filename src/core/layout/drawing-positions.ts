import type { Metamodel } from '../metamodel/metamodel.ts';
import { elementsInView } from '../model/queries.ts';
import type { Point, RefDocument, View } from '../model/schema.ts';
import { layoutView, type ElkEngine } from './layout.ts';
import { placeUnpositioned } from './place.ts';

/** A view nobody has placed yet is laid out with ELK, as the canvas would on opening it; otherwise new elements go below. */
export function needsLayout(doc: RefDocument, view: View): boolean {
  return Object.keys(view.positions).length === 0 && elementsInView(doc, view).length > 0;
}

/**
 * Where to draw a view that needs ELK, without changing the document; the simple placement when ELK fails.
 * The app's image export and report and `refmod export --to svg` place views alike.
 */
export async function laidOutPositions(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  elk: () => Promise<ElkEngine>,
): Promise<Record<string, Point>> {
  try {
    return await layoutView(doc, view, metamodel, await elk(), { fast: elementsInView(doc, view).length > 300 });
  } catch {
    return placeUnpositioned(doc, view, metamodel);
  }
}
