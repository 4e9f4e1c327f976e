import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore, type CSSProperties } from 'react';
import type { DialogProps } from '../shell/features.tsx';
import { useActions } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';
import { TOUR, type TourStep } from './steps.ts';
import './tour.css';

const PAD = 6;
const CARD_W = 360;
const CARD_H = 250; // a generous estimate of the card's height, to keep it on screen

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The highlighted part of the screen as a string, so an unchanged box never re-renders (null: nothing to show). */
function targetKey(step: TourStep): string {
  for (const selector of step.targets) {
    const r = document.querySelector(selector)?.getBoundingClientRect();
    if (r && r.width > 0 && r.height > 0) return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  }
  return '';
}

// Panels load lazily and the canvas moves, so the box follows the target a few times a second.
const subscribe = (changed: () => void) => {
  const timer = setInterval(changed, 200);
  window.addEventListener('resize', changed);
  return () => {
    clearInterval(timer);
    window.removeEventListener('resize', changed);
  };
};

const inside = (x1: number, y1: number, x2: number, y2: number): Box => {
  const [left, top] = [Math.max(2, x1), Math.max(2, y1)];
  return {
    x: left,
    y: top,
    w: Math.min(window.innerWidth - 2, x2) - left,
    h: Math.min(window.innerHeight - 2, y2) - top,
  };
};

/** Puts the card where it hides least: below a small target (a button, a bar), else beside it, else inside its lower corner. */
function placeCard(box: Box | null): CSSProperties {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  if (!box) return { left: (vw - CARD_W) / 2, top: Math.max(16, (vh - CARD_H) / 2) };
  const clampTop = (y: number) => Math.max(12, Math.min(y, vh - CARD_H - 12));
  const clampLeft = (x: number) => Math.max(12, Math.min(x, vw - CARD_W - 12));
  const below = vh - (box.y + box.h) >= CARD_H + 20;
  // Right-aligned under a target near the right edge, so the card reads from where the eye already is.
  const under = () => ({
    left: clampLeft(box.x + box.w / 2 > vw / 2 ? box.x + box.w - CARD_W : box.x),
    top: box.y + box.h + 14,
  });
  if (box.h < 200 && below) return under();
  if (vw - (box.x + box.w) >= CARD_W + 28) return { left: box.x + box.w + 16, top: clampTop(box.y) };
  if (box.x >= CARD_W + 28) return { left: box.x - CARD_W - 16, top: clampTop(box.y) };
  if (below) return under();
  if (box.y >= CARD_H + 20) return { left: clampLeft(box.x), bottom: vh - box.y + 14 };
  return { left: clampLeft(box.x + 16), bottom: Math.max(12, vh - (box.y + box.h) + 16) };
}

/** The guided tour over the real workbench: a highlight on each part, a card to read, Next / Back / Skip, arrows and Escape. */
export default function Tour({ onClose }: DialogProps) {
  const wb = useActions();
  const m = useMessages().tour;
  const [index, setIndex] = useState(0);
  // What the tour changes on screen (the side panel, the selection) goes back as it was when it ends.
  const [before] = useState(() => {
    const s = wb.store.getState();
    return { sidePanel: s.sidePanel, folded: s.sidePanelFolded, selection: s.selection };
  });
  const step = TOUR[index]!;
  const key = useSyncExternalStore(subscribe, () => targetKey(step));
  const [x = 0, y = 0, w = 0, h = 0] = key ? key.split(',').map(Number) : [];
  // The padded box stays on screen, so its outline shows even around a panel at the window's edge.
  const box: Box | null = key ? inside(x - PAD, y - PAD, x + w + PAD, y + h + PAD) : null;
  const last = index === TOUR.length - 1;
  const next = useRef<HTMLButtonElement>(null);
  // After the dialog that started the tour hands focus back, the card takes it; each step keeps it on Next.
  useEffect(() => next.current?.focus(), [index]);

  const end = () => {
    wb.setSidePanel(before.sidePanel);
    wb.foldSidePanel(before.folded);
    wb.select(before.selection);
    onClose();
  };
  const go = (to: number) => {
    if (to < 0) return;
    if (to >= TOUR.length) return end();
    TOUR[to]!.enter?.(wb);
    setIndex(to);
  };
  // Capturing first keeps the arrows from nudging the selected element and Escape from clearing the selection.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const typing =
      e.target instanceof HTMLElement &&
      (e.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName));
    const move = { Escape: null, ArrowRight: index + 1, ArrowLeft: index - 1 }[e.key];
    if (move === undefined || (typing && e.key !== 'Escape')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (move === null) end();
    else go(move);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);

  return (
    <div className="tour">
      {box ? (
        <div className="tour__spot" style={{ left: box.x, top: box.y, width: box.w, height: box.h }} />
      ) : (
        <div className="tour__dim" />
      )}
      <section
        className="tour__card"
        role="dialog"
        aria-modal="false"
        aria-labelledby="tour-title"
        aria-describedby="tour-text"
        style={placeCard(box)}
      >
        <p className="tour__count">{m.count(index + 1, TOUR.length)}</p>
        <h2 id="tour-title">{m.steps[step.id].title}</h2>
        <p id="tour-text" className="tour__text">
          {m.steps[step.id].text}
        </p>
        <ol className="tour__dots" aria-hidden="true">
          {TOUR.map((s, i) => (
            <li key={s.id} className={i === index ? 'tour__dot tour__dot--on' : 'tour__dot'} />
          ))}
        </ol>
        <div className="tour__actions">
          <button className="tour__skip" onClick={end} title={m.skipTitle}>
            {m.skip}
          </button>
          <span className="tour__nav">
            <button onClick={() => go(index - 1)} disabled={index === 0} title={m.backTitle}>
              {m.back}
            </button>
            <button
              ref={next}
              onClick={() => go(index + 1)}
              className="primary"
              title={last ? m.finishTitle : m.nextTitle}
            >
              {last ? m.finish : m.next}
            </button>
          </span>
        </div>
      </section>
    </div>
  );
}
