import { userRuleHints } from '../../i18n/en/rules.ts';
import { sayFinding } from '../../i18n/say.ts';
import type { UserRule } from '../../model/validation-settings.ts';
import { compilePattern } from '../patterns.ts';
import type { Draft, Principle, Rule, StepId } from '../types.ts';
import { ref } from './describe.ts';

// A rule without a hint of its own gets its kind's (src/core/i18n/en/rules.ts, read in the reader's language).
const KIND: Record<UserRule['kind'], { principle: Principle; step: StepId; hint: string }> = {
  'required-property': {
    principle: 'correctness',
    step: 'process-structure',
    hint: userRuleHints['required-property'],
  },
  count: { principle: 'relevance', step: 'process-structure', hint: userRuleHints.count },
  naming: { principle: 'comparability', step: 'design-goals', hint: userRuleHints.naming },
  'required-relation': {
    principle: 'systematic-design',
    step: 'process-structure',
    hint: userRuleHints['required-relation'],
  },
};

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
            return {
              ...sayFinding(ctx.metamodel, 'user.no-value', {
                element: ref(el),
                property: rule.property,
                rule: rule.title,
              }),
              elements: [el.id],
            };
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
            const drafts: Draft[] = [];
            for (const lane of rule.per === 'area' ? doc.macroStructure.areas : doc.macroStructure.roles) {
              const ids = inLane.get(lane.id) ?? [];
              const count = {
                per: rule.per,
                lane: lane.name,
                count: ids.length,
                what: rule.appliesTo,
                rule: rule.title,
              };
              if (rule.min !== undefined && ids.length < rule.min) {
                drafts.push({
                  ...sayFinding(metamodel, 'user.too-few', { ...count, min: rule.min }),
                  elements: ids,
                  subjects: [lane.id],
                });
              } else if (rule.max !== undefined && ids.length > rule.max) {
                drafts.push({
                  ...sayFinding(metamodel, 'user.too-many', { ...count, max: rule.max }),
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
              ...sayFinding(ctx.metamodel, 'user.name-mismatch', {
                element: ref(el),
                pattern: rule.pattern,
                rule: rule.title,
              }),
              elements: [el.id],
            };
          },
        },
        model: {
          reads: [],
          check: ({ metamodel }) =>
            pattern.ok
              ? []
              : [
                  {
                    ...sayFinding(metamodel, 'user.unusable-pattern', {
                      rule: rule.title,
                      pattern: rule.pattern,
                      reason: pattern.reason,
                    }),
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
            return {
              ...sayFinding(metamodel, 'user.no-relation', {
                element: ref(el),
                relation: rule.relation,
                outgoing,
                other: rule.other,
                rule: rule.title,
              }),
              elements: [el.id],
            };
          },
        },
      };
  }
}
