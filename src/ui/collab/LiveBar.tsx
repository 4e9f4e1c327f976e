import { liveState } from '../../collab/live-state.ts';
import { useStore } from '../../store/create-store.ts';
import { useMessages } from '../i18n/messages.ts';
import { PresenceOverlay } from './PresenceOverlay.tsx';
import './collab.css';

const initial = (name: string) => name.trim().charAt(0).toUpperCase() || '?';

/** Who is in the workshop and in which view, and whether the server is reachable; a click opens the links to share. */
export default function LiveBar({ onShare }: { onShare: () => void }) {
  const joined = useStore(liveState, (s) => s.joined);
  const others = useStore(liveState, (s) => s.others);
  const connection = useStore(liveState, (s) => s.connection);
  const m = useMessages().collab;
  if (!joined) return null;
  const status = connection === 'connected' ? m.live : connection === 'offline' ? m.offline : m.connecting;
  return (
    <>
      <button
        className={`live-bar live-bar--${connection}`}
        onClick={onShare}
        title={m.barTitle(
          [joined.name, ...others.map((p) => m.personInView(p.name, p.viewName || m.anotherView))].join(', '),
          joined.review,
        )}
        aria-label={m.barLabel(status, others.length + 1, [joined.name, ...others.map((p) => p.name)].join(', '))}
      >
        <span className="live-bar__status">{status}</span>
        <span className="live-bar__people">
          <span className="live-avatar" style={{ background: joined.colour }} title={m.you(joined.name)}>
            {initial(joined.name)}
          </span>
          {others.map((p) => (
            <span
              key={p.clientId}
              className="live-avatar"
              style={{ background: p.colour }}
              title={m.avatarTitle(p.name, p.review, p.viewName || m.anotherView)}
              data-person={p.name}
            >
              {initial(p.name)}
            </span>
          ))}
        </span>
        {joined.review ? <span className="live-bar__review">{m.reviewing}</span> : null}
      </button>
      <PresenceOverlay />
    </>
  );
}
