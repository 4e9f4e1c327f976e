import { useState } from 'react';
import type { View, ViewPerspective } from '../../../core/model/schema.ts';
import { useLayout } from '../../canvas/use-layout.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { ViewBuilder } from './ViewBuilder.tsx';
import { ViewLegend } from '../../legend/ViewLegend.tsx';
import { readers } from './readers.ts';

/** Step 5: one view per reader (client, customer, internal), built from the model, laid out, with its generated legend. */
export default function ViewsEditor() {
  const doc = useDocument();
  const viewId = useWb((s) => s.viewId);
  const m = useMessages().method;
  const [building, setBuilding] = useState<ViewPerspective | null>(null);
  const current = doc.views.find((v) => v.id === viewId);
  return (
    <div className="editor">
      <ul className="editor__cards">
        {readers(m).map((r) => {
          const views = doc.views.filter((v) => v.perspective === r.perspective);
          return (
            <li key={r.perspective} className="editor__card reader">
              <div className="reader__head">
                <span className={views.length ? 'is-ok' : 'is-missing'}>
                  <span aria-hidden="true">{views.length ? '✓' : '○'}</span> <strong>{r.title}</strong>
                </span>
                <span className="muted">{m.forReader(r.reader)}</span>
              </div>
              {views.map((v) => (
                <ViewRow key={v.id} view={v} />
              ))}
              {building === r.perspective ? (
                <ViewBuilder reader={r} onDone={() => setBuilding(null)} />
              ) : (
                <button className={views.length ? 'editor__add' : 'primary'} onClick={() => setBuilding(r.perspective)}>
                  {views.length ? m.anotherView(r.title) : m.createTheView(r.title)}
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
  const m = useMessages().method;
  const count = view.elements === 'all' ? doc.elements.length : view.elements.length;
  const limit = doc.designGoals.maxElementsPerView;
  const open = view.id === viewId;
  return (
    <div className="reader__view">
      <span className="reader__name">{view.name}</span>
      <span className={count > limit ? 'is-missing' : 'muted'}>
        {count > limit ? <span aria-hidden="true">⚠ </span> : null}
        {m.countOfMax(count, limit)}
      </span>
      <span className="reader__actions">
        {open ? (
          <button onClick={() => void layout('all')} disabled={run !== null} title={m.layOutHint}>
            {run ? m.layingOut : m.layOut}
          </button>
        ) : (
          <button onClick={() => wb.setView(view.id)}>{m.open}</button>
        )}
      </span>
    </div>
  );
}
