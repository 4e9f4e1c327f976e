import { enablePatches, produceWithPatches, applyPatches, type Patch, type Draft } from 'immer';
import type { RefDocument } from '../model/schema.ts';
import type { Label } from './label.ts';

enablePatches();

/** A named change to the document; `apply` mutates an immer draft. */
export interface Edit {
  readonly label: Label;
  apply(draft: Draft<RefDocument>): void;
}

/** One undo step: the command's name and the patches that redo and undo it. */
export interface Step {
  readonly label: Label;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
}

export interface History {
  readonly document: RefDocument;
  readonly past: readonly Step[];
  readonly future: readonly Step[];
}

const LIMIT = 500;

export function startHistory(document: RefDocument): History {
  return { document, past: [], future: [] };
}

/** Applies an edit as one undo step. An edit that changes nothing leaves the history as it was. */
export function perform(history: History, edit: Edit): History {
  const [document, patches, inversePatches] = produceWithPatches(history.document, (draft) => {
    edit.apply(draft);
  });
  if (patches.length === 0) return history;
  const past = [...history.past, { label: edit.label, patches, inversePatches }].slice(-LIMIT);
  return { document, past, future: [] };
}

export function undo(history: History): History {
  const step = history.past.at(-1);
  if (!step) return history;
  return {
    document: applyPatches(history.document, step.inversePatches as Patch[]),
    past: history.past.slice(0, -1),
    future: [step, ...history.future],
  };
}

export function redo(history: History): History {
  const step = history.future[0];
  if (!step) return history;
  return {
    document: applyPatches(history.document, step.patches as Patch[]),
    past: [...history.past, step],
    future: history.future.slice(1),
  };
}

/** Builds an edit from a label and a recipe, for one-off changes. */
export function edit(label: Label, apply: (draft: Draft<RefDocument>) => void): Edit {
  return { label, apply };
}
