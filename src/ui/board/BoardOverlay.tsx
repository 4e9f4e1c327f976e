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
import { useMessages } from '../i18n/messages.ts';
import { useShownDocument } from '../i18n/model-text.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

/** The brainstorm board of a workshop: sticky notes in the lane grid, dot voting, groups, and promotion into elements. */
export default function BoardOverlay({ onClose }: { onClose: () => void }) {
  const wb = useActions();
  const doc = useDocument();
  const m = useMessages().board;
  // Lane names in the interface's language, as the canvas shows them.
  const lanes = useShownDocument(doc).doc.macroStructure;
  const [name, setName] = usePersonName();
  const [groupName, setGroupName] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const board = doc.board;
  const dots = board?.dotsPerPerson ?? DEFAULT_DOTS;
  const rowsAreRoles = doc.designGoals.laneOrientation === 'roles-as-rows';
  const [rows, columns] = rowsAreRoles ? [lanes.roles, lanes.areas] : [lanes.areas, lanes.roles];

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
    <div className="board" role="dialog" aria-label={m.title} tabIndex={-1} ref={ref}>
      <header className="board__bar">
        <h2>{m.title}</h2>
        <label>
          {m.yourName}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={80}
            placeholder={m.namePlaceholder}
          />
        </label>
        <span className="board__dots" aria-live="polite">
          {name.trim() ? m.dotsLeft(dotsLeft(doc, name.trim()), dots) : m.dotsPerPerson(dots)}
        </span>
        <label>
          {m.dotsEach}
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
            aria-label={m.newGroupName}
            value={groupName}
            onChange={(e) => setGroupName(e.target.value)}
            placeholder={m.newGroup}
            maxLength={200}
          />
          <button type="submit" disabled={!groupName.trim()}>
            {m.addGroup}
          </button>
        </form>
        <button className="icon-button" aria-label={m.close} onClick={onClose}>
          ×
        </button>
      </header>
      <div
        className="board__grid"
        style={{ gridTemplateColumns: `minmax(90px, max-content) repeat(${columns.length}, minmax(220px, 1fr))` }}
      >
        <div />
        {columns.map((c) => (
          <div key={c.id} className="board__head" style={{ borderColor: c.colour }} translate="no">
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
      <div className="board__head board__head--row" style={{ borderColor: row.colour }} translate="no">
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
  const m = useMessages().board;
  const [text, setText] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!props.person) return void wb.notify('warning', m.giveName);
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
          {s.group ? <h3 translate="no">{s.group.name}</h3> : null}
          {s.notes.map((n) => (
            <Note key={n.id} note={n} person={props.person} groups={props.groups} />
          ))}
        </div>
      ))}
      <form onSubmit={add} className="board__add">
        <input
          aria-label={m.newNote(props.label)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={m.notePlaceholder}
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
  const m = useMessages().board;
  const [promoting, setPromoting] = useState(false);
  const total = Object.values(note.votes).reduce((a, b) => a + b, 0);
  const mine = note.votes[person] ?? 0;
  const run = (result: Edit | Refusal) =>
    'ok' in result ? wb.notify('warning', refusalMessage(result)) : wb.perform(result);
  const element = note.promotedTo ? doc.elements.find((e) => e.id === note.promotedTo) : undefined;
  return (
    <article className={`note${note.promotedTo ? ' note--promoted' : ''}`} aria-label={m.note(note.text)}>
      <p className="note__text" translate="no">
        {note.text}
      </p>
      <p className="note__meta">
        <span translate="no">{note.author}</span>
        {total ? (
          <span
            className="note__votes"
            aria-label={m.dots(total)}
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
          onClick={() => (person ? run(vote(doc, note.id, person, 1)) : wb.notify('warning', m.giveName))}
          title={m.voteTitle}
          aria-label={m.voteFor(note.text)}
        >
          +●
        </button>
        {mine ? (
          <button
            onClick={() => run(vote(doc, note.id, person, -1))}
            title={m.takeBackTitle}
            aria-label={m.takeBackFrom(note.text)}
          >
            −●
          </button>
        ) : null}
        <select
          aria-label={m.groupOf(note.text)}
          value={note.group ?? ''}
          onChange={(e) => wb.perform(editNote(note.id, { group: e.target.value || null }))}
        >
          <option value="">{m.noGroup}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        {note.promotedTo ? null : (
          <button onClick={() => setPromoting((p) => !p)} aria-expanded={promoting} title={m.promoteTitle}>
            {m.promote}
          </button>
        )}
        <button
          className="icon-button"
          onClick={() => wb.perform(deleteNote(note.id))}
          aria-label={m.deleteNote(note.text)}
          title={m.deleteTitle}
        >
          ×
        </button>
      </div>
      {note.promotedTo ? (
        <p className="note__became">
          {m.became} {element ? <strong translate="no">{element.name}</strong> : m.sinceDeleted(note.promotedTo)}
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
  const m = useMessages().board;
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
        {m.type}
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
        {m.name}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
      </label>
      <button type="submit" className="primary" disabled={!name.trim()}>
        {m.create}
      </button>
    </form>
  );
}
