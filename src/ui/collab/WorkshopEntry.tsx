import { lazy, Suspense, useCallback, useState } from 'react';
import { liveState } from '../../collab/live-state.ts';
import { useStore } from '../../store/create-store.ts';
import { useMessages } from '../i18n/messages.ts';
import { PanelBoundary } from '../shell/PanelBoundary.tsx';
import { useWb } from '../workbench-context.ts';
import './entry.css';

// The workshop's code (Yjs, the board, the comments) loads when first asked for: the first screen carries only these buttons.
const ShareDialog = lazy(() => import('./ShareDialog.tsx'));
const LiveBar = lazy(() => import('./LiveBar.tsx'));
const CommentsPanel = lazy(() => import('../comments/CommentsPanel.tsx'));
const BoardOverlay = lazy(() => import('../board/BoardOverlay.tsx'));

type Open = 'share' | 'comments' | 'board' | null;

/** The header's workshop entries: comments, the brainstorm board, and Share live… (or, once joined, who is here). */
export function WorkshopEntry() {
  const m = useMessages().collab;
  const joined = useStore(liveState, (s) => s.joined !== null);
  const openThreads = useWb((s) => s.history.document.comments?.filter((t) => !t.resolved).length ?? 0);
  // A link to a room opens the join dialog.
  const [open, setOpen] = useState<Open>(() => (new URLSearchParams(location.search).has('room') ? 'share' : null));
  const close = useCallback(() => setOpen(null), []);
  const toggle = (what: Exclude<Open, null>) => setOpen((o) => (o === what ? null : what));

  return (
    <>
      {joined ? (
        <PanelBoundary name={m.panelLiveBar}>
          <Suspense fallback={null}>
            <LiveBar onShare={() => setOpen('share')} />
          </Suspense>
        </PanelBoundary>
      ) : null}
      <button
        className="icon-button workshop-entry"
        onClick={() => toggle('comments')}
        aria-pressed={open === 'comments'}
        aria-label={openThreads ? m.commentsOpen(openThreads) : m.comments}
        title={m.commentsTitle}
      >
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
          <path d="M2 3h14v9H7l-4 3v-3H2z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        </svg>
        {openThreads ? <span className="workshop-entry__count">{openThreads}</span> : null}
      </button>
      <button
        className="icon-button workshop-entry"
        onClick={() => toggle('board')}
        aria-pressed={open === 'board'}
        aria-label={m.board}
        title={m.boardTitle}
      >
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
          <rect x="2" y="2" width="6" height="6" rx="1" fill="#e6c229" />
          <rect x="10" y="2" width="6" height="6" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <rect x="2" y="10" width="6" height="6" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <rect x="10" y="10" width="6" height="6" rx="1" fill="#e6c229" />
        </svg>
      </button>
      {joined ? null : (
        <button onClick={() => setOpen('share')} title={m.shareLiveTitle}>
          {m.shareLive}
        </button>
      )}
      {open ? (
        <PanelBoundary
          name={open === 'share' ? m.panelShare : open === 'board' ? m.panelBoard : m.panelComments}
          onClose={close}
        >
          <Suspense fallback={null}>
            {open === 'share' ? (
              <ShareDialog onClose={close} />
            ) : open === 'comments' ? (
              <CommentsPanel onClose={close} />
            ) : (
              <BoardOverlay onClose={close} />
            )}
          </Suspense>
        </PanelBoundary>
      ) : null}
    </>
  );
}
