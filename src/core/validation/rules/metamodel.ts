import { sayFinding, sayFix } from '../../i18n/say.ts';
import { deleteRelations } from '../../commands/elements.ts';
import { retypeRelation } from '../../commands/fixes.ts';
import type { Metamodel } from '../../metamodel/metamodel.ts';
import type { ElementType } from '../../metamodel/schema.ts';
import type { PropertyValue } from '../../model/schema.ts';
import type { Fix, Rule } from '../types.ts';
import { ref } from './describe.ts';

export const propertiesRule: Rule = {
  id: 'metamodel.properties',
  title: 'Element types and property values fit the metamodel',
  principle: 'correctness',
  step: 'process-structure',
  severity: 'error',
  hint: 'Syntactic correctness: every element has a type of the metamodel and property values of the kind that type defines, so readers and tools can rely on them.',
  element: {
    reads: [],
    check(el, ctx) {
      const type = ctx.metamodel.elementType(el.type);
      if (!type)
        return {
          ...sayFinding(ctx.metamodel, 'metamodel.unknown-type', { name: el.name, type: el.type }),
          elements: [el.id],
        };
      // Most property sets fit; the metamodel's full check (and its messages) is for the ones that may not.
      if (surelyFits(type, el.properties)) return null;
      const problems = ctx.metamodel.propertyProblems(el.type, el.properties);
      if (problems.length === 0) return null;
      return {
        ...sayFinding(ctx.metamodel, 'metamodel.property-values', {
          element: ref(el),
          problems: problems.map((p) => p.problem),
        }),
        elements: [el.id],
      };
    },
  },
};

export const relationRule: Rule = {
  id: 'metamodel.relation',
  title: 'Relations connect the element types their type allows',
  principle: 'correctness',
  step: 'process-structure',
  severity: 'error',
  hint: 'Syntactic correctness: a relation means what its type says only between the element types the metamodel allows (e.g. a quality measure measures a process).',
  relation: {
    reads: [],
    check(rel, ctx) {
      const { metamodel, index } = ctx;
      const ends = index.ends(rel);
      if (!metamodel.relationType(rel.type)) {
        return {
          ...sayFinding(metamodel, 'metamodel.unknown-relation-type', { relation: rel.id, type: rel.type }),
          relations: [rel.id],
          fix: removal(rel.id, metamodel),
        };
      }
      // The ends' types come from the index: most relations fit without reading their elements. Missing ends and
      // unknown element types are reported by reference.dangling and metamodel.properties.
      const { sourceType, targetType } = ends;
      if (!sourceType || !targetType || !metamodel.elementType(sourceType) || !metamodel.elementType(targetType))
        return null;
      const allowed = index.allowedBetween(sourceType, targetType);
      for (const type of allowed) if (type.id === rel.type) return null;
      const { source, target } = ends;
      if (!source || !target) return null;
      const only = allowed.length === 1 ? allowed[0]! : null;
      return {
        ...sayFinding(metamodel, 'metamodel.relation-not-allowed', {
          source: ref(source),
          target: ref(target),
          relation: rel.type,
          allowed: allowed.map((t) => t.id),
        }),
        elements: [source.id, target.id],
        relations: [rel.id],
        fix: only
          ? {
              ...sayFix(metamodel, 'fix.retype-relation', { relation: only.id }),
              edit: retypeRelation(rel.id, only.id),
            }
          : removal(rel.id, metamodel),
      };
    },
  },
};

function removal(id: string, metamodel: Metamodel): Fix {
  return { ...sayFix(metamodel, 'fix.remove-relation'), edit: deleteRelations([id]) };
}

/** A quick test that lets most property sets through without the full check; unsure cases answer false. */
function surelyFits(type: ElementType, properties: Record<string, PropertyValue>): boolean {
  let matched = 0;
  for (const def of type.properties) {
    const value = properties[def.key];
    if (value === undefined) {
      if (def.required) return false;
      continue;
    }
    matched++;
    const fits =
      def.kind === 'enum'
        ? typeof value === 'string' && def.options !== undefined && def.options.includes(value)
        : def.kind === 'string' || def.kind === 'text'
          ? typeof value === 'string' && (value !== '' || !def.required)
          : def.kind === 'boolean'
            ? typeof value === 'boolean'
            : def.kind === 'number'
              ? typeof value === 'number' && Number.isFinite(value)
              : false;
    if (!fits) return false;
  }
  for (const _ in properties) matched--;
  return matched === 0;
}
