import { Suspense, use } from 'react';
import type { ModelSummary } from '../../workspace/index.ts';
import { useMessages } from '../i18n/messages.ts';
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
  const m = useMessages().gallery;
  const models = [...use(recent)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  if (!models.length) return null;
  return (
    <section className="gallery__section" aria-labelledby="gallery-recent">
      <h3 id="gallery-recent">{m.recent}</h3>
      <p className="muted">{m.recentHint}</p>
      <ul className="gallery__recent">
        {models.slice(0, 8).map((model) => (
          <li key={model.id}>
            <button
              onClick={() => onOpen(model.id, model.name)}
              disabled={model.id === openId}
              title={model.id === openId ? m.thisIsOpen : m.openTitle(model.name)}
            >
              <span className="gallery__recent-name" translate="no">
                {model.name}
              </span>
              <span className="muted">
                {m.recentFacts(model.id === openId, model.elements, model.derivedFrom, since(model.updatedAt))}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {models.length > 8 ? <p className="muted">{m.older(models.length - 8)}</p> : null}
    </section>
  );
}
