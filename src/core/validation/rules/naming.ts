import type { NamingRule } from '../../model/schema.ts';
import { compilePattern, type CompiledPattern } from '../patterns.ts';
import type { Draft, Rule } from '../types.ts';
import { describe, listing } from './describe.ts';

export const duplicateNameRule: Rule = {
  id: 'naming.duplicate',
  title: 'Elements of one type have distinct names',
  principle: 'clarity',
  step: 'process-structure',
  severity: 'warning',
  hint: 'Clarity: two elements of one type with the same name read as one thing; merge them or name the difference.',
  model: {
    reads: ['elements'],
    check({ index, metamodel }) {
      const drafts: Draft[] = [];
      for (const key of index.duplicateNames) {
        // Sorted by id: the index's order depends on the edit history, the finding must not.
        const same = [...index.namesakes(key)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const first = same[0]!;
        drafts.push({
          message: `${same.length} elements of the type ${metamodel.elementType(first.type)?.label ?? first.type} are named "${first.name}".`,
          elements: same.map((e) => e.id),
        });
      }
      return drafts;
    },
  },
};

export const namingRulesDefinedRule: Rule = {
  id: 'design.naming-rules',
  title: 'The design goals define naming rules',
  principle: 'comparability',
  step: 'design-goals',
  severity: 'warning',
  hint: 'Comparability needs consistent conventions: a naming rule (e.g. verb + noun for processes, a noun for business objects) makes names predictable.',
  model: {
    reads: ['design'],
    check: ({ doc }) =>
      doc.designGoals.namingRules.length
        ? []
        : [
            {
              message:
                'The design goals define no naming rule (e.g. processes are named verb + noun, business objects with a noun).',
            },
          ],
  },
};

interface CompiledRule {
  rule: NamingRule;
  pattern: CompiledPattern;
}

const compiledMemo = new WeakMap<readonly NamingRule[], CompiledRule[]>();

function compiled(rules: readonly NamingRule[]): CompiledRule[] {
  let list = compiledMemo.get(rules);
  if (!list) compiledMemo.set(rules, (list = rules.map((rule) => ({ rule, pattern: compilePattern(rule.pattern) }))));
  return list;
}

export const namingRuleRule: Rule = {
  id: 'naming.rule',
  title: 'Names follow the naming rules of the design goals',
  principle: 'comparability',
  step: 'design-goals',
  severity: 'warning',
  hint: 'Comparability and clarity: names built by one convention let readers compare models and recognise what kind of thing an element is.',
  element: {
    reads: ['design'],
    check(el, ctx) {
      const broken: string[] = [];
      for (const { rule, pattern } of compiled(ctx.doc.designGoals.namingRules)) {
        if (!pattern.ok || !ctx.index.matches(rule.appliesTo, el.type) || pattern.regex.test(el.name)) continue;
        const example = rule.example ? ` (e.g. "${rule.example}")` : '';
        broken.push(`"${rule.description || rule.pattern}"${example}`);
      }
      if (broken.length === 0) return null;
      return { message: `${describe(el, ctx)} breaks the naming rule ${listing(broken)}.`, elements: [el.id] };
    },
  },
  model: {
    reads: ['design'],
    check: ({ doc }) =>
      compiled(doc.designGoals.namingRules).flatMap(({ rule, pattern }) =>
        pattern.ok
          ? []
          : [
              {
                message: `The naming rule "${rule.description || rule.id}" cannot be checked: its pattern /${rule.pattern}/ is unusable because ${pattern.reason}.`,
                subjects: [rule.id],
              },
            ],
      ),
  },
};
