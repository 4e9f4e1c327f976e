import type { RuleProblem } from '../../i18n/en/findings.ts';
import { sayFinding } from '../../i18n/say.ts';
import { profileById } from '../profiles.ts';
import type { Draft, Rule } from '../types.ts';

export const settingsRule: Rule = {
  id: 'validation.settings',
  title: "The model's validation settings name existing profiles, rules and types",
  principle: 'correctness',
  step: 'design-goals',
  severity: 'warning',
  hint: 'A setting that names something unknown does nothing: a misspelt rule id in an override or suppression silently keeps or hides findings.',
  model: {
    reads: [],
    check({ doc, index, metamodel, ruleIds }) {
      const settings = doc.validation;
      const drafts: Draft[] = [];
      if (!profileById(settings.profile, doc))
        drafts.push(sayFinding(metamodel, 'validation.unknown-profile', { profile: settings.profile }));
      for (const rule of Object.keys(settings.overrides)) {
        if (!ruleIds.has(rule)) drafts.push(sayFinding(metamodel, 'validation.unknown-override', { rule }));
      }
      for (const s of settings.suppressions) {
        if (!ruleIds.has(s.rule))
          drafts.push({
            ...sayFinding(metamodel, 'validation.unknown-suppression', { target: s.target, rule: s.rule }),
            subjects: [s.target],
          });
      }
      const seen = new Set<string>();
      for (const rule of settings.rules) {
        const problems: RuleProblem[] = [];
        if (seen.has(rule.id)) problems.push({ kind: 'duplicate-id', id: rule.id });
        seen.add(rule.id);
        const types = index.typesOf(rule.appliesTo);
        if (types.size === 0) problems.push({ kind: 'no-type', selector: rule.appliesTo });
        if (rule.kind === 'required-relation') {
          if (!metamodel.relationType(rule.relation))
            problems.push({ kind: 'no-relation-type', relation: rule.relation });
          if (index.typesOf(rule.other).size === 0) problems.push({ kind: 'no-type', selector: rule.other });
        }
        if (
          rule.kind === 'required-property' &&
          types.size &&
          ![...types].some((t) => metamodel.elementType(t)?.properties.some((p) => p.key === rule.property))
        ) {
          problems.push({ kind: 'no-property', selector: rule.appliesTo, property: rule.property });
        }
        if (problems.length)
          drafts.push({
            ...sayFinding(metamodel, 'validation.rule-problems', { rule: rule.title, problems }),
            subjects: [rule.id],
          });
      }
      return drafts;
    },
  },
};
