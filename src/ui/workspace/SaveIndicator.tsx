import { useActions, useWb } from '../workbench-context.ts';
import './workspace-banner.css';
import { useSession } from './session-state.ts';

const LABEL = { saved: 'Saved', saving: 'Saving…', 'not-saved': 'Not saved' } as const;

/** The header's word on the open model: saved in this browser, saving, not saved, or read-only in this tab. */
export function SaveIndicator() {
  const wb = useActions();
  const save = useSession((s) => s.save);
  const savedAt = useSession((s) => s.savedAt);
  const readOnly = useWb((s) => s.readOnly);
  if (readOnly) {
    return (
      <span
        className="badge badge--warning"
        title="This tab shows the model read-only: it is being edited in another tab. Use “Take over editing” in the banner to edit here."
      >
        read-only
      </span>
    );
  }
  const when = savedAt ? ` at ${new Date(savedAt).toLocaleTimeString()}` : '';
  const title =
    save === 'saved'
      ? `Every change is kept in this browser${when}. Open the versions of this model.`
      : save === 'saving'
        ? 'Keeping your latest change in this browser…'
        : 'The latest changes are not stored in this browser: see the banner above.';
  return (
    <button
      className={`save-state save-state--${save}`}
      title={title}
      aria-live="polite"
      onClick={() => wb.setSidePanel('versions')}
    >
      <span className="save-state__dot" aria-hidden="true" />
      <span className="save-state__label">{LABEL[save]}</span>
    </button>
  );
}
