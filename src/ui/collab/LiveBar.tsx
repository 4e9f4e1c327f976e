import { liveState } from '../../collab/live-state.ts';
import { useStore } from '../../store/create-store.ts';
import { PresenceOverlay } from './PresenceOverlay.tsx';
import './collab.css';

const initial = (name: string) => name.trim().charAt(0).toUpperCase() || '?';

/** Who is in the workshop and in which view, and whether the server is reachable; a click opens the links to share. */
export default function LiveBar({ onShare }: { onShare: () => void }) {
  const joined = useStore(liveState, (s) => s.joined);
  const others = useStore(liveState, (s) => s.others);
  const connection = useStore(liveState, (s) => s.connection);
  if (!joined) return null;
  const status =
    connection === 'connected' ? 'Live' : connection === 'offline' ? 'Offline: changes kept' : 'Connecting…';
  return (
    <>
      <button
        className={`live-bar live-bar--${connection}`}
        onClick={onShare}
        title={`Live workshop${joined.review ? ' (reviewing)' : ''}: ${[joined.name, ...others.map((p) => `${p.name} in ${p.viewName || 'another view'}`)].join(', ')}. Click for the links to share.`}
        aria-label={`Live workshop, ${status}, ${others.length + 1} ${others.length ? 'people' : 'person'}: ${[joined.name, ...others.map((p) => p.name)].join(', ')}`}
      >
        <span className="live-bar__status">{status}</span>
        <span className="live-bar__people">
          <span className="live-avatar" style={{ background: joined.colour }} title={`${joined.name} (you)`}>
            {initial(joined.name)}
          </span>
          {others.map((p) => (
            <span
              key={p.clientId}
              className="live-avatar"
              style={{ background: p.colour }}
              title={`${p.name}${p.review ? ' (reviewing)' : ''}: in ${p.viewName || 'another view'}`}
              data-person={p.name}
            >
              {initial(p.name)}
            </span>
          ))}
        </span>
        {joined.review ? <span className="live-bar__review">Reviewing</span> : null}
      </button>
      <PresenceOverlay />
    </>
  );
}
