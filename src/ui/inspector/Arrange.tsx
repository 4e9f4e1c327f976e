import { deleteSelection, moveElements } from '../../core/commands/elements.ts';
import { align, distribute, type Alignment, type Box } from '../../core/layout/arrange.ts';
import { absolutePosition, computeGrid, CELL_PADDING, cellOf } from '../../core/layout/geometry.ts';
import { elementsInView } from '../../core/model/queries.ts';
import type { Element, Point, Relation } from '../../core/model/schema.ts';
import { useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { useCommand } from './use-command.ts';
import { leastNodeSize } from '../../core/diagram/node-box.ts';

const ALIGNMENTS: { how: Alignment; label: string }[] = [
  { how: 'left', label: 'Left' },
  { how: 'centre', label: 'Centre' },
  { how: 'right', label: 'Right' },
  { how: 'top', label: 'Top' },
  { how: 'middle', label: 'Middle' },
  { how: 'bottom', label: 'Bottom' },
];

/** A multi-selection: align, distribute or delete together, each as one undo step. Elements keep their lanes. */
export function Arrange({ elements, relations }: { elements: Element[]; relations: Relation[] }) {
  const { run } = useCommand();
  const doc = useDocument();
  const view = useCurrentView();
  const metamodel = useWb((s) => s.metamodel);
  if (!view) return null;
  const sizeOf = (e: Element) => leastNodeSize(metamodel.elementType(e.type)?.category);
  const grid = computeGrid(doc, view, elementsInView(doc, view), sizeOf);
  const boxes: Box[] = elements.map((e) => ({
    id: e.id,
    ...absolutePosition(grid, e, view.positions[e.id] ?? { x: 0, y: 0 }),
    ...sizeOf(e),
  }));

  /** Turns absolute targets back into positions relative to each element's own cell (lanes never change here). */
  const apply = (targets: Record<string, Point>, label: string) => {
    const moves = elements.map((e) => {
      const { row, column } = cellOf(e, grid.rowsAre);
      const r = grid.rows.find((b) => b.id === row)!;
      const c = grid.columns.find((b) => b.id === column)!;
      const t = targets[e.id]!;
      return {
        id: e.id,
        position: { x: Math.max(0, t.x - c.start - CELL_PADDING), y: Math.max(0, t.y - r.start - CELL_PADDING) },
      };
    });
    run(moveElements(view.id, moves, label));
  };

  return (
    <div className="inspector" aria-label="Inspector: selection">
      <div className="inspector__head">
        <span className="inspector__kind">
          {elements.length} elements{relations.length ? `, ${relations.length} relations` : ''} selected
        </span>
      </div>
      {elements.length > 1 ? (
        <fieldset className="inspector__group">
          <legend>Align</legend>
          <div className="button-grid">
            {ALIGNMENTS.map((a) => (
              <button
                key={a.how}
                onClick={() => apply(align(boxes, a.how), `Align ${elements.length} elements ${a.label.toLowerCase()}`)}
              >
                {a.label}
              </button>
            ))}
          </div>
          <legend>Distribute</legend>
          <div className="button-grid">
            <button
              disabled={elements.length < 3}
              onClick={() =>
                apply(distribute(boxes, 'horizontal'), `Distribute ${elements.length} elements horizontally`)
              }
            >
              Horizontally
            </button>
            <button
              disabled={elements.length < 3}
              onClick={() => apply(distribute(boxes, 'vertical'), `Distribute ${elements.length} elements vertically`)}
            >
              Vertically
            </button>
          </div>
        </fieldset>
      ) : null}
      <ul className="inspector__list">
        {elements.map((e) => (
          <li key={e.id}>{e.name}</li>
        ))}
      </ul>
      <div className="inspector__actions">
        <button
          className="danger"
          onClick={() =>
            run(
              deleteSelection(
                elements.map((e) => e.id),
                relations.map((r) => r.id),
              ),
            )
          }
        >
          Delete selection
        </button>
      </div>
    </div>
  );
}
