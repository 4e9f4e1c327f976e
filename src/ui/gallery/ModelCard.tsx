import { Suspense, use } from 'react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { GalleryEntry } from '../../core/model/gallery.ts';
import type { ModelSummary } from '../../workspace/index.ts';
import { KIND_LABELS, loadShipped } from './shipped.ts';
import { since } from './since.ts';
import { Thumbnail } from './Thumbnail.tsx';

interface ModelCardProps {
  entry: GalleryEntry;
  metamodel: Metamodel;
  /** The models kept in this browser: a shipped model among them opens as kept. */
  recent: Promise<ModelSummary[]>;
  isOpen: boolean;
  onOpen: () => void;
  onCopy?: () => void;
}

/** One shipped model: its lane grid in miniature, what it is, and how to open or copy it. */
export function ModelCard({ entry, metamodel, recent, isOpen, onOpen, onCopy }: ModelCardProps) {
  const template = entry.kind === 'template';
  return (
    <article className={`model-card${isOpen ? ' model-card--open' : ''}`} aria-label={entry.title}>
      <button
        className="model-card__main"
        onClick={onOpen}
        title={template ? 'Start a new model from this template' : `Open ${entry.title}`}
        aria-describedby={`card-${entry.id}-text`}
      >
        <Suspense fallback={<span className="thumbnail thumbnail--loading" aria-label="Loading the preview" />}>
          <CardThumbnail entry={entry} metamodel={metamodel} />
        </Suspense>
        <span className="model-card__kind">
          {KIND_LABELS[entry.kind]}
          {isOpen ? <span className="model-card__current"> · open now</span> : null}
        </span>
        <span className="model-card__title">{entry.title}</span>
        <span className="model-card__description" id={`card-${entry.id}-text`}>
          {entry.description}
        </span>
      </button>
      <footer className="model-card__foot">
        <Suspense fallback={<span className="muted">Loading…</span>}>
          <CardFacts entry={entry} metamodel={metamodel} recent={recent} />
        </Suspense>
        {onCopy ? (
          <button
            onClick={onCopy}
            title={`Start a model of your own as a copy of ${entry.title}; the shipped model stays as it is`}
          >
            Make a copy
          </button>
        ) : (
          <button className="primary" onClick={onOpen} title="Start a new model from this template">
            New model
          </button>
        )}
      </footer>
    </article>
  );
}

function CardThumbnail({ entry, metamodel }: { entry: GalleryEntry; metamodel: Metamodel }) {
  const result = use(loadShipped(entry, metamodel));
  if (!result.ok) return <span className="thumbnail thumbnail--failed">Preview unavailable</span>;
  return <Thumbnail doc={result.document} metamodel={metamodel} />;
}

function CardFacts({
  entry,
  metamodel,
  recent,
}: {
  entry: GalleryEntry;
  metamodel: Metamodel;
  recent: Promise<ModelSummary[]>;
}) {
  const result = use(loadShipped(entry, metamodel));
  const kept = use(recent).find((m) => m.id === entry.id);
  if (!result.ok)
    return (
      <span className="model-card__error" role="alert">
        ✕ {result.errors[0]?.message}
      </span>
    );
  if (kept)
    return (
      <span className="muted" title="Opening it shows your changes; make a copy for the original">
        Kept in this browser · changed {since(kept.updatedAt)}
      </span>
    );
  const doc = result.document;
  if (!doc.elements.length) return <span className="muted">Roles and areas only · method at step 1</span>;
  return (
    <span className="muted">
      {doc.elements.length} elements · {doc.views.length} {doc.views.length === 1 ? 'view' : 'views'}
    </span>
  );
}
