import { Suspense, use } from 'react';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { GalleryEntry } from '../../core/model/gallery.ts';
import type { ModelSummary } from '../../workspace/index.ts';
import { useMessages } from '../i18n/messages.ts';
import { kindLabel, loadShipped } from './shipped.ts';
import { since } from './since.ts';
import { Thumbnail } from './Thumbnail.tsx';
import { problemMessage } from '../../core/i18n/say.ts';

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
  const m = useMessages().gallery;
  const template = entry.kind === 'template';
  return (
    <article className={`model-card${isOpen ? ' model-card--open' : ''}`} aria-label={entry.title}>
      <button
        className="model-card__main"
        onClick={onOpen}
        title={template ? m.templateCardHint : m.openTitle(entry.title)}
        aria-describedby={`card-${entry.id}-text`}
      >
        <Suspense fallback={<span className="thumbnail thumbnail--loading" aria-label={m.loadingPreview} />}>
          <CardThumbnail entry={entry} metamodel={metamodel} />
        </Suspense>
        <span className="model-card__kind">
          {kindLabel(entry.kind)}
          {isOpen ? <span className="model-card__current">{m.openNow}</span> : null}
        </span>
        <span className="model-card__title">{entry.title}</span>
        <span className="model-card__description" id={`card-${entry.id}-text`}>
          {entry.description}
        </span>
      </button>
      <footer className="model-card__foot">
        <Suspense fallback={<span className="muted">{m.loading}</span>}>
          <CardFacts entry={entry} metamodel={metamodel} recent={recent} />
        </Suspense>
        {onCopy ? (
          <button onClick={onCopy} title={m.copyHint(entry.title)}>
            {m.makeCopy}
          </button>
        ) : (
          <button className="primary" onClick={onOpen} title={m.templateCardHint}>
            {m.newModel}
          </button>
        )}
      </footer>
    </article>
  );
}

function CardThumbnail({ entry, metamodel }: { entry: GalleryEntry; metamodel: Metamodel }) {
  const result = use(loadShipped(entry, metamodel));
  const m = useMessages().gallery;
  if (!result.ok) return <span className="thumbnail thumbnail--failed">{m.previewUnavailable}</span>;
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
  const kept = use(recent).find((model) => model.id === entry.id);
  const m = useMessages().gallery;
  if (!result.ok)
    return (
      <span className="model-card__error" role="alert">
        ✕ {result.errors[0] && problemMessage(result.errors[0])}
      </span>
    );
  if (kept)
    return (
      <span className="muted" title={m.keptHint}>
        {m.kept(since(kept.updatedAt))}
      </span>
    );
  const doc = result.document;
  if (!doc.elements.length) return <span className="muted">{m.lanesOnly}</span>;
  return <span className="muted">{m.facts(doc.elements.length, doc.views.length)}</span>;
}
