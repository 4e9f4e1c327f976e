import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Element, RefDocument, Relation, View } from '../model/schema.ts';
import { elementsInView, relationsInView } from '../model/queries.ts';

/** What a process carries when its satellites are folded: measures as a chip, roles and systems as badges. */
export interface Carried {
  measures: Element[];
  roles: Element[];
  systems: Element[];
}

/** A view as drawn with its satellites folded into their processes (ARIS moves them to an allocation diagram). */
export interface Folding {
  /** The elements drawn as nodes, in model order. */
  nodes: Element[];
  /** The relations drawn: both ends are nodes. */
  relations: Relation[];
  /** Per process id: what is folded into it. */
  carried: ReadonlyMap<string, Carried>;
  /** Per folded element id: the processes that carry it. */
  hosts: ReadonlyMap<string, readonly string[]>;
}

const EMPTY: Carried = { measures: [], roles: [], systems: [] };

/**
 * Folds a view: a quality measure whose relations all measure processes folds into those processes; a role or an
 * information system whose relations all reach processes becomes a badge on them. With `fold` false, or for a
 * process listed in `unfolded`, nothing folds into it. Everything else is drawn as it is.
 */
export function foldView(doc: RefDocument, view: View, metamodel: Metamodel, fold = true): Folding {
  const elements = elementsInView(doc, view);
  const relations = relationsInView(doc, view);
  if (!fold) return { nodes: elements, relations, carried: new Map(), hosts: new Map() };
  const category = new Map(elements.map((e) => [e.id, metamodel.elementType(e.type)?.category ?? '']));
  const isProcess = (id: string) => category.get(id) === 'process';
  const touching = new Map<string, Relation[]>();
  for (const r of relations) {
    for (const end of [r.source, r.target]) touching.set(end, [...(touching.get(end) ?? []), r]);
  }
  const other = (r: Relation, id: string) => (r.source === id ? r.target : r.source);
  const hosts = new Map<string, string[]>();
  for (const el of elements) {
    const kind = category.get(el.id);
    const rels = touching.get(el.id) ?? [];
    if (!rels.length) continue;
    const foldable =
      kind === 'quality-measure'
        ? rels.every((r) => r.type === 'measures' && r.source === el.id && isProcess(r.target))
        : (kind === 'organisational-role' || kind === 'information-system') &&
          rels.every((r) => isProcess(other(r, el.id)));
    if (foldable) hosts.set(el.id, [...new Set(rels.map((r) => other(r, el.id)))]);
  }
  const carried = new Map<string, Carried>();
  for (const el of elements) {
    for (const host of hosts.get(el.id) ?? []) {
      const entry = carried.get(host) ?? { measures: [], roles: [], systems: [] };
      const kind = category.get(el.id);
      (kind === 'quality-measure' ? entry.measures : kind === 'organisational-role' ? entry.roles : entry.systems).push(
        el,
      );
      carried.set(host, entry);
    }
  }
  return {
    nodes: elements.filter((e) => !hosts.has(e.id)),
    relations: relations.filter((r) => !hosts.has(r.source) && !hosts.has(r.target)),
    carried,
    hosts,
  };
}

/** What a process carries in a folding (nothing when it carries nothing). */
export function carriedBy(folding: Folding, id: string): Carried {
  return folding.carried.get(id) ?? EMPTY;
}
