import { useEffect } from 'react';
import { useActions, useWb } from '../workbench-context.ts';

const LINGER_MS = { success: 4000, info: 6000, warning: 9000 } as const;

/** Messages where the user looks: errors stay until dismissed, the rest fade after a few seconds. */
export function Notices() {
  const wb = useActions();
  const notices = useWb((s) => s.notices);
  useEffect(() => {
    const timers = notices
      .filter((n) => n.tone !== 'error')
      .map((n) => setTimeout(() => wb.dismiss(n.id), LINGER_MS[n.tone as keyof typeof LINGER_MS]));
    return () => timers.forEach(clearTimeout);
  }, [notices, wb]);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span className="notice__icon" aria-hidden="true">
            {n.tone === 'error' ? '✕' : n.tone === 'warning' ? '!' : n.tone === 'success' ? '✓' : 'i'}
          </span>
          <span className="notice__text">{n.message}</span>
          {n.action ? (
            <button
              onClick={() => {
                n.action!.run();
                wb.dismiss(n.id);
              }}
            >
              {n.action.label}
            </button>
          ) : null}
          <button className="notice__close" aria-label="Dismiss message" onClick={() => wb.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
