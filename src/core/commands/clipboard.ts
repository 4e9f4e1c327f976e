import * as z from 'zod';
import { Element, Point, Relation, type RefDocument } from '../model/schema.ts';
import { takenIds } from '../model/factory.ts';
import { uniqueId } from '../model/ids.ts';
import { addFragment } from './elements.ts';
import type { Edit } from './history.ts';

/** What Refmod puts on the clipboard: elements, the relations among them and their positions, as JSON text. */
export const Fragment = z.strictObject({
  refmod: z.literal('fragment'),
  elements: z.array(Element),
  relations: z.array(Relation),
  positions: z.record(z.string(), Point),
});
export type Fragment = z.infer<typeof Fragment>;

/** Copies the given elements with the relations between them. */
export function copyFragment(doc: RefDocument, ids: readonly string[], positions: Record<string, Point>): Fragment {
  const chosen = new Set(ids);
  return {
    refmod: 'fragment',
    elements: doc.elements.filter((e) => chosen.has(e.id)),
    relations: doc.relations.filter((r) => chosen.has(r.source) && chosen.has(r.target)),
    positions: Object.fromEntries(ids.flatMap((id) => (positions[id] ? [[id, positions[id]]] : []))),
  };
}

/** Reads clipboard text as a fragment; anything else (plain text, another app's JSON) is null. */
export function readFragment(text: string): Fragment | null {
  try {
    const parsed = Fragment.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Pastes a fragment, possibly from another model: fresh ids, positions offset so copies do not hide
 * the originals, and references this model cannot resolve (areas, roles, goals, sources) dropped.
 */
export function pasteFragment(doc: RefDocument, fragment: Fragment, viewId: string, offset = 32): { edit: Edit; ids: string[] } {
  const taken = takenIds(doc);
  const areas = new Set(doc.macroStructure.areas.map((a) => a.id));
  const roles = new Set(doc.macroStructure.roles.map((r) => r.id));
  const goals = new Set(doc.structuralGoals.map((g) => g.id));
  const sources = new Set(doc.meta.sources.map((s) => s.id));
  const idMap = new Map<string, string>();
  const elements = fragment.elements.map((el) => {
    const id = uniqueId(el.id.replace(/-\d+$/, ''), taken);
    idMap.set(el.id, id);
    const source = el.provenance.source && sources.has(el.provenance.source) ? el.provenance.source : undefined;
    return {
      ...el,
      id,
      area: el.area && areas.has(el.area) ? el.area : null,
      role: el.role && roles.has(el.role) ? el.role : null,
      goals: el.goals.filter((g) => goals.has(g)),
      provenance: { ...el.provenance, source },
    };
  });
  const relations = fragment.relations.map((r) => ({ ...r, id: uniqueId(r.id.replace(/-\d+$/, ''), taken), source: idMap.get(r.source)!, target: idMap.get(r.target)! }));
  const positions = Object.fromEntries(Object.entries(fragment.positions).map(([id, p]) => [idMap.get(id) ?? id, { x: p.x + offset, y: p.y + offset }]));
  const label = elements.length === 1 ? `Paste ${elements[0]!.name}` : `Paste ${elements.length} elements`;
  return { edit: addFragment(elements, relations, { viewId, positions }, label), ids: elements.map((e) => e.id) };
}
