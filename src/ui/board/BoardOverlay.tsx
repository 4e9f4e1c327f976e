import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  DEFAULT_DOTS,
  addGroup,
  addNote,
  deleteNote,
  dotsLeft,
  editNote,
  promoteNote,
  setDotsPerPerson,
  vote,
} from '../../collab/board.ts';
import type { Edit } from '../../core/commands/history.ts';
import type { Refusal } from '../../core/commands/command.ts';
import type { Lane } from '../../core/model/schema.ts';
import type { BoardGroup, BoardNote } from '../../core/model/workshop.ts';
import { usePersonName } from '../comments/person.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import './board.css';

/** The brainstorm board of a workshop: sticky notes in the lane grid, dot voting, groups, and promotion into elements. */
export default function BoardOverlay({ onClose }: { onClose: () => void }) {
  const wb = useActions();
  const doc = useDocument();
  const [name, setName] = usePersonName();
  const [groupName, setGroupName] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const board = doc.board;
  const dots = board?.dotsPerPerson ?? DEFAULT_DOTS;
  const rowsAreRoles = doc.designGoals.laneOrientation === 'roles-as-rows';
  const [rows, columns] = rowsAreRoles
    ? [doc.macroStructure.roles, doc.macroStructure.areas]
    : [doc.macroStructure.areas, doc.macroStructure.roles];

  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)) {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  const newGroup = (e: FormEvent) => {
    e.preventDefault();
    if (!groupName.trim()) return;
    wb.perform(addGroup(groupName));
    setGroupName('');
  };

  return (
    <div className="board" role="dialog" aria-label="Brainstorm board" tabIndex={-1} ref={ref}>
      <header className="board__bar">
        <h2>Brainstorm board</h2>
        <label>
          Your name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={80}
            placeholder="For your notes and dots"
          />
        </label>
        <span className="board__dots" aria-live="polite">
          {name.trim() ? `${dotsLeft(doc, name.trim())} of ${dots} dots left` : `${dots} dots per person`}
        </span>
        <label>
          Dots each
          <input
            type="number"
            min={1}
            max={20}
            value={dots}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= 20) wb.perform(setDotsPerPerson(n));
            }}
          />
        </label>
        <form onSubmit={newGroup} className="board__group-form">
          <input
            aria-label="New group name"
            value={groupName}
            onChange={(e) => setGroupName(e.target.value)}
            placeholder="New group…"
            maxLength={200}
          />
          <button type="submit" disabled={!groupName.trim()}>
            Add group
          </button>
        </form>
        <button className="icon-button" aria-label="Close the board" onClick={onClose}>
          ×
        </button>
      </header>
      <div
        className="board__grid"
        style={{ gridTemplateColumns: `minmax(90px, max-content) repeat(${columns.length}, minmax(220px, 1fr))` }}
      >
        <div />
        {columns.map((c) => (
          <div key={c.id} className="board__head" style={{ borderColor: c.colour }}>
            {c.name}
          </div>
        ))}
        {rows.map((r) => (
          <Row
            key={r.id}
            row={r}
            columns={columns}
            rowsAreRoles={rowsAreRoles}
            person={name.trim()}
            groups={board?.groups ?? []}
            notes={board?.notes ?? []}
          />
        ))}
      </div>
    </div>
  );
}

function Row(props: {
  row: Lane;
  columns: Lane[];
  rowsAreRoles: boolean;
  person: string;
  groups: readonly BoardGroup[];
  notes: readonly BoardNote[];
}) {
  const { row, columns, rowsAreRoles } = props;
  return (
    <>
      <div className="board__head board__head--row" style={{ borderColor: row.colour }}>
        {row.name}
      </div>
      {columns.map((column) => {
        const cell = rowsAreRoles ? { role: row.id, area: column.id } : { role: column.id, area: row.id };
        return (
          <Cell
            key={column.id}
            cell={cell}
            label={`${row.name} · ${column.name}`}
            person={props.person}
            groups={props.groups}
            notes={props.notes.filter((n) => n.role === cell.role && n.area === cell.area)}
          />
        );
      })}
    </>
  );
}

