import { useMemo } from 'react';
import { presentationOf } from '../../core/diagram/present.ts';
import { sameSlide } from '../../store/workbench.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';

/** The slide controls of present mode: where the talk is, previous and next (also ← and →), and how to leave. */
export function PresentBar() {
  const wb = useActions();
  const m = useMessages().canvas;
  const doc = useDocument();
  const view = useCurrentView();
  const level = useWb((s) => s.level);
  const slides = useMemo(() => (view ? presentationOf(doc, view) : []), [doc, view]);
  const at = Math.max(
    0,
    slides.findIndex((s) => sameSlide(s, level)),
  );
  const slide = slides[at];
  if (!slide) return null;
  return (
    <div className="present-bar" role="toolbar" aria-label={m.presentation}>
      <button
        onClick={() => wb.presentStep(-1)}
        disabled={at === 0}
        aria-label={m.previousSlide}
        title={m.previousSlideTitle}
      >
        ‹
      </button>
      <span className="present-bar__where" aria-live="polite">
        {at + 1} / {slides.length} · {slide.kind === 'map' ? m.processMap : <bdi translate="no">{slide.title}</bdi>}
      </span>
      <button
        onClick={() => wb.presentStep(1)}
        disabled={at === slides.length - 1}
        aria-label={m.nextSlide}
        title={m.nextSlideTitle}
      >
        ›
      </button>
      <button onClick={wb.togglePresenting} className="present-bar__leave" title={m.leaveTitle}>
        {m.leave}
      </button>
    </div>
  );
}
