import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { SidePanel as PanelId } from '../../store/workbench.ts';
import { useActions, useWb } from '../workbench-context.ts';

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

/** The right-hand panel: a tab strip over the inspector, the step guidance, findings and evaluation. */
export function SidePanel({ children }: { children: ReactNode }) {
  const wb = useActions();
  const open = useWb((s) => s.sidePanel);
  const tabs = Children.toArray(children).filter(isValidElement) as ReactElement<PanelTabProps>[];
  const active = tabs.find((t) => t.props.id === open) ?? tabs[0];
  return (
    <aside className="side-panel" id="side-panel" aria-label="Side panel">
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
