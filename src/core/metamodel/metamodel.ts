import type { Category, ElementType, MetamodelData, PropertyDef, RelationType } from './schema.ts';
import type { PropertyValue } from '../model/schema.ts';
import { propertyProblem, type PropertyProblem } from '../i18n/en/properties.ts';

/** A property value that does not fit its type: in English, and as a problem any language words (propertyProblemMessage). */
export interface PropertyCheck {
  key: string;
  message: string;
  problem: PropertyProblem;
}

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
  propertyProblems(typeId: string, properties: Record<string, PropertyValue>): PropertyCheck[];
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
      const problems: PropertyCheck[] = [];
      const say = (problem: PropertyProblem, label: string) =>
        problems.push({
          key: problem.property,
          message: propertyProblem(problem, { type: type.label, property: label }),
          problem,
        });
      for (const def of type.properties) {
        const value = properties[def.key];
        const at = { type: typeId, property: def.key };
        if (value === undefined || value === '') {
          if (def.required) say({ kind: 'required', ...at }, def.label);
          continue;
        }
        const kind = valueProblem(def, value);
        if (kind === 'option' || kind === 'options') say({ kind, ...at, options: def.options ?? [] }, def.label);
        else if (kind) say({ kind, ...at }, def.label);
      }
      for (const key of Object.keys(properties)) {
        if (!defs.has(key)) say({ kind: 'unknown', type: typeId, property: key }, key);
      }
      return problems;
    },
  };
}

/** What a value lacks to fit its property's kind, or null when it fits. */
function valueProblem(def: PropertyDef, value: PropertyValue): PropertyProblem['kind'] | null {
  switch (def.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'boolean';
    case 'enum':
      return typeof value === 'string' && (def.options ?? []).includes(value) ? null : 'option';
    case 'enum-list':
      return Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => (def.options ?? []).includes(v))
        ? null
        : 'options';
    case 'url':
      return typeof value === 'string' && /^https?:\/\/\S+$/.test(value) ? null : 'url';
    default:
      return typeof value === 'string' ? null : 'text';
  }
}
