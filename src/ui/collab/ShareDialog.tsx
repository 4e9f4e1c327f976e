import { useState, type FormEvent } from 'react';
import { joinRoom, leaveRoom, newEditKey, newRoomName, roomLink } from '../../collab/live.ts';
import { liveState } from '../../collab/live-state.ts';
import { useStore } from '../../store/create-store.ts';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { useActions } from '../workbench-context.ts';
import { readName, rememberName } from '../comments/person.ts';
import './collab.css';

const SERVER_KEY = 'refmod.liveServer';

function defaultServer(params: URLSearchParams): string {
  const given = params.get('server');
  if (given) return given;
  try {
    const last = localStorage.getItem(SERVER_KEY);
    if (last) return last;
  } catch {
    // No storage: fall back to this host's room server.
  }
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.hostname || 'localhost'}:1234`;
}

/** Share live…: start a workshop with the open model, or join the one a link names; once in, the links to share. */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const joined = useStore(liveState, (s) => s.joined);
  const m = useMessages().collab;
  return (
    <Dialog title={joined ? m.titleJoined : m.titleJoin} onClose={onClose}>
      {joined ? <InRoom joined={joined} onClose={onClose} /> : <JoinForm />}
    </Dialog>
  );
}

function JoinForm() {
  const wb = useActions();
  const m = useMessages().collab;
  const [params] = useState(() => new URLSearchParams(location.search));
  const invited = params.get('room');
  const review = params.get('review') === '1';
  const [name, setName] = useState(readName);
  const [server, setServer] = useState(() => defaultServer(params));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(m.giveName);
    if (!/^wss?:\/\/[^\s]+$/.test(server.trim())) return setError(m.serverAddress);
    setBusy(true);
    setError('');
    rememberName(name.trim());
    try {
      localStorage.setItem(SERVER_KEY, server.trim());
    } catch {
      // Remembering the server is a convenience only.
    }
    const room = invited ?? newRoomName();
    const key = invited ? params.get('key') : newEditKey();
    joinRoom(wb, { server: server.trim(), room, name: name.trim(), review, create: !invited, ...(key ? { key } : {}) })
      .then(() => {
        const url = new URL(location.href);
        url.searchParams.set('room', room);
        url.searchParams.set('server', server.trim());
        if (key && !review) url.searchParams.set('key', key);
        history.replaceState(null, '', url);
      })
      .catch((failure: unknown) => {
        setError(failure instanceof Error ? failure.message : String(failure));
      })
      .finally(() => setBusy(false));
  };

  return (
    <form className="live-form" onSubmit={submit}>
      <p>{invited ? (review ? m.invitedReview : m.invited) : m.start}</p>
      <label>
        {m.yourName}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} autoFocus autoComplete="name" />
      </label>
      <label>
        {m.roomServer}
        <input value={server} onChange={(e) => setServer(e.target.value)} spellCheck={false} />
      </label>
      {error ? (
        <p className="live-form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="live-form__actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? m.connectingButton : invited ? m.join : m.startButton}
        </button>
      </div>
    </form>
  );
}

function InRoom({
  joined,
  onClose,
}: {
  joined: NonNullable<ReturnType<typeof liveState.getState>['joined']>;
  onClose: () => void;
}) {
  const wb = useActions();
  const m = useMessages().collab;
  const others = useStore(liveState, (s) => s.others);
  const connection = useStore(liveState, (s) => s.connection);
  return (
    <div className="live-form">
      <p>
        {m.youAreIn} <strong style={{ color: joined.colour }}>{joined.name}</strong>
        {joined.review ? m.reviewNote : ''}.{' '}
        {others.length ? m.alsoHere(others.map((p) => p.name).join(', ')) : m.nobodyYet}{' '}
        {connection === 'connected' ? '' : m.serverAway}
      </p>
      {joined.review ? null : <LinkRow label={m.editorsLink} value={roomLink(joined, false)} />}
      <LinkRow label={m.reviewersLink} value={roomLink(joined, true)} />
      <div className="live-form__actions">
        <button
          onClick={() => {
            leaveRoom(wb);
            const url = new URL(location.href);
            for (const key of ['room', 'server', 'review', 'key']) url.searchParams.delete(key);
            history.replaceState(null, '', url);
            onClose();
          }}
        >
          {m.leave}
        </button>
        <button className="primary" onClick={onClose}>
          {m.done}
        </button>
      </div>
    </div>
  );
}

function LinkRow({ label, value }: { label: string; value: string }) {
  const m = useMessages().collab;
  const [copied, setCopied] = useState(false);
  return (
    <label>
      {label}
      <span className="live-link">
        <input readOnly value={value} onFocus={(e) => e.target.select()} spellCheck={false} />
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? m.copied : m.copy}
        </button>
      </span>
    </label>
  );
}
