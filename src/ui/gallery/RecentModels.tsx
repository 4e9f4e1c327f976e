import { Suspense, use } from 'react';
import type { ModelSummary } from '../../workspace/index.ts';
import { since } from './since.ts';

interface RecentModelsProps {
  recent: Promise<ModelSummary[]>;
  openId: string;
  onOpen: (id: string, name: string) => void;
}

/** The models kept in this browser, most recently changed first, each one click from being open again. */
export function RecentModels(props: RecentModelsProps) {
  return (
    <Suspense fallback={null}>
      <RecentList {...props} />
    </Suspense>
  );
}

function RecentList({ recent, openId, onOpen }: RecentModelsProps) {
  const models = [...use(recent)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  if (!models.length) return null;
  return (
    <section className="gallery__section" aria-labelledby="gallery-recent">
      <h3 id="gallery-recent">Recent models</h3>
      <p className="muted">
        Kept in this browser as you work. The Versions tab holds earlier states of the open model.
      </p>
      <ul className="gallery__recent">
        {models.slice(0, 8).map((m) => (
          <li key={m.id}>
            <button
              onClick={() => onOpen(m.id, m.name)}
              disabled={m.id === openId}
              title={m.id === openId ? 'This model is open' : `Open ${m.name}`}
            >
              <span className="gallery__recent-name">{m.name}</span>
              <span className="muted">
                {m.id === openId ? 'open now · ' : ''}
                {m.elements} elements{m.derivedFrom ? ` · derived from ${m.derivedFrom}` : ''} · changed{' '}
                {since(m.updatedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {models.length > 8 ? <p className="muted">and {models.length - 8} older models.</p> : null}
    </section>
  );
}
