import { deleteSelection, moveElements } from '../../core/commands/elements.ts';
import { drawingOf } from '../../core/diagram/drawing.ts';
import { align, distribute, type Alignment, type Box } from '../../core/layout/arrange.ts';
import { cellOf } from '../../core/layout/geometry.ts';
import type { Element, Point, Relation } from '../../core/model/schema.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { useCommand } from './use-command.ts';
import { useMessages } from '../i18n/messages.ts';
import { useShownDocument } from '../i18n/model-text.ts';
import { screenLabel } from '../i18n/labels.ts';
import type { Label } from '../../core/commands/label.ts';
import { labelText } from '../i18n/labels.ts';

const ALIGNMENTS: { how: Alignment; axis: 'x' | 'y' }[] = [
  { how: 'left', axis: 'x' },
  { how: 'centre', axis: 'x' },
  { how: 'right', axis: 'x' },
  { how: 'top', axis: 'y' },
  { how: 'middle', axis: 'y' },
  { how: 'bottom', axis: 'y' },
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
  const m = useMessages().inspector;
  // Names as the canvas shows them, in the interface's language where the model has them.
  const shown = useShownDocument(doc).doc;
  const nameOf = (e: Element) => shown.elements.find((x) => x.id === e.id)?.name ?? e.name;
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
  // Lining up across columns meets the column lanes, across rows the row lanes.
  const acrossAreas = (axis: 'x' | 'y') => (axis === 'x') === (rowsAre === 'role');
  const why = (axis: 'x' | 'y') =>
    placed.length < 2 ? m.tooFew : (axis === 'x' ? oneColumn : oneRow) ? null : m.spansLanes(acrossAreas(axis));

  const apply = (targets: Record<string, Point>, label: Label) => {
    const moves = placed
      .map((e) => ({ id: e.id, from: view.positions[e.id], to: targets[e.id]! }))
      .map((mv) => ({ ...mv, to: { x: Math.max(0, Math.round(mv.to.x)), y: Math.max(0, Math.round(mv.to.y)) } }))
      .filter((mv) => !mv.from || Math.abs(mv.from.x - mv.to.x) >= 0.5 || Math.abs(mv.from.y - mv.to.y) >= 0.5);
    if (!moves.length) return void wb.notify('info', m.alreadySo(labelText(label)));
    run(
      moveElements(
        view.id,
        moves.map((mv) => ({ id: mv.id, position: mv.to })),
        label,
      ),
    );
  };
  const xWhy = why('x');
  const yWhy = why('y');

  return (
    <div className="inspector" aria-label={m.selection}>
      <div className="inspector__head">
        <span className="inspector__kind">{m.selected(elements.length, relations.length)}</span>
      </div>
      {elements.length > 1 ? (
        <fieldset className="inspector__group">
          <legend>{m.align}</legend>
          <div className="button-grid">
            {ALIGNMENTS.map((a) => {
              const off = a.axis === 'x' ? xWhy : yWhy;
              return (
                <button
                  key={a.how}
                  disabled={off !== null}
                  title={off ?? undefined}
                  onClick={() =>
                    apply(
                      align(boxes, a.how),
                      screenLabel('inspector', 'alignLabel', placed.length, m.alignments[a.how]),
                    )
                  }
                >
                  {m.alignments[a.how]}
                </button>
              );
            })}
          </div>
          <legend>{m.distribute}</legend>
          <div className="button-grid">
            <button
              disabled={placed.length < 3 || xWhy !== null}
              title={placed.length < 3 ? m.needsThree : (xWhy ?? undefined)}
              onClick={() =>
                apply(distribute(boxes, 'horizontal'), screenLabel('inspector', 'distributeLabel', placed.length, true))
              }
            >
              {m.horizontally}
            </button>
            <button
              disabled={placed.length < 3 || yWhy !== null}
              title={placed.length < 3 ? m.needsThree : (yWhy ?? undefined)}
              onClick={() =>
                apply(distribute(boxes, 'vertical'), screenLabel('inspector', 'distributeLabel', placed.length, false))
              }
            >
              {m.vertically}
            </button>
          </div>
          {xWhy || yWhy ? (
            <p className="muted arrange__why">
              {[xWhy && m.whyColumns(xWhy), yWhy && yWhy !== xWhy && m.whyRows(yWhy)].filter(Boolean).join(' ')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <ul className="inspector__list">
        {elements.map((e) => (
          <li key={e.id} translate="no">
            {nameOf(e)}
          </li>
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
                screenLabel(
                  'inspector',
                  'deleteManyLabel',
                  elements.length,
                  elements.map(nameOf).join(', ').slice(0, 200),
                ),
              ),
            )
          }
        >
          {m.deleteMany(elements.length, relations.length)}
        </button>
      </div>
    </div>
  );
}
