import { ViewLegend } from '../legend/ViewLegend.tsx';
import { useCurrentView, useDocument } from '../workbench-context.ts';
import { formatNumber, useMessages } from '../i18n/messages.ts';

/** With nothing selected: what the model is, where it comes from, and the legend of the open view. */
export function ModelSummary() {
  const doc = useDocument();
  const view = useCurrentView();
  const m = useMessages().inspector;
  return (
    <div className="inspector" aria-label={m.summary}>
      <h2 className="inspector__title" translate="no">
        {doc.meta.name}
      </h2>
      {doc.meta.description ? <p translate="no">{doc.meta.description}</p> : null}
      <p className="muted">
        {m.counts(
          formatNumber(doc.elements.length),
          formatNumber(doc.relations.length),
          formatNumber(doc.views.length),
        )}
        {doc.meta.authors.length ? m.by(doc.meta.authors.join(', ')) : ''}
      </p>
      <p className="muted">{m.hint}</p>
      {view ? <ViewLegend view={view} /> : null}
      {doc.meta.sources.length ? (
        <section>
          <h3>{m.sources}</h3>
          <ul className="sources">
            {doc.meta.sources.map((s) => (
              <li key={s.id} translate="no">
                <strong>{s.label}</strong> {s.citation}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
