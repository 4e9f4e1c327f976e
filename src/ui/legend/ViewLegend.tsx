import type { View } from '../../core/model/schema.ts';
import { elementsInView, relationsInView } from '../../core/model/queries.ts';
import { CategoryIcon } from '../icons.tsx';
import { useDocument, useWb } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';

/** The legend of one view, generated from what it shows and from the design goals: shapes, colours, lines. */
export function ViewLegend({ view }: { view: View }) {
  const m = useMessages().legend;
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const elements = elementsInView(doc, view);
  const relations = relationsInView(doc, view);
  const categories = metamodel.data.categories.filter((c) =>
    elements.some((e) => metamodel.categoryOf(e.type)?.id === c.id),
  );
  const colourBy = doc.designGoals.colourBy;
  const lanes = colourBy === 'area' ? doc.macroStructure.areas : colourBy === 'role' ? doc.macroStructure.roles : [];
  const shownLanes = lanes.filter((l) => elements.some((e) => e[colourBy === 'area' ? 'area' : 'role'] === l.id));
  const types = metamodel.data.relationTypes.filter((t) => relations.some((r) => r.type === t.id));
  const optional = elements.some((e) => e.optional);
  return (
    <section className="legend view-legend" aria-label={m.label(view.name)}>
      <h4>{m.title(view.name)}</h4>
      {elements.length === 0 ? <p className="muted">{m.empty}</p> : null}
      <ul className="legend__list">
        {categories.map((c) => (
          <li key={c.id}>
            <span className={`legend__shape legend__shape--${c.id}`}>
              <CategoryIcon category={c.id} />
            </span>
            {c.label}
          </li>
        ))}
      </ul>
      {shownLanes.length ? (
        <ul className="legend__list">
          {shownLanes.map((l) => (
            <li key={l.id}>
              <span className="legend__swatch" style={{ background: l.colour }} aria-hidden="true" />
              {colourBy === 'role' ? m.role : m.area}: <span translate="no">{l.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {types.length || optional ? (
        <ul className="legend__list">
          {types.map((t) => (
            <li key={t.id} title={t.description}>
              <span
                className={`legend__line${t.line === 'dashed' ? ' legend__line--dashed' : t.line === 'dotted' ? ' legend__line--dotted' : ''}`}
              />{' '}
              {t.label}
            </li>
          ))}
          {optional ? (
            <li>
              <span className="legend__tentative" /> {m.optional}
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}
