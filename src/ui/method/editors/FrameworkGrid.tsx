import { useMemo, useState } from 'react';
import type { Element, RefDocument } from '../../../core/model/schema.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useShownDocument } from '../../i18n/model-text.ts';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { showElement } from '../show-element.ts';

const key = (area: string | null, role: string | null) => (area && role ? `${area}|${role}` : null);

/** Processes per cell and relations that cross from one cell to another (the interfaces of the framework). */
function cells(doc: RefDocument, isProcess: (e: Element) => boolean) {
  const processes = new Map<string, Element[]>();
  const cellOf = new Map<string, string>();
  for (const e of doc.elements) {
    const k = key(e.area, e.role);
    if (!k) continue;
    cellOf.set(e.id, k);
    if (isProcess(e)) processes.set(k, [...(processes.get(k) ?? []), e]);
  }
  const crossing = new Map<string, number>();
  for (const r of doc.relations) {
    const a = cellOf.get(r.source);
    const b = cellOf.get(r.target);
    if (!a || !b || a === b) continue;
    crossing.set(a, (crossing.get(a) ?? 0) + 1);
    crossing.set(b, (crossing.get(b) ?? 0) + 1);
  }
  const homeless = doc.elements.filter((e) => isProcess(e) && !key(e.area, e.role)).length;
  return { processes, crossing, homeless };
}

/** The Ordnungsrahmen: a compact table of roles × areas with the processes of each cell and its interfaces to other cells. */
export function FrameworkGrid() {
  // Names as the canvas shows them: in the interface's language where the model has a translation.
  const doc = useShownDocument(useDocument()).doc;
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().method;
  const { processes, crossing, homeless } = useMemo(
    () => cells(doc, (e) => metamodel.categoryOf(e.type)?.id === 'process'),
    [doc, metamodel],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const { areas, roles } = doc.macroStructure;
  const rowsAreAreas = doc.designGoals.laneOrientation === 'areas-as-rows';
  const rows = rowsAreAreas ? areas : roles;
  const columns = rowsAreAreas ? roles : areas;
  if (!areas.length || !roles.length) return <p className="muted">{m.gridNeedsLanes}</p>;
  return (
    <div className="framework">
      <h4>{m.framework}</h4>
      <table className="framework__grid">
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c.id} scope="col" title={c.name} style={{ borderBottomColor: c.colour }}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" title={r.name} style={{ borderLeftColor: r.colour }}>
                {r.name}
              </th>
              {columns.map((c) => {
                const k = rowsAreAreas ? key(r.id, c.id) : key(c.id, r.id);
                const list = (k && processes.get(k)) || [];
                const links = (k && crossing.get(k)) || 0;
                return (
                  <td key={c.id}>
                    {k ? (
                      <button
                        className="framework__cell"
                        aria-pressed={chosen === k}
                        aria-label={m.cell(r.name, c.name, list.length, links)}
                        onClick={() => setChosen(chosen === k ? null : k)}
                      >
                        <span className="framework__count">{list.length || '–'}</span>
                        {links ? <span className="framework__links">⇄ {links}</span> : null}
                      </button>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field__hint">
        {m.gridHint}
        {homeless ? m.homeless(homeless) : ''}
      </p>
      {chosen ? <CellList cellKey={chosen} processes={processes.get(chosen) ?? []} /> : null}
    </div>
  );
}

function CellList({ cellKey, processes }: { cellKey: string; processes: readonly Element[] }) {
  const wb = useActions();
  const doc = useShownDocument(useDocument()).doc;
  const m = useMessages().method;
  const [area, role] = cellKey.split('|');
  const name = `${doc.macroStructure.roles.find((r) => r.id === role)?.name ?? role} × ${doc.macroStructure.areas.find((a) => a.id === area)?.name ?? area}`;
  return (
    <div className="framework__list" role="region" aria-label={m.processesIn(name)}>
      <span className="editor__label">{name}</span>
      {processes.length === 0 ? <span className="muted">{m.noProcessInCell}</span> : null}
      {processes.map((p) => (
        <button key={p.id} className="chip chip__name" onClick={() => showElement(wb, p.id)} title={m.showOnCanvas}>
          {p.name}
        </button>
      ))}
    </div>
  );
}
