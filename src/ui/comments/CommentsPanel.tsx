import { useState, type FormEvent } from 'react';
import { describeTarget, reply, setResolved, startThread } from '../../collab/comments.ts';
import type { CommentTarget, CommentThread } from '../../core/model/workshop.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { formatDate, useMessages } from '../i18n/messages.ts';
import { usePersonName } from './person.ts';
import './comments.css';

const now = () => new Date().toISOString();
const when = (iso: string) => formatDate(iso, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Comment threads beside the canvas: start one on the selection, the view or the model; reply, resolve, reopen. */
export default function CommentsPanel({ onClose }: { onClose: () => void }) {
  const doc = useDocument();
  const m = useMessages().comments;
  const [name, setName] = usePersonName();
  const [show, setShow] = useState<'open' | 'resolved'>('open');
  const threads = doc.comments ?? [];
  const shown = threads.filter((t) => t.resolved === (show === 'resolved'));
  const openCount = threads.filter((t) => !t.resolved).length;

  return (
    <aside className="comments" role="dialog" aria-label={m.title}>
      <header className="comments__head">
        <h2>{m.title}</h2>
        <button className="icon-button" aria-label={m.close} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="comments__body">
        <label className="comments__name">
          {m.yourName}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={80}
            placeholder={m.namePlaceholder}
          />
        </label>
        <NewThread author={name} />
        <div className="comments__filter" role="tablist" aria-label={m.which}>
          <button role="tab" aria-selected={show === 'open'} onClick={() => setShow('open')}>
            {m.open(openCount)}
          </button>
          <button role="tab" aria-selected={show === 'resolved'} onClick={() => setShow('resolved')}>
            {m.resolved(threads.length - openCount)}
          </button>
        </div>
        {shown.length ? (
          <ol className="comments__threads">
            {shown.map((t) => (
              <Thread key={t.id} thread={t} author={name} />
            ))}
          </ol>
        ) : (
          <p className="comments__empty">{show === 'open' ? m.noneOpen : m.noneResolved}</p>
        )}
      </div>
    </aside>
  );
}

/** What a new thread can be about: the selection first, then the open view and the model. */
function useTargets(): { target: CommentTarget; label: string }[] {
  const doc = useDocument();
  const view = useCurrentView();
  const selection = useWb((s) => s.selection);
  const out: { target: CommentTarget; label: string }[] = [];
  for (const id of selection.elements.slice(0, 5)) out.push({ target: { kind: 'element', id }, label: '' });
  for (const id of selection.relations.slice(0, 5)) out.push({ target: { kind: 'relation', id }, label: '' });
  if (view) out.push({ target: { kind: 'view', id: view.id }, label: '' });
  out.push({ target: { kind: 'model' }, label: '' });
  return out.map((o) => ({ ...o, label: describeTarget(doc, o.target) }));
}

function NewThread({ author }: { author: string }) {
  const wb = useActions();
  const m = useMessages().comments;
  const targets = useTargets();
  const [pick, setPick] = useState(0);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const chosen = targets[Math.min(pick, targets.length - 1)]!;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!author.trim()) return setProblem(m.nameFirst);
    if (!text.trim()) return setProblem(m.textFirst);
    setProblem('');
    wb.perform(startThread(chosen.target, { author: author.trim(), text, at: now() }));
    setText('');
  };
  return (
    <form className="comments__new" onSubmit={submit}>
      <label>
        {m.commentOn}
        <select value={Math.min(pick, targets.length - 1)} onChange={(e) => setPick(Number(e.target.value))}>
          {targets.map((t, i) => (
            <option key={`${t.target.kind}:${'id' in t.target ? t.target.id : ''}`} value={i}>
              {t.target.kind === 'element' || t.target.kind === 'relation' ? m.selected(t.label) : t.label}
            </option>
          ))}
        </select>
      </label>
      <textarea
        aria-label={m.newComment}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        placeholder={m.newPlaceholder}
      />
      {problem ? (
        <p role="alert" className="comments__problem">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="primary">
        {m.comment}
      </button>
    </form>
  );
}

function Thread({ thread, author }: { thread: CommentThread; author: string }) {
  const wb = useActions();
  const doc = useDocument();
  const m = useMessages().comments;
  const [text, setText] = useState('');
  const target = thread.target;
  const exists = target.kind === 'element' && doc.elements.some((e) => e.id === target.id);
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!author.trim() || !text.trim()) return;
    wb.perform(reply(thread.id, { author: author.trim(), text, at: now() }));
    setText('');
  };
  return (
    <li
      className={`comment-thread${thread.resolved ? ' comment-thread--resolved' : ''}`}
      aria-label={m.threadOn(describeTarget(doc, target))}
    >
      <div className="comment-thread__target">
        {exists ? (
          <button className="link-button" onClick={() => wb.focusElement(target.id)} title={m.showOnCanvas}>
            {describeTarget(doc, target)}
          </button>
        ) : (
          <span>{describeTarget(doc, target)}</span>
        )}
      </div>
      <ol className="comment-thread__messages">
        {thread.messages.map((m) => (
          <li key={m.id}>
            <span className="comment__meta">
              <strong>{m.author}</strong> · {when(m.at)}
            </span>
            <p>{m.text}</p>
          </li>
        ))}
      </ol>
      <form className="comment-thread__reply" onSubmit={send}>
        <input
          aria-label={m.reply}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={m.replyPlaceholder}
        />
        <button type="submit" disabled={!text.trim() || !author.trim()}>
          {m.reply}
        </button>
        <button type="button" onClick={() => wb.perform(setResolved(thread.id, !thread.resolved))}>
          {thread.resolved ? m.reopen : m.resolve}
        </button>
      </form>
    </li>
  );
}
