import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { elementsInView, relationsInView } from '../../core/model/queries.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';
import { useShownDocument } from '../i18n/model-text.ts';
import { OUTLINE_ALL, OUTLINE_PAGE } from './page.ts';
import './outline.css';

/**
 * The view as a tree for keyboard and screen-reader users: areas → elements → relations.
 * Arrow keys move, Enter selects and focuses the element on the canvas; it follows the canvas selection.
 */
export function Outline() {
  const wb = useActions();
  const m = useMessages().outline;
  // Names as the canvas shows them: in the interface's language where the model has them; edits go by id.
  const doc = useShownDocument(useDocument()).doc;
  const view = useCurrentView();
  const metamodel = useWb((s) => s.metamodel);
  const selected = useWb((s) => s.selection.elements);
  const selectedRelations = useWb((s) => s.selection.relations);
  const tree = useRef<HTMLUListElement>(null);
  // Where the keyboard was when an edit removed its item: focus goes to the item now in that place.
  const refocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = refocus.current;
    const items = treeItems(tree.current);
    if (at === null || items.includes(document.activeElement as HTMLElement)) return;
    refocus.current = null;
    items[Math.min(at, items.length - 1)]?.focus();
  });

  const groups = useMemo(() => {
    if (!view) return [];
    const elements = elementsInView(doc, view);
    const relations = relationsInView(doc, view);
    const byId = new Map(doc.elements.map((e) => [e.id, e]));
    // Grouped once: the outline re-renders on every edit, so no scan of all relations per element.
    const outgoing = new Map<string, typeof relations>();
    for (const r of relations) {
      const list = outgoing.get(r.source);
      if (list) list.push(r);
      else outgoing.set(r.source, [r]);
    }
    const lanes = [...doc.macroStructure.areas.map((a) => ({ id: a.id, name: a.name })), { id: null, name: m.noArea }];
    return lanes
      .map((lane) => ({
        lane,
        elements: elements
          .filter((e) => e.area === lane.id)
          .map((e) => ({
            element: e,
            relations: (outgoing.get(e.id) ?? []).map((r) => {
              const type = metamodel.relationType(r.type)?.label ?? r.type;
              const target = byId.get(r.target)?.name ?? r.target;
              return { id: r.id, type, target, name: `${e.name} ${type} ${target}` };
            }),
          })),
      }))
      .filter((g) => g.elements.length > 0);
  }, [doc, view, metamodel, m]);

  // A large view lists each lane a page at a time (and always as far as the selection), so it opens at once.
  const [pages, setPages] = useState<{ view: string | undefined; shown: Record<string, number> }>({
    view: undefined,
    shown: {},
  });
  const paged = groups.reduce((n, g) => n + g.elements.length, 0) > OUTLINE_ALL;
  const limitOf = (laneKey: string, elements: readonly { element: { id: string } }[]) => {
    if (!paged) return elements.length;
    let last = -1;
    for (let i = elements.length - 1; i >= 0 && last < 0; i--) if (selected.includes(elements[i]!.element.id)) last = i;
    const page = (pages.view === view?.id ? pages.shown[laneKey] : undefined) ?? OUTLINE_PAGE;
    return Math.min(elements.length, Math.max(page, last + 1));
  };
  const showMore = (laneKey: string, limit: number) =>
    setPages((p) => ({
      view: view?.id,
      shown: { ...(p.view === view?.id ? p.shown : {}), [laneKey]: limit + OUTLINE_PAGE },
    }));

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = treeItems(tree.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      // The workbench's Delete acts on the selection; from the outline that is the item with the keyboard focus.
      const item = items[index]!;
      const relation = item.dataset.relationId;
      const element = item.dataset.id;
      if (relation) wb.select({ relations: [relation] });
      else if (element) wb.select({ elements: [element] });
      refocus.current = index;
      return;
    }
    const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (move) {
      e.preventDefault();
      // Arrows move in the tree here; they must not also nudge the selected elements on the canvas.
      e.stopPropagation();
      items[Math.min(items.length - 1, Math.max(0, index + move))]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      e.stopPropagation();
      items[e.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  };

  return (
    <section className="outline" aria-label={m.title}>
      <h2 className="panel-title">{m.title}</h2>
      <ul className="outline__tree" role="tree" aria-label={m.tree(view?.name ?? '')} ref={tree} onKeyDown={onKeyDown}>
        {groups.map(({ lane, elements }) => {
          const laneKey = lane.id ?? '-';
          const limit = limitOf(laneKey, elements);
          return (
            <li key={laneKey} role="treeitem" aria-expanded="true" tabIndex={-1} className="outline__lane">
              <span className="outline__lane-name" translate="no">
                {lane.name}
              </span>
              <ul role="group">
                {elements.slice(0, limit).map(({ element, relations }) => {
                  const isSelected = selected.includes(element.id);
                  const type = metamodel.elementType(element.type)?.label ?? element.type;
                  const role = doc.macroStructure.roles.find((r) => r.id === element.role)?.name ?? m.noRole;
                  return (
                    <li
                      key={element.id}
                      data-id={element.id}
                      role="treeitem"
                      aria-selected={isSelected}
                      aria-label={m.element(element.name, type, role, relations.length)}
                      tabIndex={
                        isSelected ||
                        (selected.length === 0 &&
                          selectedRelations.length === 0 &&
                          element === elements[0]?.element &&
                          lane === groups[0]?.lane)
                          ? 0
                          : -1
                      }
                      className={`outline__element${isSelected ? ' is-selected' : ''}`}
                      onClick={() => wb.focusElement(element.id)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          wb.focusElement(element.id);
                        }
                      }}
                    >
                      <span className="outline__name" translate="no">
                        {element.name}
                      </span>{' '}
                      <span className="outline__type">{type}</span>
                      {relations.length ? (
                        <ul role="group" className="outline__relations">
                          {relations.map((r) => {
                            const on = selectedRelations.includes(r.id);
                            return (
                              <li
                                key={r.id}
                                role="treeitem"
                                data-relation-id={r.id}
                                aria-selected={on}
                                aria-label={m.relation(r.name)}
                                tabIndex={on ? 0 : -1}
                                className={`outline__relation${on ? ' is-selected' : ''}`}
                                onClick={(e) => {
                                  e.stopPropagation();
                                  wb.select({ relations: [r.id] });
                                }}
                                onKeyDown={(e) => {
                                  if (e.key !== 'Enter' && e.key !== ' ') return;
                                  e.preventDefault();
                                  e.stopPropagation();
                                  wb.select({ relations: [r.id] });
                                }}
                              >
                                → {r.type} <span translate="no">{r.target}</span>
                              </li>
                            );
                          })}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
                {limit < elements.length ? (
                  <li
                    role="treeitem"
                    tabIndex={-1}
                    className="outline__more"
                    onClick={() => showMore(laneKey, limit)}
                    onKeyDown={(e) => {
                      if (e.key !== 'Enter' && e.key !== ' ') return;
                      e.preventDefault();
                      showMore(laneKey, limit);
                    }}
                  >
                    {m.more(Math.min(OUTLINE_PAGE, elements.length - limit), limit, elements.length)}
                  </li>
                ) : null}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function treeItems(tree: HTMLElement | null): HTMLElement[] {
  return [...(tree?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])];
}
