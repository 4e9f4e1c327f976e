import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { connect } from '../../core/commands/elements.ts';
import { takenIds } from '../../core/model/factory.ts';
import { uniqueId } from '../../core/model/ids.ts';
import { elementsInView } from '../../core/model/queries.ts';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { DialogForm, SubmitButtons } from '../shell/dialog-parts.tsx';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import './a11y.css';
import { isComposing } from './ime.ts';
import { useMessages } from '../i18n/messages.ts';
import { screenLabel } from '../i18n/labels.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

/**
 * "Connect to…" from the keyboard (C with one element selected): find the other end by name in a searchable list,
 * pick one of the relation types the metamodel allows, and connect, as a drag between two nodes would.
 */
export default function ConnectToDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const view = useCurrentView();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().a11y;
  const source = doc.elements.find((e) => e.id === arg);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [target, setTarget] = useState<string | null>(null);
  const [relationType, setRelationType] = useState('');
  const form = useRef<HTMLDivElement>(null);
  // The dialog focuses itself as it opens; a frame later the keyboard goes on to the search field (a chosen
  // target's relation type focuses itself as it appears).
  useEffect(() => {
    if (target) return;
    const frame = requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('input')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [target]);

  const candidates = useMemo(() => {
    if (!source || !view) return [];
    const q = query.trim().toLowerCase();
    return elementsInView(doc, view)
      .filter((e) => e.id !== source.id && metamodel.allowedRelations(source.type, e.type).length > 0)
      .map((e) => ({ element: e, type: metamodel.elementType(e.type)?.label ?? e.type }))
      .filter(({ element, type }) => !q || element.name.toLowerCase().includes(q) || type.toLowerCase().includes(q))
      .slice(0, 60);
  }, [doc, view, source, metamodel, query]);

  if (!source) {
    return (
      <Dialog title={m.connectTo} onClose={onClose}>
        <p>{m.selectFirst}</p>
      </Dialog>
    );
  }
  const chosen = doc.elements.find((e) => e.id === target);
  const allowed = chosen ? metamodel.allowedRelations(source.type, chosen.type) : [];
  const pickedType = allowed.find((r) => r.id === relationType) ?? allowed[0];
  const option = (i: number) => `connect-option-${i}`;

  const choose = (id: string) => {
    setTarget(id);
    setRelationType('');
  };
  const onListKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(e)) return;
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: candidates.length - 1 }[e.key];
    if (to !== undefined && candidates.length) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(candidates.length - 1, to)));
    } else if (e.key === 'Enter' && candidates[active]) {
      e.preventDefault();
      choose(candidates[active].element.id);
    }
  };
  const run = () => {
    if (!chosen || !pickedType) return;
    const id = uniqueId(`r-${source.id}-${chosen.id}`.slice(0, 90), takenIds(doc));
    const checked = connect(
      doc,
      metamodel,
      { id, type: pickedType.id, source: source.id, target: chosen.id, label: '' },
      screenLabel('a11y', 'connectLabel', source.name, chosen.name),
    );
    if (!checked.ok) return void wb.notify('warning', m.notConnected(refusalMessage(checked, metamodel)));
    wb.perform(checked.edit);
    wb.select({ relations: [id] });
    wb.notify('success', m.connected(source.name, pickedType.label, chosen.name));
    onClose();
  };

  return (
    <Dialog title={m.connectNamed(source.name)} onClose={onClose}>
      <div ref={form}>
        {chosen ? (
          <DialogForm className="connect-to" onSubmit={run}>
            <p>
              <strong translate="no">{source.name}</strong> → <strong translate="no">{chosen.name}</strong>{' '}
              <button type="button" className="link-button" onClick={() => setTarget(null)}>
                {m.chooseAnother}
              </button>
            </p>
            <fieldset className="connect-to__types">
              <legend>{m.relationType}</legend>
              {allowed.map((r) => (
                <label key={r.id} title={r.description}>
                  <input
                    type="radio"
                    name="relation-type"
                    value={r.id}
                    checked={pickedType?.id === r.id}
                    // Focused as it appears, not a frame later: a Tab typed right after Enter reaches Connect.
                    autoFocus={pickedType?.id === r.id}
                    onChange={() => setRelationType(r.id)}
                  />{' '}
                  {r.label}
                </label>
              ))}
            </fieldset>
            <SubmitButtons className="connect-to__actions" submit={m.connect} cancel={m.cancel} onCancel={onClose} />
          </DialogForm>
        ) : (
          <div className="connect-to">
            <label htmlFor="connect-to-search">{m.find}</label>
            <input
              id="connect-to-search"
              type="search"
              role="combobox"
              aria-expanded="true"
              aria-controls="connect-to-list"
              aria-activedescendant={candidates.length ? option(active) : undefined}
              aria-autocomplete="list"
              placeholder={m.findPlaceholder}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
              onKeyDown={onListKey}
            />
            <ul id="connect-to-list" role="listbox" aria-label={m.candidates}>
              {candidates.map(({ element, type }, i) => (
                <li
                  key={element.id}
                  id={option(i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'is-active' : undefined}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(element.id)}
                >
                  {element.name} <span className="muted">{type}</span>
                </li>
              ))}
            </ul>
            {candidates.length === 0 ? (
              <p className="muted" role="status">
                {m.none(source.name, query)}
              </p>
            ) : null}
          </div>
        )}
      </div>
    </Dialog>
  );
}
