import type { Element, RefDocument, View } from './schema.ts';

/** The elements a view shows, in model order. */
export function elementsInView(doc: RefDocument, view: View): Element[] {
  if (view.elements === 'all') return doc.elements;
  const ids = new Set(view.elements);
  return doc.elements.filter((e) => ids.has(e.id));
}

/** The relations whose both ends a view shows. */
export function relationsInView(doc: RefDocument, view: View) {
  const shown = new Set(elementsInView(doc, view).map((e) => e.id));
  return doc.relations.filter((r) => shown.has(r.source) && shown.has(r.target));
}
