import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useActions, useCurrentView, useDocument } from '../workbench-context.ts';
import { AddToView } from './AddToView.tsx';
import { ViewMenu } from './ViewMenu.tsx';
import './views.css';
import { useMessages } from '../i18n/messages.ts';
import { useShownDocument } from '../i18n/model-text.ts';

/**
 * One tab per view of the model: the full model and the client, customer and internal perspectives. The strip
 * scrolls when the tabs do not fit, and then a menu lists every view; arrow keys move between tabs, Enter opens one.
 */
export function ViewTabs() {
  const wb = useActions();
  const m = useMessages().views;
  // View names as the canvas and its breadcrumb show them: in the interface's language where the model has them.
  const doc = useShownDocument(useDocument()).doc;
  const current = useCurrentView();
  const strip = useRef<HTMLDivElement>(null);
  const overflowing = useOverflow(strip);
  const [focused, setFocused] = useState<string | null>(null);
  const stop = focused && doc.views.some((v) => v.id === focused) ? focused : current?.id;

  // Again once the strip overflows: the "All views" menu then takes room from it, and could hide the tab's end.
  useEffect(() => {
    strip.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current?.id, overflowing]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...(strip.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    // The workbench's arrow keys nudge the selection; on the tabs they move between views only.
    e.stopPropagation();
    tabs[(to + tabs.length) % tabs.length]!.focus();
  };

  return (
    <div className="view-tabs">
      <div className="view-tabs__strip" ref={strip}>
        <div role="tablist" aria-label={m.views} onKeyDown={onKeyDown}>
          {doc.views.map((v) => (
            <button
              key={v.id}
              role="tab"
              aria-selected={v.id === current?.id}
              tabIndex={v.id === stop ? 0 : -1}
              className="view-tabs__tab"
              title={v.description || m.tabTitle(v.name, v.perspective)}
              onFocus={() => setFocused(v.id)}
              onClick={() => wb.setView(v.id)}
            >
              <span translate="no">{v.name}</span>
              <span className="view-tabs__count">{v.elements === 'all' ? doc.elements.length : v.elements.length}</span>
            </button>
          ))}
        </div>
      </div>
      {overflowing ? <ViewMenu /> : null}
      {current && current.elements !== 'all' ? <AddToView view={current} /> : null}
    </div>
  );
}

/** Whether the tabs are wider than their strip. */
function useOverflow(strip: RefObject<HTMLDivElement | null>): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const el = strip.current;
    if (!el) return;
    const check = () => setOverflowing(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    check();
    return () => observer.disconnect();
  }, [strip]);
  return overflowing;
}
