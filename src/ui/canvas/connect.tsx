import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Connection, Edge, FinalConnectionState } from '@xyflow/react';
import { connect } from '../../core/commands/elements.ts';
import type { RelationType } from '../../core/metamodel/schema.ts';
import { takenIds } from '../../core/model/factory.ts';
import { uniqueId } from '../../core/model/ids.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { useActions } from '../workbench-context.ts';
import { messages, useMessages } from '../i18n/messages.ts';
import { screenLabel } from '../i18n/labels.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

export interface ConnectMenuState {
  x: number;
  y: number;
  source: string;
  target: string;
  options: RelationType[];
  onPick: (relationType: string) => void;
}

const nameOf = (doc: RefDocument, id: string) => doc.elements.find((e) => e.id === id)?.name ?? id;

/**
 * Connecting two nodes: only relation types the metamodel allows are offered; one allowed type
 * connects at once, several open a menu, none is refused with the metamodel's reason.
 */
export function useConnect() {
  const wb = useActions();
  const [menu, setMenu] = useState<ConnectMenuState | null>(null);

  const typesOf = useCallback(
    (source: string, target: string) => {
      const { history, metamodel } = wb.store.getState();
      const a = history.document.elements.find((e) => e.id === source);
      const b = history.document.elements.find((e) => e.id === target);
      return a && b ? { a, b, allowed: metamodel.allowedRelations(a.type, b.type) } : null;
    },
    [wb],
  );

  const create = useCallback(
    (source: string, target: string, relationType: RelationType) => {
      const { history, metamodel } = wb.store.getState();
      const doc = history.document;
      const id = uniqueId(`r-${source}-${target}`.slice(0, 90), takenIds(doc));
      const checked = connect(
        doc,
        metamodel,
        { id, type: relationType.id, source, target, label: '' },
        screenLabel('canvas', 'connectLabel', nameOf(doc, source), nameOf(doc, target)),
      );
      if (!checked.ok)
        return void wb.notify('warning', messages().canvas.notConnected(refusalMessage(checked, metamodel)));
      wb.perform(checked.edit);
      wb.select({ relations: [id] });
    },
    [wb],
  );

  const isValid = useCallback(
    (c: Connection | Edge) => c.source !== c.target && (typesOf(c.source, c.target)?.allowed.length ?? 0) > 0,
    [typesOf],
  );

  const finish = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const source = state.fromNode?.id;
      const target = state.toNode?.id ?? nodeUnderPointer(event);
      if (!source || !target || source === target) return;
      const found = typesOf(source, target);
      if (!found) return;
      const { a, b, allowed } = found;
      const refusal = wb.store.getState().metamodel.whyUnconnected(a.type, b.type);
      if (refusal) {
        // Core's sentence, framed as the outcome of this drag.
        wb.notify('warning', messages().canvas.notConnected(`${refusal.charAt(0).toLowerCase()}${refusal.slice(1)}`));
        return;
      }
      if (allowed.length === 1) {
        create(source, target, allowed[0]!);
        return;
      }
      const point = 'changedTouches' in event ? event.changedTouches[0]! : event;
      setMenu({
        x: point.clientX,
        y: point.clientY,
        source,
        target,
        options: allowed,
        onPick: (id) =>
          create(
            source,
            target,
            allowed.find((r) => r.id === id)!,
          ),
      });
    },
    [typesOf, create, wb],
  );

  return useMemo(() => ({ isValid, finish, menu, closeMenu: () => setMenu(null) }), [isValid, finish, menu]);
}

function nodeUnderPointer(event: MouseEvent | TouchEvent): string | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return undefined;
  const el = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
  return el?.getAttribute('data-id') ?? undefined;
}

/** The small menu of allowed relation types, as in Archi's Magic Connector. */
export function ConnectMenu({ x, y, options, onPick, onClose }: ConnectMenuState & { onClose: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  const m = useMessages().canvas;
  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="connect-menu" role="menu" aria-label={m.chooseRelation} style={{ left: x, top: y }}>
      <div className="connect-menu__title">{m.connectAs}</div>
      {options.map((r, i) => (
        <button
          key={r.id}
          ref={i === 0 ? first : undefined}
          role="menuitem"
          title={r.description}
          onClick={() => {
            onPick(r.id);
            onClose();
          }}
        >
          {r.label}
        </button>
      ))}
      <button className="connect-menu__cancel" role="menuitem" onClick={onClose}>
        {m.cancel}
      </button>
    </div>
  );
}
