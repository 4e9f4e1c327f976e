import type { RefDocument, View } from '../model/schema.ts';
import { elementsInView } from '../model/queries.ts';
import { cellOf, lanesOf } from '../layout/geometry.ts';

/** A slide of a talk: the process map, or one cell in detail. */
export type Slide = { kind: 'map' } | { kind: 'cell'; row: string | null; column: string | null; title: string };

/** The slides of a view, like a deck: its process map first, then every cell that holds something, row by row. */
export function presentationOf(doc: RefDocument, view: View): Slide[] {
  const elements = elementsInView(doc, view);
  const { rowsAre, rowIds, columnIds } = lanesOf(doc, elements);
  const used = new Set(
    elements.map((el) => {
      const c = cellOf(el, rowsAre);
      return `${c.row}|${c.column}`;
    }),
  );
  const cells = rowIds.flatMap((row) =>
    columnIds
      .filter((column) => used.has(`${row.id}|${column.id}`))
      .map((column): Slide => ({
        kind: 'cell',
        row: row.id,
        column: column.id,
        title: `${row.name} · ${column.name}`,
      })),
  );
  return [{ kind: 'map' }, ...cells];
}
