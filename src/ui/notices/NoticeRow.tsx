import type { ReactNode } from 'react';
import type { Notice } from '../../store/workbench.ts';
import { useActions } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';
import { ICON } from './tones.ts';

/** One message: its icon, its words, its action and a close button that dismisses `closes` (it and its kin). */
export function NoticeRow({ notice, closes, extra }: { notice: Notice; closes: Notice[]; extra?: ReactNode }) {
  const wb = useActions();
  const m = useMessages().notices;
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span className="notice__icon" aria-hidden="true">
        {ICON[notice.tone]}
      </span>
      <span className="notice__text">{notice.message}</span>
      {extra}
      {notice.action ? (
        <button
          onClick={() => {
            notice.action!.run();
            wb.dismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button
        className="notice__close"
        aria-label={m.dismiss}
        title={m.dismissTitle}
        onClick={() => closes.forEach((x) => wb.dismiss(x.id))}
      >
        ×
      </button>
    </div>
  );
}
