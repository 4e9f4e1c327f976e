import { ViewLegend } from '../legend/ViewLegend.tsx';
import { useCurrentView, useDocument } from '../workbench-context.ts';

/** With nothing selected: what the model is, where it comes from, and the legend of the open view. */
export function ModelSummary() {
  const doc = useDocument();
  const view = useCurrentView();
  return (
    <div className="inspector" aria-label="Model summary">
      <h2 className="inspector__title">{doc.meta.name}</h2>
      {doc.meta.description ? <p>{doc.meta.description}</p> : null}
      <p className="muted">
        {doc.elements.length} elements · {doc.relations.length} relations · {doc.views.length} views
        {doc.meta.authors.length ? ` · by ${doc.meta.authors.join(', ')}` : ''}
      </p>
      <p className="muted">Select an element or a relation to edit it. Select several to align them.</p>
      {view ? <ViewLegend view={view} /> : null}
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
