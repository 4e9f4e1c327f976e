import { fnv1a64 } from '../model/hash.ts';
import type { RefDocument } from '../model/schema.ts';
import { ownLanguageOnly } from '../i18n/localize.ts';

/**
 * The parts of a model an evaluation judges: what it says, not its name, method log, layout or pack, nor the
 * languages it is also written in (a translation says the same).
 */
export function contentParts(model: RefDocument) {
  const doc = ownLanguageOnly(model);
  return {
    structuralGoals: doc.structuralGoals,
    macroStructure: doc.macroStructure,
    designGoals: doc.designGoals,
    elements: byId(doc.elements),
    relations: byId(doc.relations),
    views: byId(doc.views).map((v) => ({ id: v.id, elements: v.elements === 'all' ? 'all' : [...v.elements].sort() })),
  };
}

/**
 * The content hash an evaluation session records: 64-bit FNV-1a over elements, relations, structural goals,
 * macro structure, design goals and which elements each view shows. Renaming the model, stepping through the
 * method, copying the model or moving nodes leaves it unchanged. 16 hex digits.
 */
export function contentHash(doc: RefDocument): string {
  return fnv1a64(stableJson(contentParts(doc)));
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** JSON with object keys sorted, so equal content gives equal text whatever order keys were written in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
