import { Children, isValidElement, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import type { SidePanel as PanelId } from '../../store/workbench.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';

export interface PanelTabProps {
  id: PanelId;
  label: string;
  badge?: ReactNode;
  children: ReactNode;
}

/** One tab of the side panel; its content renders only while the tab is open. */
export function PanelTab(props: PanelTabProps): ReactElement {
  return <>{props.children}</>;
}

// Below this width the canvas needs the room more than the panel does (a 1024 px projector, a small laptop).
const NARROW = '(max-width: 1279px)';
const narrowScreen = () => window.matchMedia(NARROW).matches;
function onWidthChange(listener: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** The right-hand panel: a tab strip over the inspector, the step guidance, findings and evaluation. */
export function SidePanel({ children }: { children: ReactNode }) {
  const wb = useActions();
  const open = useWb((s) => s.sidePanel);
  const chosen = useWb((s) => s.sidePanelFolded);
  const narrow = useSyncExternalStore(onWidthChange, narrowScreen);
  const m = useMessages().shell;
  const tabs = Children.toArray(children).filter(isValidElement) as ReactElement<PanelTabProps>[];
  const active = tabs.find((t) => t.props.id === open) ?? tabs[0];
  if (chosen ?? narrow)
    return (
      <aside className="side-panel side-panel--folded" id="side-panel" aria-label={m.sidePanel}>
        <button
          onClick={() => wb.foldSidePanel(false)}
          title={m.showSideTitle(active?.props.label ?? '')}
          aria-label={m.showSideNamed(active?.props.label ?? '')}
        >
          <span>‹ {active?.props.label}</span>
        </button>
      </aside>
    );
  return (
    <aside className="side-panel" id="side-panel" aria-label={m.sidePanel}>
      <div className="side-panel__bar">
        <div className="side-panel__tabs" role="tablist">
          {tabs.map((t) => (
            <button
              key={t.props.id}
              role="tab"
              id={`tab-${t.props.id}`}
              aria-selected={t === active}
              aria-controls={`panel-${t.props.id}`}
              className="side-panel__tab"
              onClick={() => wb.setSidePanel(t.props.id)}
            >
              {t.props.label}
              {t.props.badge}
            </button>
          ))}
        </div>
        <button
          className="side-panel__fold"
          onClick={() => wb.foldSidePanel(true)}
          title={m.hideSideTitle}
          aria-label={m.hideSide}
        >
          ›
        </button>
      </div>
      {active ? (
        <div
          className="side-panel__body"
          role="tabpanel"
          // A panel that scrolls must be reachable by keyboard even when it holds no control (the model summary).
          tabIndex={0}
          id={`panel-${active.props.id}`}
          aria-labelledby={`tab-${active.props.id}`}
        >
          {active}
        </div>
      ) : null}
    </aside>
  );
}
