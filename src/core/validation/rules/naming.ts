import { modelLanguage, primaryLanguage } from '../../i18n/localize.ts';
import { sayFinding } from '../../i18n/say.ts';
import { nameLanguage } from '../../i18n/script.ts';
import type { Element, NamingRule } from '../../model/schema.ts';
import { compilePattern, type CompiledPattern } from '../patterns.ts';
import type { Rule } from '../types.ts';
import { ref } from './describe.ts';

export const duplicateNameRule: Rule = {
  id: 'naming.duplicate',
  title: 'Elements of one type have distinct names',
  principle: 'clarity',
  step: 'process-structure',
  severity: 'warning',
  hint: 'Clarity: two elements of one type with the same name read as one thing; merge them or name the difference.',
  model: {
    reads: ['elements'],
    check: ({ index, metamodel }) =>
      [...index.duplicateNames].map((key) => {
        // Sorted by id: the index's order depends on the edit history, the finding must not.
        const same = [...index.namesakes(key)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const first = same[0]!;
        return {
          ...sayFinding(metamodel, 'naming.duplicate', { count: same.length, type: first.type, name: first.name }),
          elements: same.map((e) => e.id),
        };
      }),
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
    check: ({ doc, metamodel }) =>
      doc.designGoals.namingRules.length ? [] : [sayFinding(metamodel, 'design.naming-rules')],
  },
};

interface Variant {
  pattern: CompiledPattern;
  source: string;
  description: string;
  example: string;
}

interface CompiledRule {
  rule: NamingRule;
  pattern: CompiledPattern;
  /** The rule for names in other languages than the model's own, by primary language. */
  languages: Map<string, Variant>;
}

const compiledMemo = new WeakMap<readonly NamingRule[], CompiledRule[]>();

function compiled(rules: readonly NamingRule[]): CompiledRule[] {
  let list = compiledMemo.get(rules);
  if (!list)
    compiledMemo.set(
      rules,
      (list = rules.map((rule) => ({
        rule,
        pattern: compilePattern(rule.pattern),
        languages: new Map(
          Object.entries(rule.languages ?? {}).map(([language, v]) => [
            primaryLanguage(language),
            { ...v, source: v.pattern, pattern: compilePattern(v.pattern) },
          ]),
        ),
      }))),
    );
  return list;
}

/** An element's names with the language each is written in: its own name, then its translations'. */
function namesOf(el: Element, own: string): { name: string; language: string; own: boolean }[] {
  const names = [{ name: el.name, language: nameLanguage(el.name, own), own: true }];
  for (const [language, t] of Object.entries(el.translations ?? {}))
    if (t.name) names.push({ name: t.name, language: nameLanguage(t.name, language), own: false });
  return names;
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
      // Each name is judged by the rule for its own language (no capitals in Korean, German by German forms):
      // the rule's pattern for that language, else its main pattern for names in the model's own language.
      const own = modelLanguage(ctx.doc);
      const breaks: { name: string; language: string; rules: { rule: string; example: string }[] }[] = [];
      for (const { name, language, own: isOwn } of namesOf(el, own)) {
        const broken: { rule: string; example: string }[] = [];
        for (const { rule, pattern, languages } of compiled(ctx.doc.designGoals.namingRules)) {
          if (!ctx.index.matches(rule.appliesTo, el.type)) continue;
          const variant =
            languages.get(language) ??
            (language === own
              ? { pattern, source: rule.pattern, description: rule.description, example: rule.example }
              : undefined);
          if (!variant?.pattern.ok || variant.pattern.regex.test(name)) continue;
          broken.push({ rule: variant.description || variant.source, example: variant.example });
        }
        if (broken.length === 0) continue;
        breaks.push({ name, language: isOwn && language === own ? '' : language, rules: broken });
      }
      if (breaks.length === 0) return null;
      return { ...sayFinding(ctx.metamodel, 'naming.rule', { element: ref(el), breaks }), elements: [el.id] };
    },
  },
  model: {
    reads: ['design'],
    check: ({ doc, metamodel }) =>
      compiled(doc.designGoals.namingRules).flatMap(({ rule, pattern, languages }) =>
        [
          { pattern, source: rule.pattern, language: '' },
          ...[...languages].map(([language, v]) => ({ ...v, language })),
        ].flatMap(({ pattern: p, source, language }) =>
          p.ok
            ? []
            : [
                {
                  ...sayFinding(metamodel, 'naming.unusable-pattern', {
                    rule: rule.description || rule.id,
                    language,
                    pattern: source,
                    reason: p.reason,
                  }),
                  subjects: [rule.id],
                },
              ],
        ),
      ),
  },
};
