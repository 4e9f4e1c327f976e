import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Element, RefDocument, View } from '../model/schema.ts';
import { foldView, type Folding } from './fold.ts';
import { nodeBox, type NodeBox } from './node-box.ts';

/** How a view's elements are drawn in detail: which are nodes (the rest folded), and the box each node needs. */
export interface Drawing {
  folding: Folding;
  box: (el: Element) => NodeBox;
  size: (el: Element) => { width: number; height: number };
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The detail drawing of a view: the canvas, the layout, the image export and the alignment commands all size
 * nodes through it, so they agree. With `fold`, measures, roles and systems fold into their processes, and the
 * processes in `unfolded` list their measures in place.
 */
export function drawingOf(
  doc: RefDocument,
  view: View,
  metamodel: Metamodel,
  fold = true,
  unfolded: ReadonlySet<string> = NONE,
): Drawing {
  const folding = foldView(doc, view, metamodel, fold);
  const boxes = new Map<string, NodeBox>();
  const box = (el: Element) => {
    let b = boxes.get(el.id);
    if (!b) {
      const type = metamodel.elementType(el.type);
      b = nodeBox(
        { category: type?.category ?? '', typeLabel: type?.label ?? el.type, name: el.name, optional: el.optional },
        folding.carried.get(el.id) ?? null,
        unfolded.has(el.id),
      );
      boxes.set(el.id, b);
    }
    return b;
  };
  return { folding, box, size: (el) => box(el) };
}
