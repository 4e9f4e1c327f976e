import { useMemo, useState } from 'react';
import { addToView } from '../../core/commands/elements.ts';
import type { View } from '../../core/model/schema.ts';
import { useActions, useDocument } from '../workbench-context.ts';
import { isComposing } from '../a11y/ime.ts';
import { useMessages } from '../i18n/messages.ts';

/** Adds elements that exist in the model but not in this view; they stay one element, shown in several views. */
export function AddToView({ view }: { view: View }) {
  const wb = useActions();
  const m = useMessages().views;
  const doc = useDocument();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const missing = useMemo(() => {
    const shown = new Set(view.elements === 'all' ? [] : view.elements);
    const q = query.trim().toLowerCase();
    return doc.elements.filter((e) => !shown.has(e.id) && (!q || e.name.toLowerCase().includes(q)));
  }, [doc, view, query]);
  return (
    <div className="add-to-view">
      <button onClick={() => setOpen(!open)} aria-expanded={open} title={m.addTitle}>
        {m.add}
      </button>
      {open ? (
        <div className="popover" role="dialog" aria-label={m.addDialog}>
          <input
            type="search"
            autoFocus
            placeholder={m.filter}
            aria-label={m.filterLabel}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => !isComposing(e) && e.key === 'Escape' && setOpen(false)}
          />
          <ul>
            {missing.slice(0, 50).map((e) => (
              <li key={e.id}>
                <button
                  onClick={() => {
                    wb.perform(addToView(view.id, [e.id], {}));
                    wb.focusElement(e.id);
                  }}
                >
                  <span translate="no">{e.name}</span>
                </button>
              </li>
            ))}
            {missing.length === 0 ? <li className="muted">{m.allShown}</li> : null}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
