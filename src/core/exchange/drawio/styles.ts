import type { Shape } from '../../metamodel/schema.ts';

/**
 * draw.io shapes per metamodel category shape. Each reads as the canvas draws the category (a chevron-like step
 * for processes, a cylinder for systems, …); the import reads the same names back.
 */
export const DRAWIO_SHAPES: Readonly<Record<Shape, string>> = {
  rounded: 'rounded=1;arcSize=18;',
  chevron: 'shape=step;perimeter=stepPerimeter;size=14;fixedSize=1;',
  gauge: 'rounded=1;arcSize=50;',
  flag: 'shape=hexagon;perimeter=hexagonPerimeter2;size=12;fixedSize=1;',
  person: 'shape=ellipse;perimeter=ellipsePerimeter;',
  cylinder: 'shape=cylinder;boundedLbl=1;backgroundOutline=1;size=10;',
};

/** A draw.io style string as key → value (a bare word such as `ellipse` or `swimlane` is the shape). */
export function parseStyle(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of style.split(';')) {
    const item = part.trim();
    if (!item) continue;
    const eq = item.indexOf('=');
    if (eq < 0) {
      if (!out.has('shape')) out.set('shape', item);
      continue;
    }
    out.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim());
  }
  return out;
}

/**
 * What the import asks about: a shape's name as a person sees it in draw.io, with its fill colour when it has one,
 * e.g. "rounded rectangle #dae8fc". Shapes of one style become elements of one type.
 */
export function styleKey(style: Map<string, string>): string {
  const shape = style.get('shape') ?? 'rectangle';
  const named =
    shape === 'rectangle' || shape === 'rect' || shape === 'label'
      ? style.get('rounded') === '1'
        ? Number(style.get('arcSize') ?? 0) >= 40
          ? 'rounded rectangle (pill)'
          : 'rounded rectangle'
        : 'rectangle'
      : shape.replace(/^mxgraph\./, '');
  const fill = style.get('fillColor');
  return fill && fill !== 'none' && fill !== 'default' ? `${named} ${fill.toLowerCase()}` : named;
}

/** The category draw.io's usual shapes suggest; the user may choose another type for every style. */
export function suggestedCategory(style: Map<string, string>): string {
  const shape = (style.get('shape') ?? '').toLowerCase();
  if (/cylinder|datastore|database/.test(shape)) return 'information-system';
  if (/actor|person|user|ellipse|doubleellipse/.test(shape)) return 'organisational-role';
  if (/document|note|card|tape|parallelogram|folder/.test(shape)) return 'business-object';
  if (/hexagon|flag|offpage|callout/.test(shape)) return 'goal';
  if (style.get('rounded') === '1' && Number(style.get('arcSize') ?? 0) >= 40) return 'quality-measure';
  if (style.get('rounded') === '1') return 'business-object';
  return 'process';
}

/** Shapes that are text, lanes or other containers: never elements. */
export function isDecoration(style: Map<string, string>): boolean {
  const shape = style.get('shape') ?? '';
  return (
    shape === 'text' || shape === 'swimlane' || shape === 'line' || shape === 'image' || style.get('container') === '1'
  );
}
