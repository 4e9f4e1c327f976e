import { useEffect, useRef } from 'react';
import type { Connector } from '../../core/diagram/connectors.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';

/**
 * The relations a connector of the process map stands for, each as "source — relation → target"; choosing one
 * opens the full detail with that relation selected. Escape or the close button closes the list.
 */
export function ConnectorList({
  connector,
  cellName,
  at,
  onClose,
}: {
  connector: Connector;
  cellName: (key: string) => string;
  at: { x: number; y: number };
  onClose: () => void;
}) {
  const wb = useActions();
  const m = useMessages().canvas;
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const panel = useRef<HTMLDivElement>(null);
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const relations = connector.relations.flatMap((id) => doc.relations.filter((r) => r.id === id));

  useEffect(() => {
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const show = (relationId: string, source: string) => {
    wb.setLevel({ kind: 'detail' });
    wb.select({ elements: [], relations: [relationId] });
    wb.focusElement(source);
    wb.select({ elements: [source], relations: [relationId] });
    onClose();
  };

  return (
    <div
      ref={panel}
      className="connector-list"
      role="dialog"
      aria-label={m.relationsBetween(cellName(connector.from), cellName(connector.to))}
      tabIndex={-1}
      style={{ left: Math.max(8, at.x - 160), top: at.y + 12 }}
    >
      <div className="connector-list__head">
        <strong>{m.relationCount(relations.length)}</strong> {m.between}{' '}
        <bdi translate="no">{cellName(connector.from)}</bdi> {m.and} <bdi translate="no">{cellName(connector.to)}</bdi>
        <button className="connector-list__close" onClick={onClose} aria-label={m.closeList} title={m.closeTitle}>
          ×
        </button>
      </div>
      <ul>
        {relations.map((r) => (
          <li key={r.id}>
            <button onClick={() => show(r.id, r.source)} title={m.showInDetail}>
              <bdi translate="no">{byId.get(r.source)?.name ?? r.source}</bdi>{' '}
              <span className="connector-list__type">
                {r.label || metamodel.relationType(r.type)?.label || r.type} →
              </span>{' '}
              <bdi translate="no">{byId.get(r.target)?.name ?? r.target}</bdi>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
