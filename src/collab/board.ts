import { refuse, type Refusal } from '../core/commands/command.ts';
import { edit, type Edit } from '../core/commands/history.ts';
import type { Metamodel } from '../core/metamodel/metamodel.ts';
import { slug, uniqueId } from '../core/model/ids.ts';
import { NAME_LIMIT } from '../core/model/primitives.ts';
import type { Element, RefDocument } from '../core/model/schema.ts';
import type { Board, BoardNote } from '../core/model/workshop.ts';
import { freshId } from './comments.ts';
import { screenLabel } from '../ui/i18n/labels.ts';
import { messages } from '../ui/i18n/messages.ts';

export const DEFAULT_DOTS = 3;

const boardOf = (doc: { board?: Board }): Board =>
  (doc.board ??= { dotsPerPerson: DEFAULT_DOTS, groups: [], notes: [] });

/** Puts a sticky note into a lane cell. */
export function addNote(text: string, author: string, cell: { role: string | null; area: string | null }): Edit {
  const note: BoardNote = { id: freshId('n'), text: text.trim(), author, ...cell, group: null, votes: {} };
  return edit(screenLabel('board', 'addNoteLabel'), (doc) => void boardOf(doc).notes.push(note));
}

export function editNote(id: string, changes: Partial<Pick<BoardNote, 'text' | 'role' | 'area' | 'group'>>): Edit {
  const label =
    changes.text !== undefined ? 'editNoteLabel' : changes.group !== undefined ? 'groupNoteLabel' : 'moveNoteLabel';
  return edit(screenLabel('board', label), (doc) => {
    const note = doc.board?.notes.find((n) => n.id === id);
    if (note) Object.assign(note, changes);
  });
}

export function deleteNote(id: string): Edit {
  return edit(screenLabel('board', 'deleteNoteLabel'), (doc) => {
    if (doc.board) doc.board.notes = doc.board.notes.filter((n) => n.id !== id);
  });
}

/** The dots a person has left to give on the board. */
export function dotsLeft(doc: RefDocument, person: string): number {
  const board = doc.board;
  const used = (board?.notes ?? []).reduce((sum, n) => sum + (n.votes[person] ?? 0), 0);
  return (board?.dotsPerPerson ?? DEFAULT_DOTS) - used;
}

/** Gives a note one of a person's dots, or takes one back (delta -1); refused when no dot is left. */
export function vote(doc: RefDocument, noteId: string, person: string, delta: 1 | -1): Edit | Refusal {
  const m = messages().board;
  const note = doc.board?.notes.find((n) => n.id === noteId);
  if (!note) return refuse(m.gone);
  const mine = note.votes[person] ?? 0;
  if (delta < 0 && mine === 0) return refuse(m.noDotHere);
  if (delta > 0 && dotsLeft(doc, person) <= 0) return refuse(m.allUsed(doc.board?.dotsPerPerson ?? DEFAULT_DOTS));
  return edit(screenLabel('board', delta > 0 ? 'voteLabel' : 'takeBackLabel'), (draft) => {
    const target = draft.board?.notes.find((n) => n.id === noteId);
    if (!target) return;
    if (mine + delta === 0) delete target.votes[person];
    else target.votes[person] = mine + delta;
  });
}

export function setDotsPerPerson(dots: number): Edit {
  return edit(screenLabel('board', 'allowDotsLabel', dots), (doc) => void (boardOf(doc).dotsPerPerson = dots));
}

/** Starts a group with a name; the given notes join it. */
export function addGroup(name: string, noteIds: readonly string[] = []): Edit {
  const id = freshId('g');
  return edit(screenLabel('board', 'groupLabel', name.trim()), (doc) => {
    const board = boardOf(doc);
    board.groups.push({ id, name: name.trim() });
    for (const note of board.notes) if (noteIds.includes(note.id)) note.group = id;
  });
}

/**
 * Promotes a note into a typed element in its lane cell: the type comes from the metamodel, and the note stays
 * on the board, linked to the element, and is written into the element's provenance.
 */
export function promoteNote(
  doc: RefDocument,
  metamodel: Metamodel,
  noteId: string,
  typeId: string,
  name: string,
  viewId?: string,
): Edit | Refusal {
  const m = messages().board;
  const note = doc.board?.notes.find((n) => n.id === noteId);
  if (!note) return refuse(m.gone);
  if (note.promotedTo) return refuse(m.alreadyPromoted);
  const type = metamodel.elementType(typeId);
  if (!type) return refuse(m.noType(typeId));
  const elementName = name.trim().slice(0, NAME_LIMIT);
  const taken = new Set([...doc.elements.map((e) => e.id), ...doc.relations.map((r) => r.id)]);
  const element: Element = {
    id: uniqueId(slug(elementName) || typeId, taken),
    type: typeId,
    name: elementName,
    description: '',
    area: note.area,
    role: note.role,
    optional: false,
    properties: {},
    provenance: { note: m.promotedFrom(note.author, note.text), status: 'proposed' },
    goals: [],
  };
  return edit(screenLabel('board', 'promoteLabel', type.label), (draft) => {
    draft.elements.push(element);
    const view = draft.views.find((v) => v.id === viewId);
    if (view && view.elements !== 'all') view.elements.push(element.id);
    const promoted = draft.board?.notes.find((n) => n.id === noteId);
    if (promoted) promoted.promotedTo = element.id;
  });
}
