import { useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { addElement } from '../../core/commands/elements.ts';
import { computeGrid, dropTarget } from '../../core/layout/geometry.ts';
import { freeSpot } from '../../core/layout/place.ts';
import type { Category, ElementType } from '../../core/metamodel/schema.ts';
import { newElement } from '../../core/model/factory.ts';
import { elementsInView } from '../../core/model/queries.ts';
import { CategoryIcon } from '../icons.tsx';
import { PALETTE_MIME } from '../canvas/dnd.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { useStepTypes } from '../method/use-method.ts';
import { leastNodeSize } from '../../core/diagram/node-box.ts';
import './palette.css';
import { useMessages } from '../i18n/messages.ts';

/** The element types of the metamodel, by category, with search; drag one onto a lane or click to add it. */
export function Palette({ allowed: given }: { allowed?: ReadonlySet<string> | null }) {
  const wb = useActions();
  const m = useMessages().palette;
  // The palette follows the method step; "all types" lifts that for a workshop that jumps ahead.
  const step = useStepTypes();
  const [allTypes, setAllTypes] = useState(false);
  const allowed = given ?? (allTypes ? null : step?.allowed);
  const metamodel = useWb((s) => s.metamodel);
  const [query, setQuery] = useState('');
  const flow = useReactFlow();

  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return metamodel.data.categories
      .map((c) => ({
        category: c,
        types: metamodel.data.elementTypes.filter(
          (t) =>
            t.category === c.id && (!q || t.label.toLowerCase().includes(q) || t.description.toLowerCase().includes(q)),
        ),
      }))
      .filter((g) => g.types.length > 0);
  }, [metamodel, query]);

  // The step's own types come first; the rest wait, folded, below them.
  const offStep = allowed ? onlyTypes(groups, (t) => !allowed.has(t.id)) : [];

  const addAtCentre = (type: ElementType) => {
    const { history, viewId } = wb.store.getState();
    const doc = history.document;
    const view = doc.views.find((v) => v.id === viewId);
    if (!view) return;
    const size = leastNodeSize(type.category);
    const grid = computeGrid(doc, view, elementsInView(doc, view), (e) =>
      leastNodeSize(metamodel.elementType(e.type)?.category),
    );
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const centre = pane
      ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    const target = dropTarget(grid, { x: centre.x - size.width / 2, y: centre.y - size.height / 2 }, size);
    const el = newElement(doc, type, { area: target.area, role: target.role });
    const sizeOf = (e: { type: string }) => leastNodeSize(metamodel.elementType(e.type)?.category);
    const position = freeSpot(elementsInView(doc, view), view, target, target.relative, size, sizeOf);
    wb.perform(addElement(el, { viewId: view.id, position }));
    wb.select({ elements: [el.id] });
  };

  return (
    <section className="palette" aria-label={m.title}>
      <h2 className="panel-title">{m.title}</h2>
      {step && !given ? (
        <label className="palette__step" title={m.stepOnlyTitle(step.number, step.title)}>
          <input type="checkbox" checked={!allTypes} onChange={(e) => setAllTypes(!e.target.checked)} />{' '}
          {m.stepOnly(step.number)}
        </label>
      ) : null}
      <input
        className="palette__search"
        type="search"
        placeholder={m.search}
        aria-label={m.searchLabel}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="palette__groups">
        {allowed ? (
          <>
            <TypeGroups groups={onlyTypes(groups, (t) => allowed.has(t.id))} enabled onAdd={addAtCentre} />
            {offStep.length ? (
              <details className="palette__off-step">
                <summary>
                  {m.otherTypes(
                    step?.number ?? 0,
                    offStep.reduce((n, g) => n + g.types.length, 0),
                  )}
                </summary>
                <TypeGroups groups={offStep} enabled={false} onAdd={addAtCentre} />
              </details>
            ) : null}
          </>
        ) : (
          <TypeGroups groups={groups} enabled onAdd={addAtCentre} />
        )}
        {groups.length === 0 ? <p className="muted">{m.noMatch(query)}</p> : null}
      </div>
    </section>
  );
}

type Group = { category: Category; types: ElementType[] };

function onlyTypes(groups: readonly Group[], keep: (t: ElementType) => boolean): Group[] {
  return groups.map((g) => ({ ...g, types: g.types.filter(keep) })).filter((g) => g.types.length > 0);
}

function TypeGroups({
  groups,
  enabled,
  onAdd,
}: {
  groups: readonly Group[];
  enabled: boolean;
  onAdd: (type: ElementType) => void;
}) {
  const m = useMessages().palette;
  return groups.map(({ category, types }) => (
    <div key={category.id} className="palette__group">
      <h3 title={category.description}>
        <CategoryIcon category={category.id} /> {category.label}
      </h3>
      <ul>
        {types.map((t) => (
          <li key={t.id}>
            <button
              className="palette__item"
              draggable={enabled}
              disabled={!enabled}
              title={enabled ? m.addTitle(t.description) : m.offStepTitle(t.label)}
              onDragStart={(e) => {
                e.dataTransfer.setData(PALETTE_MIME, t.id);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => onAdd(t)}
            >
              {t.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  ));
}
