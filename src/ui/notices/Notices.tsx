import { lazy, Suspense, useEffect, useState } from 'react';
import type { Notice } from '../../store/workbench.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { NoticeRow } from './NoticeRow.tsx';
import './notices.css';
import { useMessages } from '../i18n/messages.ts';

const LINGER_MS = { success: 4000, info: 6000, warning: 9000 } as const;
const ORDER: Notice['tone'][] = ['error', 'warning', 'info', 'success'];
// Read on request, so it loads then.
const NoticeLog = lazy(() => import('./NoticeLog.tsx').then((m) => ({ default: m.NoticeLog })));

/**
 * Messages in the canvas' foot, under the drawing and never over it: one line per kind (the newest of it, with how
 * many more), errors until dismissed, the rest fading; every message stays readable in the list.
 */
export function Notices() {
  const wb = useActions();
  const notices = useWb((s) => s.notices);
  const m = useMessages().notices;
  const logged = useWb((s) => s.noticeLog.length);
  const [listOpen, setListOpen] = useState(false);
  useEffect(() => {
    const timers = notices
      .filter((n) => n.tone !== 'error' && !n.waits)
      .map((n) => setTimeout(() => wb.dismiss(n.id), LINGER_MS[n.tone as keyof typeof LINGER_MS]));
    return () => timers.forEach(clearTimeout);
  }, [notices, wb]);
  // Offers that wait are shown above the canvas (OfferBar), not in the corner.
  const kinds = ORDER.map((tone) => notices.filter((n) => n.tone === tone && !n.waits)).filter(
    (list) => list.length > 0,
  );
  return (
    <div className="notices">
      <div className="notices__live" aria-live="polite">
        {kinds.map((list) => {
          const n = list[list.length - 1]!;
          const more = list.length - 1;
          return (
            <NoticeRow
              key={n.tone}
              notice={n}
              closes={list}
              extra={
                more ? (
                  <button
                    className="notice__more"
                    onClick={() => setListOpen(true)}
                    title={m.moreTitle}
                    aria-label={m.more(more)}
                  >
                    +{more}
                  </button>
                ) : null
              }
            />
          );
        })}
      </div>
      {logged ? (
        <button
          className="notices__log-toggle"
          aria-expanded={listOpen}
          onClick={() => setListOpen(!listOpen)}
          title={m.logTitle}
        >
          {m.log(logged)}
        </button>
      ) : null}
      {listOpen ? (
        <Suspense fallback={null}>
          <NoticeLog onClose={() => setListOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
