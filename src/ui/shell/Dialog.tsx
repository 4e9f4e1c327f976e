import { useEffect, useRef, type ReactNode } from 'react';
import { isComposing } from '../a11y/ime.ts';
import { useMessages } from '../i18n/messages.ts';

/** A modal dialog: focus moves in, Escape or the close button leaves, focus returns where it was. */
export function Dialog({
  title,
  onClose,
  children,
  wide,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const m = useMessages().shell;
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      // A field with an edit to undo (data-keeps-escape) takes Escape itself; the next Escape closes.
      // Escape while composing cancels the syllable in the input method; it does not close the dialog.
      if (isComposing(e)) return;
      if (e.key === 'Escape' && !(e.target instanceof Element && e.target.closest('[data-keeps-escape]'))) {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      previous?.focus();
    };
  }, [onClose]);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className={`dialog${wide ? ' dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        ref={ref}
      >
        <header className="dialog__head">
          <h2>{title}</h2>
          <button className="icon-button" aria-label={m.close} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="dialog__body">{children}</div>
      </div>
    </div>
  );
}
