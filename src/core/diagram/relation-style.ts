/** How a relation type's line looks, wherever a view is drawn: the canvas, the overview layer and the image export. */
const COLOURS: Record<string, string> = { 'knowledge-flow': '#8e44ad', measures: '#b07aa1' };
const DASHES: Record<string, string | undefined> = { solid: undefined, dashed: '7 5', dotted: '2 4' };

export const RELATION_GREY = '#7d8793';

export function relationColour(typeId: string): string {
  return COLOURS[typeId] ?? RELATION_GREY;
}

/** An SVG dash array for a metamodel line style; undefined for a solid line. */
export function relationDash(line: string | undefined): string | undefined {
  return DASHES[line ?? 'solid'];
}
