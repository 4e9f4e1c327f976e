import { edit, type Edit } from '../core/commands/history.ts';
import type { Label } from '../core/commands/label.ts';
import type { RefDocument } from '../core/model/schema.ts';
import type { CommentTarget, CommentThread } from '../core/model/workshop.ts';
import { screenLabel } from '../ui/i18n/labels.ts';
import { messages } from '../ui/i18n/messages.ts';

const commentEdits = new WeakSet<Edit>();

/** Whether an edit only comments (start, reply, resolve, reopen): the one kind a reviewer may make. */
export const isCommentEdit = (e: Edit): boolean => commentEdits.has(e);

const commenting = (label: Label, apply: Edit['apply']): Edit => {
  const e = edit(label, apply);
  commentEdits.add(e);
  return e;
};

/** A random id: comments are written by several people at once, so a readable, counted id could collide. */
export const freshId = (prefix: string): string =>
  `${prefix}-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;

export interface Said {
  author: string;
  text: string;
  /** ISO time; given by the caller so tests and replays are exact. */
  at: string;
}

export function startThread(
  target: CommentTarget,
  said: Said,
  ids = { thread: freshId('t'), message: freshId('m') },
): Edit {
  return commenting(screenLabel('collabRoom', 'commentLabel', targetName(target)), (doc) => {
    const thread: CommentThread = {
      id: ids.thread,
      target,
      resolved: false,
      messages: [{ id: ids.message, ...said, text: said.text.trim() }],
    };
    (doc.comments ??= []).push(thread);
  });
}

export function reply(threadId: string, said: Said, id = freshId('m')): Edit {
  return commenting(screenLabel('collabRoom', 'replyLabel'), (doc) => {
    doc.comments?.find((t) => t.id === threadId)?.messages.push({ id, ...said, text: said.text.trim() });
  });
}

/** Resolves a thread, or reopens it. */
export function setResolved(threadId: string, resolved: boolean): Edit {
  return commenting(screenLabel('collabRoom', resolved ? 'resolveLabel' : 'reopenLabel'), (doc) => {
    const thread = doc.comments?.find((t) => t.id === threadId);
    if (thread) thread.resolved = resolved;
  });
}

function targetName(target: CommentTarget): string {
  return target.kind === 'model' ? messages().collabRoom.modelTarget : target.id;
}

/** What a thread is about, in words: the element's or view's name, a relation's ends; "deleted" when it is gone. */
export function describeTarget(doc: RefDocument, target: CommentTarget): string {
  const m = messages().collabRoom;
  if (target.kind === 'model') return m.theModel;
  if (target.kind === 'element') {
    const el = doc.elements.find((e) => e.id === target.id);
    return el ? el.name : m.deletedElement(target.id);
  }
  if (target.kind === 'view') {
    const view = doc.views.find((v) => v.id === target.id);
    return view ? m.view(view.name) : m.deletedView(target.id);
  }
  const rel = doc.relations.find((r) => r.id === target.id);
  if (!rel) return m.deletedRelation(target.id);
  const name = (id: string) => doc.elements.find((e) => e.id === id)?.name ?? id;
  return `${name(rel.source)} → ${name(rel.target)}${rel.label ? ` (${rel.label})` : ''}`;
}
