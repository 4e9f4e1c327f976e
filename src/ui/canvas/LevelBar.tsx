import type { View } from '../../core/model/schema.ts';
import type { Level } from '../../store/workbench.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';

/**
 * Where the canvas is in the view's levels, as a breadcrumb (view › process map › cell), with the levels as
 * buttons, the folding switch, and the design goals' limit of elements per view when the detail exceeds it.
 */
export function LevelBar({ view, level, drawn }: { view: View; level: Level | null; drawn: number }) {
  const wb = useActions();
  const m = useMessages().canvas;
  const doc = useDocument();
  const folding = useWb((s) => s.folding);
  const max = doc.designGoals.maxElementsPerView;
  const laneName = (id: string | null, lanes: { id: string; name: string }[]) =>
    lanes.find((l) => l.id === id)?.name ?? m.unassigned;
  const rowsAreRoles = doc.designGoals.laneOrientation !== 'areas-as-rows';
  const cellName =
    level?.kind === 'cell'
      ? `${laneName(level.row, rowsAreRoles ? doc.macroStructure.roles : doc.macroStructure.areas)} · ${laneName(level.column, rowsAreRoles ? doc.macroStructure.areas : doc.macroStructure.roles)}`
      : null;
  return (
    <nav className="level-bar" aria-label={m.levels}>
      <ol className="level-bar__crumbs">
        <li>
          <bdi translate="no">{view.name}</bdi>
        </li>
        <li>
          {level?.kind === 'map' ? (
            <span aria-current="page">{m.processMap}</span>
          ) : (
            <button className="level-bar__crumb" onClick={() => wb.setLevel({ kind: 'map' })} title={m.processMapTitle}>
              {m.processMap}
            </button>
          )}
        </li>
        {cellName ? (
          <li>
            <span aria-current="page">
              <bdi translate="no">{cellName}</bdi>
            </span>
          </li>
        ) : null}
        {level?.kind === 'detail' ? (
          <li>
            <span aria-current="page">{m.fullDetail}</span>
          </li>
        ) : null}
      </ol>
      {level?.kind !== 'detail' ? (
        <button className="level-bar__detail" onClick={() => wb.setLevel({ kind: 'detail' })} title={m.fullDetailTitle}>
          {m.fullDetail}
        </button>
      ) : null}
      <label className="level-bar__fold" title={m.foldTitle}>
        <input type="checkbox" checked={folding} onChange={(e) => wb.setFolding(e.target.checked)} /> {m.foldMeasures}
      </label>
      {drawn > max && level?.kind === 'detail' ? (
        <span className="level-bar__limit" role="note">
          {m.overLimit(drawn, max)} {folding ? null : <button onClick={() => wb.setFolding(true)}>{m.fold}</button>}
          <button onClick={() => wb.setLevel({ kind: 'map' })}>{m.showMap}</button>
        </span>
      ) : null}
    </nav>
  );
}
