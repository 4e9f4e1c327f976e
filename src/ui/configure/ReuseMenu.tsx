import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/messages.ts';
import { useActions, useDocument } from '../workbench-context.ts';
import './reuse-menu.css';

/** The header's doors to reusing a model: configure it, induce one from several, its catalogue card, and exercises. */
export function ReuseMenu() {
  const wb = useActions();
  const doc = useDocument();
  const m = useMessages().configure;
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !ref.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);
  const configurable = !!doc.configuration?.questions.length && !doc.configuration.answers;
  const go = (run: () => void) => () => {
    setOpen(false);
    run();
  };
  return (
    <div className="reuse-menu" ref={ref}>
      <button aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} title={m.reuseTitle}>
        {m.reuse}
      </button>
      {open ? (
        <div className="reuse-menu__list" role="menu">
          <button
            role="menuitem"
            disabled={!configurable}
            onClick={go(() => wb.openDialog('configure'))}
            title={
              configurable ? m.configureTitle : doc.configuration?.answers ? m.alreadyConfigured : m.noQuestionnaire
            }
          >
            {m.configure}
          </button>
          <button role="menuitem" onClick={go(() => wb.openDialog('induce'))}>
            {m.induce}
          </button>
          <button role="menuitem" onClick={go(() => wb.openDialog('catalogue-card'))}>
            {m.catalogueCard}
          </button>
          <button role="menuitem" onClick={go(() => wb.setSidePanel('learn'))}>
            {m.exercises}
          </button>
        </div>
      ) : null}
    </div>
  );
}
