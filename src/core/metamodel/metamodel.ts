import type { Category, ElementType, MetamodelData, PropertyDef, RelationType } from './schema.ts';
import type { PropertyValue } from '../model/schema.ts';

/** A loaded metamodel with lookups: what types exist, and which relations may connect them. */
export interface Metamodel {
  readonly data: MetamodelData;
  elementType(id: string): ElementType | undefined;
  category(id: string): Category | undefined;
  categoryOf(typeId: string): Category | undefined;
  relationType(id: string): RelationType | undefined;
  /** Relation types allowed from an element of type `from` to one of type `to`. */
  allowedRelations(from: string, to: string): RelationType[];
  /** A sentence saying why a relation type may not connect the two types, or null if it may. */
  whyNot(relationType: string, from: string, to: string): string | null;
  /** A sentence saying why no relation type at all may connect the two types, with what the source may do; null if one may. */
  whyUnconnected(from: string, to: string): string | null;
  /** A sentence for each property value that does not fit the type's property schema. */
  propertyProblems(typeId: string, properties: Record<string, PropertyValue>): { key: string; message: string }[];
}

/** Builds a metamodel's lookups from data already in its schema's parsed form (defaults filled in). */
export function metamodelFrom(data: MetamodelData): Metamodel {
  const types = new Map(data.elementTypes.map((t) => [t.id, t]));
  const categories = new Map(data.categories.map((c) => [c.id, c]));
  const relations = new Map(data.relationTypes.map((r) => [r.id, r]));

  const matches = (selectors: string[], typeId: string): boolean => {
    const type = types.get(typeId);
    return selectors.some((s) => s === typeId || (type !== undefined && s === `category:${type.category}`));
  };
  const permits = (rel: RelationType, from: string, to: string) =>
    rel.allowed.some((pair) => matches(pair.from, from) && matches(pair.to, to));
  const label = (typeId: string) => types.get(typeId)?.label ?? typeId;
  const a = (typeId: string) => `${/^[aeiou]/i.test(label(typeId)) ? 'an' : 'a'} ${label(typeId)}`;
  const A = (typeId: string) => a(typeId).replace(/^a/, 'A');
  const allowedRelations = (from: string, to: string) => data.relationTypes.filter((r) => permits(r, from, to));

  return {
    data,
    elementType: (id) => types.get(id),
    category: (id) => categories.get(id),
    categoryOf: (typeId) => categories.get(types.get(typeId)?.category ?? ''),
    relationType: (id) => relations.get(id),
    allowedRelations,
    whyNot(relationType, from, to) {
      const rel = relations.get(relationType);
      if (!rel) return `"${relationType}" is not a relation type of the ${data.name} metamodel.`;
      if (permits(rel, from, to)) return null;
      const others = allowedRelations(from, to).map((r) => `"${r.label}"`);
      const alternatives = others.length
        ? ` Allowed between them: ${others.join(', ')}.`
        : ' No relation type connects them.';
      return `A ${label(from)} cannot "${rel.label}" a ${label(to)}: ${rel.description || 'the metamodel does not allow it.'}${alternatives}`;
    },
    whyUnconnected(from, to) {
      if (allowedRelations(from, to).length) return null;
      const outgoing = data.relationTypes.filter((r) => r.allowed.some((pair) => matches(pair.from, from)));
      const may = outgoing.length
        ? ` ${A(from)} may: ${outgoing.map((r) => `"${r.label}" (${r.description.replace(/\.$/, '')})`).join('; ')}.`
        : '';
      return `No relation of the ${data.name} metamodel goes from ${a(from)} to ${a(to)}.${may}`;
    },
    propertyProblems(typeId, properties) {
      const type = types.get(typeId);
      if (!type) return [];
      const defs = new Map(type.properties.map((p) => [p.key, p]));
      const problems: { key: string; message: string }[] = [];
      for (const def of type.properties) {
        const value = properties[def.key];
        if (value === undefined || value === '') {
          if (def.required) problems.push({ key: def.key, message: `${type.label} needs a value for "${def.label}".` });
          continue;
        }
        const problem = valueProblem(def, value);
        if (problem) problems.push({ key: def.key, message: `"${def.label}" ${problem}` });
      }
      for (const key of Object.keys(properties)) {
        if (!defs.has(key)) problems.push({ key, message: `${type.label} has no property "${key}".` });
      }
      return problems;
    },
  };
}

function valueProblem(def: PropertyDef, value: PropertyValue): string | null {
  switch (def.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number.';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be yes or no.';
    case 'enum':
      return typeof value === 'string' && (def.options ?? []).includes(value)
        ? null
        : `must be one of: ${(def.options ?? []).join(', ')}.`;
    case 'enum-list':
      return Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => (def.options ?? []).includes(v))
        ? null
        : `must list one or more of: ${(def.options ?? []).join(', ')}, each once.`;
    case 'url':
      return typeof value === 'string' && /^https?:\/\/\S+$/.test(value) ? null : 'must be a web address (https://…).';
    default:
      return typeof value === 'string' ? null : 'must be text.';
  }
}