function Cell(props: {
  cell: { role: string; area: string };
  label: string;
  person: string;
  groups: readonly BoardGroup[];
  notes: readonly BoardNote[];
}) {
  const wb = useActions();
  const [text, setText] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!props.person) return void wb.notify('warning', 'Give your name at the top of the board first.');
    if (!text.trim()) return;
    wb.perform(addNote(text, props.person, props.cell));
    setText('');
  };
  // Notes of a group stay together, under the group's name; ungrouped notes come first.
  const sections = [
    {
      group: null as BoardGroup | null,
      notes: props.notes.filter((n) => n.group === null || !props.groups.some((g) => g.id === n.group)),
    },
    ...props.groups.map((g) => ({ group: g, notes: props.notes.filter((n) => n.group === g.id) })),
  ].filter((s) => s.notes.length);
  return (
    <section className="board__cell" aria-label={props.label}>
      {sections.map((s) => (
        <div key={s.group?.id ?? 'none'} className={s.group ? 'board__group' : undefined}>
          {s.group ? <h3>{s.group.name}</h3> : null}
          {s.notes.map((n) => (
            <Note key={n.id} note={n} person={props.person} groups={props.groups} />
          ))}
        </div>
      ))}
      <form onSubmit={add} className="board__add">
        <input
          aria-label={`New note in ${props.label}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="+ Note"
          maxLength={500}
        />
      </form>
    </section>
  );
}

function Note({ note, person, groups }: { note: BoardNote; person: string; groups: readonly BoardGroup[] }) {
  const wb = useActions();
  const doc = useDocument();
  const viewId = useWb((s) => s.viewId);
  const [promoting, setPromoting] = useState(false);
  const total = Object.values(note.votes).reduce((a, b) => a + b, 0);
  const mine = note.votes[person] ?? 0;
  const run = (result: Edit | Refusal) => ('ok' in result ? wb.notify('warning', result.message) : wb.perform(result));
  const element = note.promotedTo ? doc.elements.find((e) => e.id === note.promotedTo) : undefined;
  return (
    <article className={`note${note.promotedTo ? ' note--promoted' : ''}`} aria-label={`Note: ${note.text}`}>
      <p className="note__text">{note.text}</p>
      <p className="note__meta">
        {note.author}
        {total ? (
          <span
            className="note__votes"
            aria-label={`${total} ${total === 1 ? 'dot' : 'dots'}`}
            title={Object.entries(note.votes)
              .map(([p, n]) => `${p}: ${n}`)
              .join(', ')}
          >
            {'●'.repeat(Math.min(total, 12))}
            {total > 12 ? ` ${total}` : ''}
          </span>
        ) : null}
      </p>
      <div className="note__actions">
        <button
          onClick={() =>
            person
              ? run(vote(doc, note.id, person, 1))
              : wb.notify('warning', 'Give your name at the top of the board first.')
          }
          title="Give this note one of your dots"
          aria-label={`Vote for ${note.text}`}
        >
          +●
        </button>
        {mine ? (
          <button
            onClick={() => run(vote(doc, note.id, person, -1))}
            title="Take one of your dots back"
            aria-label={`Take back a dot from ${note.text}`}
          >
            −●
          </button>
        ) : null}
        <select
          aria-label={`Group of ${note.text}`}
          value={note.group ?? ''}
          onChange={(e) => wb.perform(editNote(note.id, { group: e.target.value || null }))}
        >
          <option value="">No group</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        {note.promotedTo ? null : (
          <button
            onClick={() => setPromoting((p) => !p)}
            aria-expanded={promoting}
            title="Make this note an element of the model"
          >
            Promote…
          </button>
        )}
        <button
          className="icon-button"
          onClick={() => wb.perform(deleteNote(note.id))}
          aria-label={`Delete note ${note.text}`}
          title="Delete this note"
        >
          ×
        </button>
      </div>
      {note.promotedTo ? (
        <p className="note__became">
          Became {element ? <strong>{element.name}</strong> : `${note.promotedTo} (since deleted)`}
        </p>
      ) : null}
      {promoting ? <Promote note={note} viewId={viewId} onDone={() => setPromoting(false)} run={run} /> : null}
    </article>
  );
}

function Promote({
  note,
  viewId,
  onDone,
  run,
}: {
  note: BoardNote;
  viewId: string;
  onDone: () => void;
  run: (result: Edit | Refusal) => unknown;
}) {
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const types = metamodel.data.elementTypes;
  const [type, setType] = useState(types[0]?.id ?? '');
  const [name, setName] = useState(note.text.slice(0, 200));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(promoteNote(doc, metamodel, note.id, type, name, viewId));
    onDone();
  };
  return (
    <form className="note__promote" onSubmit={submit}>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {metamodel.data.categories.map((c) => (
            <optgroup key={c.id} label={c.label}>
              {types
                .filter((t) => t.category === c.id)
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
      </label>
      <button type="submit" className="primary" disabled={!name.trim()}>
        Create element
      </button>
    </form>
  );
}
