import { useActions, useWb } from '../workbench-context.ts';
import './workspace-banner.css';
import { useSession } from './session-state.ts';
import { formatDate, useMessages } from '../i18n/messages.ts';

/** The header's word on the open model: saved in this browser, saving, not saved, or read-only in this tab. */
export function SaveIndicator() {
  const wb = useActions();
  const save = useSession((s) => s.save);
  const savedAt = useSession((s) => s.savedAt);
  const readOnly = useWb((s) => s.readOnly);
  const m = useMessages().workspace;
  if (readOnly) {
    return (
      <span className="badge badge--warning" title={m.readOnlyTitle}>
        {m.readOnly}
      </span>
    );
  }
  const when = savedAt ? formatDate(savedAt, { timeStyle: 'medium' }) : '';
  const label = { saved: m.saved, saving: m.saving, 'not-saved': m.notSaved }[save];
  const title = save === 'saved' ? m.savedTitle(when) : save === 'saving' ? m.savingTitle : m.notSavedTitle;
  return (
    <button
      className={`save-state save-state--${save}`}
      title={title}
      aria-live="polite"
      onClick={() => wb.setSidePanel('versions')}
    >
      <span className="save-state__dot" aria-hidden="true" />
      <span className="save-state__label">{label}</span>
    </button>
  );
}
