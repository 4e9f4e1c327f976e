import * as z from 'zod';
import type { Metamodel } from '../metamodel/metamodel.ts';
import { crmBpoMetamodel } from '../metamodel/crm-bpo.ts';
import { sayRefusal, type Said } from '../i18n/say.ts';
import type { Text } from '../i18n/text.ts';
import { relationNotAllowed } from '../io/relation-refusal.ts';
import { COORDINATE_LIMIT, Element, Point, Relation, type RefDocument } from '../model/schema.ts';
import { takenIds } from '../model/factory.ts';
import { uniqueId } from '../model/ids.ts';
import { checkEdit } from './command.ts';
import { addFragment } from './elements.ts';
import { edit, type Edit } from './history.ts';

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

/** A paste: the checked edit (a no-op when refused), the new element ids, and a sentence for everything left out (refusalMessage reads it). */
export interface Paste {
  edit: Edit;
  ids: string[];
  leftOut: Said[];
}

/**
 * Pastes a fragment, possibly from another model: fresh ids, positions offset so copies do not hide
 * the originals, and references this model cannot resolve (areas, roles, goals, sources) dropped.
 * Elements of types this metamodel lacks, relations that point outside the fragment and relations the
 * metamodel forbids are left out, each with core's reason; the rest passes the same check as any edit.
 */
export function pasteFragment(
  doc: RefDocument,
  fragment: Fragment,
  viewId: string,
  metamodel: Metamodel = crmBpoMetamodel,
  offset = 32,
): Paste {
  const taken = takenIds(doc);
  const fresh = (id: string) => {
    const unique = uniqueId(id.replace(/-\d+$/, ''), taken);
    taken.add(unique);
    return unique;
  };
  const areas = new Set(doc.macroStructure.areas.map((a) => a.id));
  const roles = new Set(doc.macroStructure.roles.map((r) => r.id));
  const goals = new Set(doc.structuralGoals.map((g) => g.id));
  const sources = new Set(doc.meta.sources.map((s) => s.id));
  const leftOut: Said[] = [];
  const idMap = new Map<string, Element>();
  for (const el of fragment.elements) {
    if (!metamodel.elementType(el.type)) {
      leftOut.push(sayRefusal('paste.unknown-type', { name: el.name, type: el.type }, metamodel));
      continue;
    }
    if (idMap.has(el.id)) {
      leftOut.push(sayRefusal('paste.duplicate-id', { name: el.name, id: el.id }));
      continue;
    }
    const source = el.provenance.source && sources.has(el.provenance.source) ? el.provenance.source : undefined;
    idMap.set(el.id, {
      ...el,
      id: fresh(el.id),
      area: el.area && areas.has(el.area) ? el.area : null,
      role: el.role && roles.has(el.role) ? el.role : null,
      goals: el.goals.filter((g) => goals.has(g)),
      provenance: { ...el.provenance, source },
    });
  }
  const relations: Relation[] = [];
  for (const r of fragment.relations) {
    const [source, target] = [idMap.get(r.source), idMap.get(r.target)];
    const reason =
      !source || !target
        ? sayRefusal('paste.outside', undefined)
        : relationNotAllowed(metamodel, r.type, source.type, target.type);
    if (reason) leftOut.push(sayRefusal('paste.relation-left-out', { ...ends(r), ...because(reason) }));
    else relations.push({ ...r, id: fresh(r.id), source: source!.id, target: target!.id });
  }
  const elements = [...idMap.values()];
  const positions = Object.fromEntries(
    Object.entries(fragment.positions).flatMap(([id, p]) => {
      const el = idMap.get(id);
      return el ? [[el.id, { x: clampCoordinate(p.x + offset), y: clampCoordinate(p.y + offset) }]] : [];
    }),
  );
  const checked = checkEdit(doc, metamodel, addFragment(elements, relations, { viewId, positions }));
  if (checked.ok) return { edit: checked.edit, ids: elements.map((e) => e.id), leftOut };
  return {
    edit: edit({ id: 'paste.refused' }, () => {}),
    ids: [],
    leftOut: [...leftOut, sayRefusal('paste.nothing', because(checked))],
  };
}

const ends = (r: Relation) => ({ source: r.source, target: r.target });
// A reason's English words, and its id for the other languages when it has one.
const because = (reason: { message: string; text?: Text | undefined }) =>
  reason.text ? { reason: reason.message, because: reason.text } : { reason: reason.message };

const clampCoordinate = (v: number) => Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, v));
