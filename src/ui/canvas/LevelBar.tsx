import type { View } from '../../core/model/schema.ts';
import type { Level } from '../../store/workbench.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';

/**
 * Where the canvas is in the view's levels, as a breadcrumb (view › process map › cell), with the levels as
 * buttons, the folding switch, and the design goals' limit of elements per view when the detail exceeds it.
 */
export function LevelBar({ view, level, drawn }: { view: View; level: Level | null; drawn: number }) {
  const wb = useActions();
  const doc = useDocument();
  const folding = useWb((s) => s.folding);
  const max = doc.designGoals.maxElementsPerView;
  const laneName = (id: string | null, lanes: { id: string; name: string }[]) =>
    lanes.find((l) => l.id === id)?.name ?? 'Unassigned';
  const rowsAreRoles = doc.designGoals.laneOrientation !== 'areas-as-rows';
  const cellName =
    level?.kind === 'cell'
      ? `${laneName(level.row, rowsAreRoles ? doc.macroStructure.roles : doc.macroStructure.areas)} · ${laneName(level.column, rowsAreRoles ? doc.macroStructure.areas : doc.macroStructure.roles)}`
      : null;
  return (
    <nav className="level-bar" aria-label="Level of the view">
      <ol className="level-bar__crumbs">
        <li>
          <bdi>{view.name}</bdi>
        </li>
        <li>
          {level?.kind === 'map' ? (
            <span aria-current="page">Process map</span>
          ) : (
            <button
              className="level-bar__crumb"
              onClick={() => wb.setLevel({ kind: 'map' })}
              title="The framework: every cell with its processes, and the relations between cells"
            >
              Process map
            </button>
          )}
        </li>
        {cellName ? (
          <li>
            <span aria-current="page">
              <bdi>{cellName}</bdi>
            </span>
          </li>
        ) : null}
        {level?.kind === 'detail' ? (
          <li>
            <span aria-current="page">Full detail</span>
          </li>
        ) : null}
      </ol>
      {level?.kind !== 'detail' ? (
        <button
          className="level-bar__detail"
          onClick={() => wb.setLevel({ kind: 'detail' })}
          title="Every element of the view, in its lanes"
        >
          Full detail
        </button>
      ) : null}
      <label
        className="level-bar__fold"
        title="Fold quality measures, roles and information systems into the processes they serve, as chips"
      >
        <input type="checkbox" checked={folding} onChange={(e) => wb.setFolding(e.target.checked)} /> Fold measures
      </label>
      {drawn > max && level?.kind === 'detail' ? (
        <span className="level-bar__limit" role="note">
          {drawn} elements drawn, more than the {max} per view the design goals allow.{' '}
          {folding ? null : <button onClick={() => wb.setFolding(true)}>Fold</button>}
          <button onClick={() => wb.setLevel({ kind: 'map' })}>Show the process map</button>
        </span>
      ) : null}
    </nav>
  );
}
