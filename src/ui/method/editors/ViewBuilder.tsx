import { useMemo, useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { createView, perspectiveElements } from '../edits.ts';
import { Field } from './form.tsx';
import type { Reader } from './readers.ts';

/** Builds a view for one reader: elements chosen in a checklist, or copied from a perspective filter (roles and their neighbours). */
export function ViewBuilder({ reader, onDone }: { reader: Reader; onDone: () => void }) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().method;
  const { roles } = doc.macroStructure;
  const [name, setName] = useState(
    doc.views.some((v) => v.name === reader.title) ? `${reader.title} ${doc.views.length + 1}` : reader.title,
  );
  const [filterRoles, setFilterRoles] = useState<ReadonlySet<string>>(
    () => new Set(roles.some((r) => r.id === reader.role) ? [reader.role] : []),
  );
  const [neighbours, setNeighbours] = useState(true);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [error, setError] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const limit = doc.designGoals.maxElementsPerView;
  const groups = useMemo(
    () =>
      [...roles.map((r) => ({ id: r.id, name: r.name })), { id: null, name: m.noRole }]
        .map((g) => ({ ...g, elements: doc.elements.filter((e) => e.role === g.id) }))
        .filter((g) => g.elements.length),
    [doc, roles, m],
  );
  const toggle = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set);
    if (!next.delete(id)) next.add(id);
    return next;
  };
  const create = () => {
    if (!name.trim()) return setError(m.nameView);
    setError(null);
    if (chosen.size === 0) return setEmpty(true);
    const { edit, viewId } = createView(doc, {
      name,
      perspective: reader.perspective,
      description: m.viewDescription(reader.reader),
      elements: doc.elements.filter((e) => chosen.has(e.id)).map((e) => e.id),
    });
    wb.perform(edit);
    wb.setView(viewId);
    onDone();
  };
  return (
    <fieldset className="editor__form" aria-label={m.newView(reader.title)}>
      <legend>{m.newView(reader.title)}</legend>
      <Field label={m.name} value={name} onChange={setName} error={error} />
      <div className="view-filter" role="group" aria-label={m.perspectiveFilter}>
        <span className="editor__label">{m.copyFromFilter}</span>
        {roles.map((r) => (
          <label key={r.id} className="view-filter__option">
            <input
              type="checkbox"
              checked={filterRoles.has(r.id)}
              onChange={() => setFilterRoles(toggle(filterRoles, r.id))}
            />{' '}
            {r.name}
          </label>
        ))}
        <label className="view-filter__option">
          <input type="checkbox" checked={neighbours} onChange={(e) => setNeighbours(e.target.checked)} />{' '}
          {m.andNeighbours}
        </label>
        <button
          onClick={() => setChosen(new Set(perspectiveElements(doc, filterRoles, neighbours)))}
          disabled={filterRoles.size === 0}
        >
          {m.tickThese}
        </button>
      </div>
      <div className="view-checklist" role="group" aria-label={m.elementsOfView}>
        {groups.map((g) => (
          <div key={g.id ?? 'none'} className="view-checklist__group">
            <span className="editor__label">{g.name}</span>
            {g.elements.map((e) => (
              <label key={e.id} className="view-checklist__item">
                <input type="checkbox" checked={chosen.has(e.id)} onChange={() => setChosen(toggle(chosen, e.id))} />
                <span>{e.name}</span>
                <span className="muted">{metamodel.elementType(e.type)?.label}</span>
              </label>
            ))}
          </div>
        ))}
        {groups.length === 0 ? <p className="muted">{m.noElementsYet}</p> : null}
      </div>
      <p className={chosen.size > limit ? 'rule__status is-missing' : 'field__hint'} role="status">
        {chosen.size > limit ? <span aria-hidden="true">⚠ </span> : null}
        {m.chosen(chosen.size, limit)}
      </p>
      {empty && chosen.size === 0 ? (
        <p className="field__error" role="alert">
          {m.chooseElements}
        </p>
      ) : null}
      <div className="editor__actions">
        <button className="primary" onClick={create}>
          {m.createView}
        </button>
        <button onClick={onDone}>{m.cancel}</button>
      </div>
    </fieldset>
  );
}
