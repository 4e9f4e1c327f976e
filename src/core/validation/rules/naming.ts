import { modelLanguage, primaryLanguage } from '../../i18n/localize.ts';
import { sayFinding } from '../../i18n/say.ts';
import { nameLanguage } from '../../i18n/script.ts';
import type { NamingRule, RefDocument } from '../../model/schema.ts';
import type { ModelIndex } from '../model-index.ts';
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
  /** The rule for names in the model's own language. */
  main: Variant;
  /** The rule for names in other languages than the model's own, by primary language. */
  languages: Map<string, Variant>;
}

const compiledMemo = new WeakMap<readonly NamingRule[], CompiledRule[]>();

function compiled(rules: readonly NamingRule[]): CompiledRule[] {
  let list = compiledMemo.get(rules);
  if (!list)
    compiledMemo.set(
      rules,
      (list = rules.map((rule) => {
        const pattern = compilePattern(rule.pattern);
        return {
          rule,
          pattern,
          main: { pattern, source: rule.pattern, description: rule.description, example: rule.example },
          languages: new Map(
            Object.entries(rule.languages ?? {}).map(([language, v]) => [
              primaryLanguage(language),
              { ...v, source: v.pattern, pattern: compilePattern(v.pattern) },
            ]),
          ),
        };
      })),
    );
  return list;
}

type Broken = { rule: string; example: string }[];

/** The rules that apply to an element type and that a name breaks, each judged by its variant for the name's language. */
function broken(
  name: string,
  language: string,
  own: string,
  type: string,
  rules: readonly CompiledRule[],
  index: ModelIndex,
): Broken | undefined {
  let found: Broken | undefined;
  for (const { rule, main, languages } of rules) {
    if (!index.matches(rule.appliesTo, type)) continue;
    const variant = languages.get(language) ?? (language === own ? main : undefined);
    if (!variant?.pattern.ok || variant.pattern.regex.test(name)) continue;
    (found ??= []).push({ rule: variant.description || variant.source, example: variant.example });
  }
  return found;
}

let ownTag: string | undefined;
let ownPrimary = '';

/** The model's own language, worked out once per language tag rather than once per element. */
function ownLanguage(doc: RefDocument): string {
  if (doc.meta.language !== ownTag) {
    ownTag = doc.meta.language;
    ownPrimary = modelLanguage(doc);
  }
  return ownPrimary;
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
      const rules = compiled(ctx.doc.designGoals.namingRules);
      if (rules.length === 0) return null;
      const own = ownLanguage(ctx.doc);
      // Its own name first, then its translations' names; lists are made only for broken rules.
      let breaks: { name: string; language: string; rules: Broken }[] | undefined;
      const language = nameLanguage(el.name, own);
      const ownBroken = broken(el.name, language, own, el.type, rules, ctx.index);
      if (ownBroken)
        (breaks ??= []).push({ name: el.name, language: language === own ? '' : language, rules: ownBroken });
      for (const [filed, t] of el.translations ? Object.entries(el.translations) : []) {
        if (!t.name) continue;
        const language = nameLanguage(t.name, filed);
        const found = broken(t.name, language, own, el.type, rules, ctx.index);
        if (found) (breaks ??= []).push({ name: t.name, language, rules: found });
      }
      if (!breaks) return null;
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
