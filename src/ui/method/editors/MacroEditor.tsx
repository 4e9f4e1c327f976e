import { useState } from 'react';
import { addLane, moveLane, removeLane, updateLane, type LaneKind } from '../../../core/commands/method.ts';
import type { Lane } from '../../../core/model/schema.ts';
import { useActions, useDocument } from '../../workbench-context.ts';
import { FrameworkGrid } from './FrameworkGrid.tsx';

/** Step 2: the areas (columns) and roles (rows) of the macro structure, and the framework grid they span. */
export default function MacroEditor() {
  return (
    <div className="editor">
      <LaneList kind="area" title="Areas" example="e.g. Sales, Management, Operations" />
      <LaneList kind="role" title="Roles" example="e.g. Client, Provider, Customer" />
      <FrameworkGrid />
    </div>
  );
}

function LaneList({ kind, title, example }: { kind: LaneKind; title: string; example: string }) {
  const wb = useActions();
  const doc = useDocument();
  const lanes = kind === 'area' ? doc.macroStructure.areas : doc.macroStructure.roles;
  const [name, setName] = useState('');
  const [colour, setColour] = useState(kind === 'area' ? '#8b9099' : '#6a51a3');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const result = addLane(kind, { name: name.trim(), colour });
    if (!result.ok) return setError(name.trim() ? result.message : `Name the new ${kind} first.`);
    wb.perform(result.edit);
    setName('');
    setError(null);
  };
  return (
    <fieldset className="editor__form lanes" aria-label={title}>
      <legend>{title}</legend>
      {lanes.length === 0 ? (
        <p className="muted">
          No {kind}s yet ({example}).
        </p>
      ) : null}
      <ol className="lanes__list">
        {lanes.map((lane, i) => (
          <LaneRow
            key={lane.id}
            kind={kind}
            lane={lane}
            index={i}
            count={lanes.length}
            others={lanes.filter((l) => l.id !== lane.id)}
          />
        ))}
      </ol>
      <div className="lanes__add">
        <input
          type="color"
          value={colour}
          onChange={(e) => setColour(e.target.value)}
          aria-label={`Colour of the new ${kind}`}
          title="Colour"
        />
        <input
          type="text"
          value={name}
          placeholder={`New ${kind}`}
          aria-label={`Name of the new ${kind}`}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <button onClick={add}>Add {kind}</button>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function LaneRow({
  kind,
  lane,
  index,
  count,
  others,
}: {
  kind: LaneKind;
  lane: Lane;
  index: number;
  count: number;
  others: Lane[];
}) {
  const wb = useActions();
  const doc = useDocument();
  const [name, setName] = useState({ base: lane.name, text: lane.name });
  const [removing, setRemoving] = useState(false);
  const [target, setTarget] = useState('');
  // The draft follows the name whenever it changes from outside (undo, the canvas).
  const text = name.base === lane.name ? name.text : lane.name;
  const held = doc.elements.filter((e) => e[kind] === lane.id).length;
  const rename = () => {
    if (text.trim() === lane.name) return;
    const result = updateLane(kind, lane.id, { name: text.trim() });
    if (result.ok) wb.perform(result.edit);
    else {
      wb.notify('warning', `The ${kind} keeps its name: ${result.message}`);
      setName({ base: lane.name, text: lane.name });
    }
  };
  const remove = () => {
    if (held === 0) return wb.perform(removeLane(kind, lane.id, null));
    setTarget(others[0]?.id ?? '');
    setRemoving(true);
  };
  return (
    <li className="lanes__row">
      <div className="lanes__line">
        <input
          type="color"
          value={lane.colour}
          aria-label={`Colour of ${lane.name}`}
          title="Colour"
          onChange={(e) => {
            const result = updateLane(kind, lane.id, { colour: e.target.value });
            if (result.ok) wb.perform(result.edit);
          }}
        />
        <input
          type="text"
          value={text}
          aria-label={`Name of the ${kind} ${lane.name}`}
          onChange={(e) => setName({ base: lane.name, text: e.target.value })}
          onBlur={rename}
          onKeyDown={(e) => e.key === 'Enter' && rename()}
        />
        <span className="lanes__count" title={`${held} element${held === 1 ? '' : 's'} in this ${kind}`}>
          {held}
        </span>
        <button
          className="icon-button"
          disabled={index === 0}
          onClick={() => wb.perform(moveLane(kind, lane.id, index - 1))}
          aria-label={`Move ${lane.name} up`}
          title="Move up (earlier column or row)"
        >
          ↑
        </button>
        <button
          className="icon-button"
          disabled={index === count - 1}
          onClick={() => wb.perform(moveLane(kind, lane.id, index + 1))}
          aria-label={`Move ${lane.name} down`}
          title="Move down (later column or row)"
        >
          ↓
        </button>
        <button
          className="icon-button danger"
          onClick={remove}
          aria-label={`Remove ${lane.name}`}
          title={`Remove this ${kind}`}
          aria-expanded={removing}
        >
          ×
        </button>
      </div>
      {removing ? (
        <div className="lanes__confirm" role="group" aria-label={`Remove ${lane.name}`}>
          <label htmlFor={`move-${lane.id}`}>
            {lane.name} holds {held} element{held === 1 ? '' : 's'}. Move {held === 1 ? 'it' : 'them'} to:
          </label>
          <select id={`move-${lane.id}`} value={target} onChange={(e) => setTarget(e.target.value)}>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            <option value="">no {kind} (validation will list processes without a cell)</option>
          </select>
          <div className="editor__actions">
            <button className="danger" onClick={() => wb.perform(removeLane(kind, lane.id, target || null))}>
              Remove {lane.name}
            </button>
            <button onClick={() => setRemoving(false)}>Cancel</button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
