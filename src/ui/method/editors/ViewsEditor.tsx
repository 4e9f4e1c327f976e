import { useState } from 'react';
import type { View, ViewPerspective } from '../../../core/model/schema.ts';
import { useLayout } from '../../canvas/use-layout.ts';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { ViewBuilder } from './ViewBuilder.tsx';
import { ViewLegend } from '../../legend/ViewLegend.tsx';
import { READERS } from './readers.ts';

/** Step 5: one view per reader (client, customer, internal), built from the model, laid out, with its generated legend. */
export default function ViewsEditor() {
  const doc = useDocument();
  const viewId = useWb((s) => s.viewId);
  const [building, setBuilding] = useState<ViewPerspective | null>(null);
  const current = doc.views.find((v) => v.id === viewId);
  return (
    <div className="editor">
      <ul className="editor__cards">
        {READERS.map((r) => {
          const views = doc.views.filter((v) => v.perspective === r.perspective);
          return (
            <li key={r.perspective} className="editor__card reader">
              <div className="reader__head">
                <span className={views.length ? 'is-ok' : 'is-missing'}>
                  <span aria-hidden="true">{views.length ? '✓' : '○'}</span> <strong>{r.title}</strong>
                </span>
                <span className="muted">for {r.reader}</span>
              </div>
              {views.map((v) => (
                <ViewRow key={v.id} view={v} />
              ))}
              {building === r.perspective ? (
                <ViewBuilder reader={r} onDone={() => setBuilding(null)} />
              ) : (
                <button className={views.length ? 'editor__add' : 'primary'} onClick={() => setBuilding(r.perspective)}>
                  {views.length ? `+ Another ${r.title.toLowerCase()}` : `Create the ${r.title.toLowerCase()}`}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {current ? <ViewLegend view={current} /> : null}
    </div>
  );
}

function ViewRow({ view }: { view: View }) {
  const wb = useActions();
  const doc = useDocument();
  const viewId = useWb((s) => s.viewId);
  const { run, layout } = useLayout();
  const count = view.elements === 'all' ? doc.elements.length : view.elements.length;
  const limit = doc.designGoals.maxElementsPerView;
  const open = view.id === viewId;
  return (
    <div className="reader__view">
      <span className="reader__name">{view.name}</span>
      <span className={count > limit ? 'is-missing' : 'muted'}>
        {count > limit ? <span aria-hidden="true">⚠ </span> : null}
        {count} of max. {limit} elements
      </span>
      <span className="reader__actions">
        {open ? (
          <button
            onClick={() => void layout('all')}
            disabled={run !== null}
            title="Arrange this view with the design goals' flow direction and lanes (one undo step)"
          >
            {run ? 'Laying out…' : 'Lay out'}
          </button>
        ) : (
          <button onClick={() => wb.setView(view.id)}>Open</button>
        )}
      </span>
    </div>
  );
}
