import { drawingOf } from '../diagram/drawing.ts';
import { SHAPE_COLOURS, strokeFor, textColourOn, tint } from '../io/mermaid-style.ts';
import { absolutePosition, computeGrid, type Grid } from '../layout/geometry.ts';
import { placeUnpositioned } from '../layout/place.ts';
import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Shape } from '../metamodel/schema.ts';
import { elementsInView, relationsInView } from '../model/queries.ts';
import type { Element, Relation, RefDocument, View } from '../model/schema.ts';

/** A node of an exported view: where it is, how large, and its colours under the design goals' colour coding. */
export interface PlacedNode {
  element: Element;
  category: string;
  shape: Shape | undefined;
  typeLabel: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  fontColour: string;
}

export interface PlacedView {
  grid: Grid;
  nodes: PlacedNode[];
  relations: Relation[];
}

/**
 * A view drawn with every element unfolded, as the full detail shows it: the lane grid, each element at its
 * position in its cell (elements without one placed below the cell's content) and at the size its text needs.
 */
export function placeView(doc: RefDocument, view: View, metamodel: Metamodel): PlacedView {
  const elements = elementsInView(doc, view);
  const drawing = drawingOf(doc, view, metamodel, false);
  const positions = { ...placeUnpositioned(doc, view, metamodel, false), ...view.positions };
  const placed: View = { ...view, positions };
  const grid = computeGrid(doc, placed, elements, drawing.size);
  const lanes = new Map(
    (doc.designGoals.colourBy === 'area' ? doc.macroStructure.areas : doc.macroStructure.roles).map((l) => [l.id, l]),
  );
  const nodes = elements.map((element): PlacedNode => {
    const type = metamodel.elementType(element.type);
    const category = metamodel.categoryOf(element.type);
    const at = absolutePosition(grid, element, positions[element.id] ?? { x: 0, y: 0 });
    const { width, height } = drawing.size(element);
    const lane = lanes.get((doc.designGoals.colourBy === 'area' ? element.area : element.role) ?? '');
    const accent =
      doc.designGoals.colourBy === 'type' ? (category ? SHAPE_COLOURS[category.shape] : '#e6e6e6') : lane?.colour;
    const fill = accent ? (doc.designGoals.colourBy === 'type' ? accent : tint(accent.toLowerCase(), 0.22)) : '#f1f3f4';
    return {
      element,
      category: category?.id ?? '',
      shape: category?.shape,
      typeLabel: type?.label ?? element.type,
      x: Math.round(at.x),
      y: Math.round(at.y),
      width: Math.round(width),
      height: Math.round(height),
      fill,
      stroke: accent ? strokeFor(accent.toLowerCase()) : '#72787e',
      fontColour: textColourOn(fill),
    };
  });
  return { grid, nodes, relations: relationsInView(doc, view) };
}
