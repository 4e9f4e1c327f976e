import type { UserRuleInput } from '../../core/commands/validation-settings.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { Severity } from '../../core/model/primitives.ts';
import type { UserRule } from '../../core/model/validation-settings.ts';
import { messages } from '../i18n/messages.ts';

export type RuleKind = UserRule['kind'];

/** A user rule as the form holds it: every field as typed, whatever the kind. */
export interface RuleDraft {
  kind: RuleKind;
  title: string;
  severity: Severity;
  hint: string;
  appliesTo: string;
  property: string;
  per: 'area' | 'role';
  min: string;
  max: string;
  pattern: string;
  relation: string;
  direction: 'outgoing' | 'incoming';
  other: string;
}

/** The kinds of rule a user can add; their names and examples are in the catalogue (findings.kind). */
export const KINDS: RuleKind[] = ['required-property', 'count', 'naming', 'required-relation'];

export function emptyDraft(metamodel: Metamodel, kind: RuleKind = 'required-property'): RuleDraft {
  const first = metamodel.data.elementTypes[0]?.id ?? '';
  // A property rule starts on a type that has properties, so the form never opens on an empty choice.
  const withProperties = metamodel.data.elementTypes.find((t) => t.properties.length)?.id ?? first;
  return {
    kind,
    title: '',
    severity: 'warning',
    hint: '',
    appliesTo: kind === 'required-property' ? withProperties : first,
    property: '',
    per: 'area',
    min: '',
    max: '',
    pattern: '',
    relation: metamodel.data.relationTypes[0]?.id ?? '',
    direction: 'outgoing',
    other: first,
  };
}

export function draftOf(rule: UserRule, metamodel: Metamodel): RuleDraft {
  const draft: RuleDraft = {
    ...emptyDraft(metamodel, rule.kind),
    title: rule.title,
    severity: rule.severity,
    hint: rule.hint,
    appliesTo: rule.appliesTo,
  };
  switch (rule.kind) {
    case 'required-property':
      return { ...draft, property: rule.property };
    case 'count':
      return {
        ...draft,
        per: rule.per,
        min: rule.min === undefined ? '' : String(rule.min),
        max: rule.max === undefined ? '' : String(rule.max),
      };
    case 'naming':
      return { ...draft, pattern: rule.pattern };
    case 'required-relation':
      return { ...draft, relation: rule.relation, direction: rule.direction, other: rule.other };
  }
}

/** A count as typed: empty is no bound; anything but a whole number from 0 is refused. */
function bound(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** The form's fields as the command takes them, or what cannot be read, field by field. */
export function inputOf(
  d: RuleDraft,
): { ok: true; input: UserRuleInput } | { ok: false; errors: Record<string, string> } {
  const m = messages().findings;
  const errors: Record<string, string> = {};
  if (!d.title.trim()) errors.title = m.titleMissing;
  const base = { title: d.title, severity: d.severity, hint: d.hint.trim(), appliesTo: d.appliesTo };
  let input: UserRuleInput;
  switch (d.kind) {
    case 'required-property':
      if (!d.property) errors.property = m.propertyMissing;
      input = { ...base, kind: d.kind, property: d.property };
      break;
    case 'count': {
      const min = bound(d.min);
      const max = bound(d.max);
      if (min === null) errors.min = m.wholeNumber;
      if (max === null) errors.max = m.wholeNumber;
      input = { ...base, kind: d.kind, per: d.per, ...(min == null ? {} : { min }), ...(max == null ? {} : { max }) };
      break;
    }
    case 'naming':
      if (!d.pattern.trim()) errors.pattern = m.patternMissing;
      input = { ...base, kind: d.kind, pattern: d.pattern };
      break;
    case 'required-relation':
      input = { ...base, kind: d.kind, relation: d.relation, direction: d.direction, other: d.other };
      break;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input };
}

/** The element types a selector names: one type, or every type of a category. */
export function typesOf(metamodel: Metamodel, selector: string): string[] {
  if (!selector.startsWith('category:')) return metamodel.elementType(selector) ? [selector] : [];
  const category = selector.slice('category:'.length);
  return metamodel.data.elementTypes.filter((t) => t.category === category).map((t) => t.id);
}

/** What a selector is called in a sentence: "Quality measure", "any Process". */
export function selectorName(metamodel: Metamodel, selector: string): string {
  if (selector.startsWith('category:'))
    return messages().findings.anyOf(metamodel.category(selector.slice('category:'.length))?.label ?? selector);
  return metamodel.elementType(selector)?.label ?? selector;
}

/** A rule in one line, for the list of the model's rules. */
export function describeRule(rule: UserRule, metamodel: Metamodel): string {
  const m = messages().findings;
  const what = selectorName(metamodel, rule.appliesTo);
  switch (rule.kind) {
    case 'required-property': {
      const label =
        typesOf(metamodel, rule.appliesTo)
          .flatMap((t) => metamodel.elementType(t)?.properties ?? [])
          .find((p) => p.key === rule.property)?.label ?? rule.property;
      return m.describeRequired(what, label);
    }
    case 'count': {
      const range =
        rule.min !== undefined && rule.max !== undefined
          ? m.range(rule.min, rule.max)
          : rule.min !== undefined
            ? m.atLeastN(rule.min)
            : m.atMostN(rule.max ?? 0);
      return m.describeCount(range, what, m.per[rule.per]);
    }
    case 'naming':
      return m.describeNaming(what, rule.pattern);
    case 'required-relation': {
      const relation = metamodel.relationType(rule.relation)?.label ?? rule.relation;
      const other = selectorName(metamodel, rule.other);
      return rule.direction === 'outgoing'
        ? `${what} → “${relation}” → ${other}`
        : `${other} → “${relation}” → ${what}`;
    }
  }
}
