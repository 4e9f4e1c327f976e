import { useMemo, useState } from 'react';
import { elementsInView } from '../../core/model/queries.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { isComposing } from '../a11y/ime.ts';
import { useMessages } from '../i18n/messages.ts';

/** Ctrl+F: find elements of the open view by name or type; Enter focuses the first match. */
export function SearchBox({ onClose }: { onClose: () => void }) {
  const wb = useActions();
  const m = useMessages().search;
  const doc = useDocument();
  const view = useCurrentView();
  const metamodel = useWb((s) => s.metamodel);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q || !view) return [];
    return elementsInView(doc, view)
      .filter(
        (e) =>
          e.name.toLowerCase().includes(q) ||
          (metamodel.elementType(e.type)?.label ?? e.type).toLowerCase().includes(q),
      )
      .slice(0, 12);
  }, [query, doc, view, metamodel]);
  const pick = (id: string) => {
    wb.focusElement(id);
    onClose();
  };
  return (
    <div className="search-box" role="search">
      <input
        autoFocus
        type="search"
        placeholder={m.placeholder}
        aria-label={m.label}
        aria-controls="search-results"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (isComposing(e)) return;
          if (e.key === 'Escape') onClose();
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
          if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          if (e.key === 'Enter' && matches[active]) pick(matches[active].id);
        }}
      />
      <ul id="search-results" role="listbox" aria-label={m.matches}>
        {matches.map((e, i) => (
          <li
            key={e.id}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : ''}
            onMouseDown={() => pick(e.id)}
          >
            <span translate="no">{e.name}</span> <span className="muted">{metamodel.elementType(e.type)?.label}</span>
          </li>
        ))}
        {query && matches.length === 0 ? <li className="muted">{m.noMatch(query)}</li> : null}
      </ul>
    </div>
  );
}
