import { useEffect, useRef, useState } from 'react';
import { useActions, useDocument } from '../workbench-context.ts';
import './reuse-menu.css';

/** The header's doors to reusing a model: configure it, induce one from several, its catalogue card, and exercises. */
export function ReuseMenu() {
  const wb = useActions();
  const doc = useDocument();
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
      <button
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title="Configure, induce, catalogue card and exercises"
      >
        Reuse ▾
      </button>
      {open ? (
        <div className="reuse-menu__list" role="menu">
          <button
            role="menuitem"
            disabled={!configurable}
            onClick={go(() => wb.openDialog('configure'))}
            title={
              configurable
                ? 'Answer the questionnaire to derive a company model'
                : doc.configuration?.answers
                  ? 'This model is already configured'
                  : 'This model has no questionnaire'
            }
          >
            Configure by questionnaire…
          </button>
          <button role="menuitem" onClick={go(() => wb.openDialog('induce'))}>
            Induce from company models…
          </button>
          <button role="menuitem" onClick={go(() => wb.openDialog('catalogue-card'))}>
            Catalogue card…
          </button>
          <button role="menuitem" onClick={go(() => wb.setSidePanel('learn'))}>
            Exercises
          </button>
        </div>
      ) : null}
    </div>
  );
}
