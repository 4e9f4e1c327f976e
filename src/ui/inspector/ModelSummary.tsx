import { CategoryIcon } from '../icons.tsx';
import { useDocument, useWb } from '../workbench-context.ts';

/** With nothing selected: what the model is, where it comes from, and a legend of the notation. */
export function ModelSummary() {
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const colourBy = doc.designGoals.colourBy;
  const lanes = colourBy === 'area' ? doc.macroStructure.areas : doc.macroStructure.roles;
  return (
    <div className="inspector" aria-label="Model summary">
      <h2 className="inspector__title">{doc.meta.name}</h2>
      {doc.meta.description ? <p>{doc.meta.description}</p> : null}
      <p className="muted">
        {doc.elements.length} elements · {doc.relations.length} relations · {doc.views.length} views
        {doc.meta.authors.length ? ` · by ${doc.meta.authors.join(', ')}` : ''}
      </p>
      <p className="muted">Select an element or a relation to edit it. Select several to align them.</p>
      <section className="legend" aria-label="Legend">
        <h3>Legend</h3>
        <ul className="legend__list">
          {metamodel.data.categories.map((c) => (
            <li key={c.id} title={c.description}>
              <span className={`legend__shape legend__shape--${c.id}`}>
                <CategoryIcon category={c.id} />
              </span>
              {c.label}
            </li>
          ))}
        </ul>
        {colourBy !== 'type' ? (
          <ul className="legend__list">
            {lanes.map((l) => (
              <li key={l.id}>
                <span className="legend__swatch" style={{ background: l.colour }} aria-hidden="true" />
                {colourBy === 'role' ? 'Role' : 'Area'}: {l.name}
              </li>
            ))}
          </ul>
        ) : null}
        <ul className="legend__list">
          <li><span className="legend__line" /> flow, input, output, measures</li>
          <li><span className="legend__line legend__line--dashed" /> knowledge flow, serves</li>
          <li><span className="legend__line legend__line--dotted" /> supports, refers to, stores</li>
          <li><span className="legend__tentative" /> optional element (“?”), still undecided</li>
        </ul>
      </section>
      {doc.meta.sources.length ? (
        <section>
          <h3>Sources</h3>
          <ul className="sources">
            {doc.meta.sources.map((s) => (
              <li key={s.id}>
                <strong>{s.label}</strong> {s.citation}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
