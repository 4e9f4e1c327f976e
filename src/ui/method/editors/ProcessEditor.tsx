import { useMemo, useState } from 'react';
import { addCatalogueProcess } from '../../../core/commands/method.ts';
import type { CatalogueEntry } from '../../../core/model/catalogue.ts';
import { SelectField } from '../../inspector/fields.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { catalogueProcess, catalogues } from '../catalogues.ts';
import { alsoInView } from '../edits.ts';
import { ProcessCard } from './ProcessCard.tsx';
import { refusalMessage } from '../../../core/i18n/say.ts';

/** Step 3: processes from the Geib et al. and COPC-2000 catalogues into framework cells, then their objects, measures and goals. */
export default function ProcessEditor() {
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().method;
  const processes = doc.elements.filter((e) => metamodel.categoryOf(e.type)?.id === 'process');
  return (
    <div className="editor">
      <CataloguePicker />
      <h4>{m.processesInModel(processes.length)}</h4>
      {processes.length === 0 ? <p className="muted">{m.noProcess}</p> : null}
      <ul className="editor__cards">
        {processes.map((p) => (
          <ProcessCard key={p.id} process={p} />
        ))}
      </ul>
    </div>
  );
}

function CataloguePicker() {
  const wb = useActions();
  const doc = useDocument();
  const viewId = useWb((s) => s.viewId);
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().method;
  const [catalogueId, setCatalogueId] = useState(catalogues[0]!.id);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<CatalogueEntry | null>(null);
  const [cell, setCell] = useState({ area: '', role: '' });
  const catalogue = catalogues.find((c) => c.id === catalogueId)!;
  const entries = useMemo(() => {
    const q = query.trim().toLowerCase();
    return catalogue.entries.filter(
      (e) => !q || e.name.toLowerCase().includes(q) || e.description.toLowerCase().includes(q),
    );
  }, [catalogue, query]);
  const inModel = (e: CatalogueEntry) => doc.elements.some((el) => el.type === e.type && el.name === e.name);
  const { areas, roles } = doc.macroStructure;
  const pick = (e: CatalogueEntry) => {
    setChosen(e);
    // The catalogue suggests a cell; a lane the model lacks falls back to the first one.
    setCell({
      area: areas.find((a) => a.id === e.area)?.id ?? areas[0]?.id ?? '',
      role: roles.find((r) => r.id === e.role)?.id ?? roles[0]?.id ?? '',
    });
  };
  const add = () => {
    if (!chosen) return;
    const result = addCatalogueProcess(doc, catalogueProcess(catalogue, chosen), cell);
    if (!result.ok) return wb.notify('warning', refusalMessage(result));
    wb.perform(alsoInView(result.edit, viewId, [result.processId, ...result.measureIds]));
    const where = `${roles.find((r) => r.id === cell.role)?.name} × ${areas.find((a) => a.id === cell.area)?.name}`;
    wb.notify('success', m.addedProcess(chosen.name, result.measureIds.length, where));
    wb.select({ elements: [result.processId] });
    setChosen(null);
  };
  return (
    <fieldset className="editor__form catalogue" aria-label={m.addFromCatalogueRegion}>
      <legend>{m.addFromCatalogue}</legend>
      <div className="field-row">
        <SelectField
          label={m.catalogue}
          value={catalogueId}
          options={catalogues.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(id) => {
            setCatalogueId(id);
            setChosen(null);
          }}
        />
      </div>
      <input
        type="search"
        placeholder={m.filterProcesses}
        aria-label={m.filterCatalogue}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="catalogue__list" aria-label={m.processesOf(catalogue.name)}>
        {entries.map((e) => (
          <li key={e.id}>
            <button
              className="catalogue__entry"
              aria-pressed={chosen?.id === e.id}
              onClick={() => pick(e)}
              title={e.description}
            >
              <span className="catalogue__name">{e.name}</span>
              <span className="catalogue__meta">
                {metamodel.elementType(e.type)?.label ?? e.type}
                {e.measures?.length ? m.entryMeasures(e.measures.length) : ''}
                {inModel(e) ? m.inModel : ''}
              </span>
            </button>
          </li>
        ))}
        {entries.length === 0 ? <li className="muted">{m.noMatch(query)}</li> : null}
      </ul>
      {chosen ? (
        <div className="catalogue__chosen" aria-label={m.addNamed(chosen.name)} role="group">
          <p className="catalogue__description">
            <strong>{chosen.name}</strong>: {chosen.description}
          </p>
          {chosen.measures?.length ? (
            <p className="field__hint">
              {m.bringsMeasures(chosen.measures.map((x) => `${x.name} (${x.metricCategory})`).join(', '))}
            </p>
          ) : (
            <p className="field__hint">{m.noCatalogueMeasure}</p>
          )}
          <div className="field-row">
            <SelectField
              label={m.role}
              value={cell.role}
              options={roles.map((r) => ({ value: r.id, label: r.name }))}
              onChange={(role) => setCell({ ...cell, role })}
            />
            <SelectField
              label={m.area}
              value={cell.area}
              options={areas.map((a) => ({ value: a.id, label: a.name }))}
              onChange={(area) => setCell({ ...cell, area })}
            />
          </div>
          <div className="editor__actions">
            <button className="primary" onClick={add} disabled={!cell.area || !cell.role}>
              {m.addToCell}
            </button>
            <button onClick={() => setChosen(null)}>{m.cancel}</button>
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
