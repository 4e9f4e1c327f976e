import { useEffect, useRef } from 'react';
import { useWb } from '../workbench-context.ts';
import { ICON } from './tones.ts';
import { useMessages } from '../i18n/messages.ts';

/** The messages of this session, newest first, for reading one that faded before it was read. */
export function NoticeLog({ onClose }: { onClose: () => void }) {
  const log = useWb((s) => s.noticeLog);
  const m = useMessages().notices;
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => list.current?.focus(), []);
  return (
    <div
      className="notice-log"
      role="dialog"
      aria-label={m.logLabel}
      ref={list}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="notice-log__head">
        <h2>{m.heading}</h2>
        <button className="notice__close" aria-label={m.closeLog} title={m.close} onClick={onClose}>
          ×
        </button>
      </div>
      <ol className="notice-log__list">
        {[...log].reverse().map((n) => (
          <li key={n.id} className={`notice-log__item notice--${n.tone}`}>
            <span className="notice__icon" aria-hidden="true">
              {ICON[n.tone]}
            </span>
            <span>
              <span className="sr-only">{m.tone[n.tone]}: </span>
              {n.message}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
