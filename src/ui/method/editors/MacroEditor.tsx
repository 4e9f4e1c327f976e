import { useState } from 'react';
import { addLane, moveLane, removeLane, updateLane, type LaneKind } from '../../../core/commands/method.ts';
import type { Lane } from '../../../core/model/schema.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument } from '../../workbench-context.ts';
import { FrameworkGrid } from './FrameworkGrid.tsx';
import { refusalMessage } from '../../../core/i18n/say.ts';

/** Step 2: the areas (columns) and roles (rows) of the macro structure, and the framework grid they span. */
export default function MacroEditor() {
  const m = useMessages().method;
  return (
    <div className="editor">
      <LaneList kind="area" title={m.areas} example={m.areasExample} />
      <LaneList kind="role" title={m.roles} example={m.rolesExample} />
      <FrameworkGrid />
    </div>
  );
}

function LaneList({ kind, title, example }: { kind: LaneKind; title: string; example: string }) {
  const wb = useActions();
  const m = useMessages().method;
  const doc = useDocument();
  const lanes = kind === 'area' ? doc.macroStructure.areas : doc.macroStructure.roles;
  const [name, setName] = useState('');
  const [colour, setColour] = useState(kind === 'area' ? '#8b9099' : '#6a51a3');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const result = addLane(kind, { name: name.trim(), colour });
    if (!result.ok) return setError(name.trim() ? result.message : m.nameLaneFirst(kind));
    wb.perform(result.edit);
    setName('');
    setError(null);
  };
  return (
    <fieldset className="editor__form lanes" aria-label={title}>
      <legend>{title}</legend>
      {lanes.length === 0 ? <p className="muted">{m.noLanes(kind, example)}</p> : null}
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
          aria-label={m.colourOfNew(kind)}
          title={m.colour}
        />
        <input
          type="text"
          value={name}
          placeholder={m.newLane(kind)}
          aria-label={m.nameOfNew(kind)}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <button onClick={add}>{m.addLane(kind)}</button>
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
  const m = useMessages().method;
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
      wb.notify('warning', m.keepsName(kind, refusalMessage(result)));
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
          aria-label={m.colourOf(lane.name)}
          title={m.colour}
          onChange={(e) => {
            const result = updateLane(kind, lane.id, { colour: e.target.value });
            if (result.ok) wb.perform(result.edit);
          }}
        />
        <input
          type="text"
          value={text}
          aria-label={m.nameOf(kind, lane.name)}
          onChange={(e) => setName({ base: lane.name, text: e.target.value })}
          onBlur={rename}
          onKeyDown={(e) => e.key === 'Enter' && rename()}
        />
        <span className="lanes__count" title={m.laneHolds(kind, held)}>
          {held}
        </span>
        <button
          className="icon-button"
          disabled={index === 0}
          onClick={() => wb.perform(moveLane(kind, lane.id, index - 1))}
          aria-label={m.moveUp(lane.name)}
          title={m.moveUpHint}
        >
          ↑
        </button>
        <button
          className="icon-button"
          disabled={index === count - 1}
          onClick={() => wb.perform(moveLane(kind, lane.id, index + 1))}
          aria-label={m.moveDown(lane.name)}
          title={m.moveDownHint}
        >
          ↓
        </button>
        <button
          className="icon-button danger"
          onClick={remove}
          aria-label={m.remove(lane.name)}
          title={m.removeLaneHint(kind)}
          aria-expanded={removing}
        >
          ×
        </button>
      </div>
      {removing ? (
        <div className="lanes__confirm" role="group" aria-label={m.remove(lane.name)}>
          <label htmlFor={`move-${lane.id}`}>{m.moveElementsTo(lane.name, held)}</label>
          <select id={`move-${lane.id}`} value={target} onChange={(e) => setTarget(e.target.value)}>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            <option value="">{m.noLane(kind)}</option>
          </select>
          <div className="editor__actions">
            <button className="danger" onClick={() => wb.perform(removeLane(kind, lane.id, target || null))}>
              {m.remove(lane.name)}
            </button>
            <button onClick={() => setRemoving(false)}>{m.cancel}</button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
