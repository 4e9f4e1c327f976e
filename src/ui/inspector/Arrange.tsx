import { deleteSelection, moveElements } from '../../core/commands/elements.ts';
import { drawingOf } from '../../core/diagram/drawing.ts';
import { align, distribute, type Alignment, type Box } from '../../core/layout/arrange.ts';
import { cellOf } from '../../core/layout/geometry.ts';
import type { Element, Point, Relation } from '../../core/model/schema.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { useCommand } from './use-command.ts';

const ALIGNMENTS: { how: Alignment; label: string; axis: 'x' | 'y' }[] = [
  { how: 'left', label: 'Left', axis: 'x' },
  { how: 'centre', label: 'Centre', axis: 'x' },
  { how: 'right', label: 'Right', axis: 'x' },
  { how: 'top', label: 'Top', axis: 'y' },
  { how: 'middle', label: 'Middle', axis: 'y' },
  { how: 'bottom', label: 'Bottom', axis: 'y' },
];

/**
 * A multi-selection: align, distribute or delete together, each as one undo step. Elements keep their lanes, so
 * lining up across columns (left, centre, right) needs one column, and across rows (top, middle, bottom) one row;
 * otherwise the buttons say why they are off. A command that would move nothing records nothing.
 */
export function Arrange({ elements, relations }: { elements: Element[]; relations: Relation[] }) {
  const wb = useActions();
  const { run } = useCommand();
  const doc = useDocument();
  const view = useCurrentView();
  const metamodel = useWb((s) => s.metamodel);
  const folding = useWb((s) => s.folding);
  const unfolded = useWb((s) => s.unfolded);
  if (!view) return null;
  const drawing = drawingOf(doc, view, metamodel, folding, unfolded);
  const drawn = new Set(drawing.folding.nodes.map((e) => e.id));
  // Folded elements (measures in a process chip) have no place of their own to move.
  const placed = elements.filter((e) => drawn.has(e.id));
  const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
  const cells = placed.map((e) => cellOf(e, rowsAre));
  const oneColumn = new Set(cells.map((c) => c.column)).size <= 1;
  const oneRow = new Set(cells.map((c) => c.row)).size <= 1;
  // Within one column (or row) every element is placed from the same lane edge, so positions compare directly.
  const boxes: Box[] = placed.map((e) => ({
    id: e.id,
    ...(view.positions[e.id] ?? { x: 0, y: 0 }),
    ...drawing.size(e),
  }));
  const lanes = (axis: 'x' | 'y') =>
    axis === 'x' ? (rowsAre === 'role' ? 'areas' : 'roles') : rowsAre === 'role' ? 'roles' : 'areas';
  const why = (axis: 'x' | 'y') =>
    placed.length < 2
      ? 'Select at least two elements drawn on the canvas.'
      : (axis === 'x' ? oneColumn : oneRow)
        ? null
        : `The selection spans several ${lanes(axis)}; lining it up this way would move elements out of their lanes.`;

  const apply = (targets: Record<string, Point>, label: string) => {
    const moves = placed
      .map((e) => ({ id: e.id, from: view.positions[e.id], to: targets[e.id]! }))
      .map((m) => ({ ...m, to: { x: Math.max(0, Math.round(m.to.x)), y: Math.max(0, Math.round(m.to.y)) } }))
      .filter((m) => !m.from || Math.abs(m.from.x - m.to.x) >= 0.5 || Math.abs(m.from.y - m.to.y) >= 0.5);
    if (!moves.length) return void wb.notify('info', `${label}: already so, nothing moved.`);
    run(
      moveElements(
        view.id,
        moves.map((m) => ({ id: m.id, position: m.to })),
        label,
      ),
    );
  };
  const xWhy = why('x');
  const yWhy = why('y');

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
            {ALIGNMENTS.map((a) => {
              const off = a.axis === 'x' ? xWhy : yWhy;
              return (
                <button
                  key={a.how}
                  disabled={off !== null}
                  title={off ?? undefined}
                  onClick={() => apply(align(boxes, a.how), `Align ${placed.length} elements ${a.label.toLowerCase()}`)}
                >
                  {a.label}
                </button>
              );
            })}
          </div>
          <legend>Distribute</legend>
          <div className="button-grid">
            <button
              disabled={placed.length < 3 || xWhy !== null}
              title={placed.length < 3 ? 'Distributing needs three elements or more.' : (xWhy ?? undefined)}
              onClick={() =>
                apply(distribute(boxes, 'horizontal'), `Distribute ${placed.length} elements horizontally`)
              }
            >
              Horizontally
            </button>
            <button
              disabled={placed.length < 3 || yWhy !== null}
              title={placed.length < 3 ? 'Distributing needs three elements or more.' : (yWhy ?? undefined)}
              onClick={() => apply(distribute(boxes, 'vertical'), `Distribute ${placed.length} elements vertically`)}
            >
              Vertically
            </button>
          </div>
          {xWhy || yWhy ? (
            <p className="muted arrange__why">
              {[xWhy && `Left, centre, right: ${xWhy}`, yWhy && yWhy !== xWhy && `Top, middle, bottom: ${yWhy}`]
                .filter(Boolean)
                .join(' ')}
            </p>
          ) : null}
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
                `Delete ${elements.length} elements: ${elements.map((e) => e.name).join(', ')}`.slice(0, 200),
              ),
            )
          }
        >
          Delete {elements.length} elements{relations.length ? ` and ${relations.length} relations` : ''}
        </button>
      </div>
    </div>
  );
}
