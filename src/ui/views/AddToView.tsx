import { useMemo, useState } from 'react';
import { addToView } from '../../core/commands/elements.ts';
import type { View } from '../../core/model/schema.ts';
import { useActions, useDocument } from '../workbench-context.ts';
import { isComposing } from '../a11y/ime.ts';

/** Adds elements that exist in the model but not in this view; they stay one element, shown in several views. */
export function AddToView({ view }: { view: View }) {
  const wb = useActions();
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
      <button onClick={() => setOpen(!open)} aria-expanded={open} title="Show an element of the model in this view too">
        + Add existing element
      </button>
      {open ? (
        <div className="popover" role="dialog" aria-label="Add existing element to this view">
          <input
            type="search"
            autoFocus
            placeholder="Filter by name…"
            aria-label="Filter elements"
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
                  {e.name}
                </button>
              </li>
            ))}
            {missing.length === 0 ? <li className="muted">Every element is already in this view.</li> : null}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
