import type { Metamodel } from '../../metamodel/metamodel.ts';
import type { UserRule } from '../../model/validation-settings.ts';
import { compilePattern } from '../patterns.ts';
import type { Draft, Principle, Rule, StepId } from '../types.ts';
import { describe, withArticle } from './describe.ts';

const KIND: Record<UserRule['kind'], { principle: Principle; step: StepId; hint: string }> = {
  'required-property': {
    principle: 'correctness',
    step: 'process-structure',
    hint: "The model's authors require this property for elements of this type.",
  },
  count: {
    principle: 'relevance',
    step: 'process-structure',
    hint: "The model's authors set how many elements of this type each lane should hold.",
  },
  naming: {
    principle: 'comparability',
    step: 'design-goals',
    hint: "The model's authors set this naming convention for elements of this type.",
  },
  'required-relation': {
    principle: 'systematic-design',
    step: 'process-structure',
    hint: "The model's authors require this relation for elements of this type.",
  },
};

/** What a selector names in a sentence: a type's label, or a category's label. */
export function selectorLabel(metamodel: Metamodel, selector: string): string {
  if (selector.startsWith('category:'))
    return metamodel.category(selector.slice('category:'.length))?.label ?? selector;
  return metamodel.elementType(selector)?.label ?? selector;
}

/** Turns a rule stored in the model into a rule the engine runs like a built-in one, under the id "user.<id>". */
export function compileUserRule(rule: UserRule): Rule {
  const kind = KIND[rule.kind];
  const info = {
    id: `user.${rule.id}`,
    title: rule.title,
    principle: kind.principle,
    step: kind.step,
    severity: rule.severity,
    hint: rule.hint || kind.hint,
  };
  const by = ` (rule "${rule.title}")`;
  switch (rule.kind) {
    case 'required-property':
      return {
        ...info,
        element: {
          reads: [],
          check(el, ctx) {
            if (!ctx.index.matches(rule.appliesTo, el.type)) return null;
            const value = el.properties[rule.property];
            if (value !== undefined && !(typeof value === 'string' && value.trim() === '')) return null;
            const label =
              ctx.metamodel.elementType(el.type)?.properties.find((p) => p.key === rule.property)?.label ??
              rule.property;
            return { message: `${describe(el, ctx)} has no value for "${label}"${by}.`, elements: [el.id] };
          },
        },
      };
    case 'count':
      return {
        ...info,
        model: {
          reads: ['elements', 'macro'],
          check({ doc, index, metamodel }) {
            const inLane = new Map<string, string[]>();
            for (const el of index.ofSelector(rule.appliesTo)) {
              const lane = el[rule.per];
              if (lane === null) continue;
              const ids = inLane.get(lane);
              if (ids) ids.push(el.id);
              else inLane.set(lane, [el.id]);
            }
            const what = selectorLabel(metamodel, rule.appliesTo);
            const drafts: Draft[] = [];
            for (const lane of rule.per === 'area' ? doc.macroStructure.areas : doc.macroStructure.roles) {
              const ids = inLane.get(lane.id) ?? [];
              if (rule.min !== undefined && ids.length < rule.min) {
                drafts.push({
                  message: `The ${rule.per} "${lane.name}" holds ${ids.length} × ${what}, fewer than ${rule.min}${by}.`,
                  elements: ids,
                  subjects: [lane.id],
                });
              } else if (rule.max !== undefined && ids.length > rule.max) {
                drafts.push({
                  message: `The ${rule.per} "${lane.name}" holds ${ids.length} × ${what}, more than ${rule.max}${by}.`,
                  elements: ids,
                  subjects: [lane.id],
                });
              }
            }
            return drafts;
          },
        },
      };
    case 'naming': {
      const pattern = compilePattern(rule.pattern);
      return {
        ...info,
        element: {
          reads: [],
          check(el, ctx) {
            if (!pattern.ok || !ctx.index.matches(rule.appliesTo, el.type) || pattern.regex.test(el.name)) return null;
            return {
              message: `The name of ${describe(el, ctx)} does not match /${rule.pattern}/${by}.`,
              elements: [el.id],
            };
          },
        },
        model: {
          reads: [],
          check: () =>
            pattern.ok
              ? []
              : [
                  {
                    message: `The rule "${rule.title}" cannot be checked: its pattern /${rule.pattern}/ is unusable because ${pattern.reason}.`,
                    subjects: [rule.id],
                  },
                ],
        },
      };
    }
    case 'required-relation':
      return {
        ...info,
        element: {
          reads: [],
          check(el, ctx) {
            const { index, metamodel } = ctx;
            if (!index.matches(rule.appliesTo, el.type)) return null;
            const outgoing = rule.direction === 'outgoing';
            const found = index.relationsAt(el.id).some((r) => {
              const other =
                r.type === rule.relation && (outgoing ? r.source : r.target) === el.id
                  ? index.element(outgoing ? r.target : r.source)
                  : undefined;
              return other !== undefined && index.matches(rule.other, other.type);
            });
            if (found) return null;
            const relation = metamodel.relationType(rule.relation)?.label ?? rule.relation;
            const other = selectorLabel(metamodel, rule.other);
            const sentence = `has no "${relation}" relation ${outgoing ? 'to' : 'from'} ${withArticle(other)}`;
            return { message: `${describe(el, ctx)} ${sentence}${by}.`, elements: [el.id] };
          },
        },
      };
  }
}
