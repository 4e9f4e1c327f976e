import type { ElementType } from '../metamodel/schema.ts';
import type { Element, RefDocument } from './schema.ts';
import { slug, uniqueId } from './ids.ts';

/** Every id in use by elements and relations, which share one id space. */
export function takenIds(doc: RefDocument): Set<string> {
  return new Set([...doc.elements.map((e) => e.id), ...doc.relations.map((r) => r.id)]);
}

/** A new element of a type, named "New <type>" unless a name is given, with a readable unique id. */
export function newElement(
  doc: RefDocument,
  type: ElementType,
  fields: Partial<Omit<Element, 'id' | 'type'>> = {},
): Element {
  const name = fields.name ?? `New ${type.label}`;
  return {
    id: uniqueId(slug(name === `New ${type.label}` ? type.id : name), takenIds(doc)),
    type: type.id,
    name,
    description: '',
    area: null,
    role: null,
    optional: false,
    properties: {},
    provenance: { note: '' },
    goals: [],
    ...fields,
  };
}
