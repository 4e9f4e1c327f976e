import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useActions, useCurrentView, useDocument } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';
import { useShownDocument } from '../i18n/model-text.ts';

/** Every view in a menu, for when the tabs do not all fit beside each other (a projector at 1024 px). */
export function ViewMenu() {
  const wb = useActions();
  const m = useMessages().views;
  // View names as the canvas and its breadcrumb show them: in the interface's language where the model has them.
  const doc = useShownDocument(useDocument()).doc;
  const current = useCurrentView();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('[aria-checked="true"], button')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.stopPropagation();
      if (e.key === 'Escape') e.preventDefault();
      close();
    } else if (to !== undefined) {
      e.preventDefault();
      e.stopPropagation();
      items[(to + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="view-menu">
      <button
        ref={button}
        className="view-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={m.allViewsTitle}
        onClick={() => setOpen(!open)}
      >
        {m.allViews}
      </button>
      {open ? (
        <ul className="view-menu__list" role="menu" aria-label={m.views} ref={menu} onKeyDown={onKeyDown}>
          {doc.views.map((v) => (
            <li key={v.id} role="none">
              <button
                role="menuitemradio"
                aria-checked={v.id === current?.id}
                onClick={() => {
                  wb.setView(v.id);
                  close();
                }}
              >
                <span translate="no">{v.name}</span>
                <span className="view-tabs__count">
                  {v.elements === 'all' ? doc.elements.length : v.elements.length}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
