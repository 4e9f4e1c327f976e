import type { Shape } from '../metamodel/schema.ts';

/** How each metamodel category shape is drawn in a Mermaid flowchart: opening and closing brackets. */
export const NODE_SHAPES: Record<Shape, readonly [string, string]> = {
  rounded: ['(', ')'], // business object
  chevron: ['[[', ']]'], // process: the subroutine box reads as "a step with inner structure"
  gauge: ['([', '])'], // quality measure: stadium
  flag: ['>', ']'], // goal: the asymmetric flag
  person: ['((', '))'], // organisational role
  cylinder: ['[(', ')]'], // information system
};

/** Fill colours per category shape, for `designGoals.colourBy = 'type'`. */
export const SHAPE_COLOURS: Record<Shape, string> = {
  rounded: '#fdf1d6',
  chevron: '#d9ead3',
  gauge: '#fce5cd',
  flag: '#e8dff5',
  person: '#dbe9f6',
  cylinder: '#e6e6e6',
};

/** Black or white text, whichever reads better on the given fill (WCAG relative luminance). */
export function textColourOn(fill: string): string {
  const channel = (i: number) => {
    const c = parseInt(fill.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

/** A darker shade of a colour for borders. */
export function strokeFor(fill: string): string {
  const dark = (i: number) =>
    Math.round(parseInt(fill.slice(i, i + 2), 16) * 0.6)
      .toString(16)
      .padStart(2, '0');
  return `#${dark(1)}${dark(3)}${dark(5)}`;
}

/** A colour mixed with white, keeping `share` of the colour: a light fill behind text. */
export function tint(colour: string, share: number): string {
  const mixed = (i: number) =>
    Math.round(parseInt(colour.slice(i, i + 2), 16) * share + 255 * (1 - share))
      .toString(16)
      .padStart(2, '0');
  return `#${mixed(1)}${mixed(3)}${mixed(5)}`;
}
