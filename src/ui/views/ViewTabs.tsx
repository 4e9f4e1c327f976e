import { useActions, useCurrentView, useDocument } from '../workbench-context.ts';
import { AddToView } from './AddToView.tsx';

/** One tab per view of the model: the full model and the client, customer and internal perspectives. */
export function ViewTabs() {
  const wb = useActions();
  const doc = useDocument();
  const current = useCurrentView();
  return (
    <div className="view-tabs">
      <div role="tablist" aria-label="Views">
        {doc.views.map((v) => (
          <button
            key={v.id}
            role="tab"
            aria-selected={v.id === current?.id}
            className="view-tabs__tab"
            title={v.description || `${v.name} (${v.perspective} perspective)`}
            onClick={() => wb.setView(v.id)}
          >
            {v.name}
            <span className="view-tabs__count">{v.elements === 'all' ? doc.elements.length : v.elements.length}</span>
          </button>
        ))}
      </div>
      {current && current.elements !== 'all' ? <AddToView view={current} /> : null}
    </div>
  );
}
