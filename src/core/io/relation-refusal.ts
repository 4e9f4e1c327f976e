import type { Metamodel } from '../metamodel/metamodel.ts';
import { sayImport, type Said } from '../i18n/say.ts';

/** Why a relation of this type may not go from one element type to another (the metamodel's whyNot, as a message id), or null. */
export function relationNotAllowed(metamodel: Metamodel, relation: string, from: string, to: string): Said | null {
  if (!metamodel.whyNot(relation, from, to)) return null;
  if (!metamodel.relationType(relation)) return sayImport('relation.unknown', { relation }, metamodel);
  const allowed = metamodel.allowedRelations(from, to).map((r) => r.id);
  return sayImport('relation.not-allowed', { relation, from, to, allowed }, metamodel);
}

/** Why no relation at all may go from one element type to another (the metamodel's whyUnconnected, as a message id), or null. */
export function relationUnconnected(metamodel: Metamodel, from: string, to: string): Said | null {
  if (!metamodel.whyUnconnected(from, to)) return null;
  const category = metamodel.elementType(from)?.category;
  const outgoing = metamodel.data.relationTypes
    .filter((r) => r.allowed.some((pair) => pair.from.some((s) => s === from || s === `category:${category}`)))
    .map((r) => r.id);
  return sayImport('relation.unconnected', { from, to, outgoing }, metamodel);
}
