import type * as z from 'zod';
import { slug, uniqueId } from '../model/ids.ts';
import { Suppression, UserRule, type SeverityOverride } from '../model/validation-settings.ts';
import { sayRefusal } from '../i18n/say.ts';
import { compilePattern } from '../validation/patterns.ts';
import { refuse, type Checked } from './command.ts';
import { edit, type Edit } from './history.ts';
import type { Label } from './label.ts';

/** A user rule as a form hands it over; without an id, one is made from the title. */
export type UserRuleInput = WithoutId<z.input<typeof UserRule>> & { id?: string };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function refuseInput(error: z.ZodError): Checked {
  const issue = error.issues[0]!;
  return refuse(issue.message, issue.path.length ? String(issue.path[0]) : undefined);
}

/** Chooses the validation profile the model is judged by (e.g. "publication" before handing it to a client). */
export function setProfile(profile: string, name = profile): Edit {
  return edit({ id: 'validation.profile', params: { name } }, (doc) => {
    doc.validation.profile = profile;
  });
}

/** Sets a rule's severity in this model over the profile's; null goes back to the profile's severity. */
export function setOverride(rule: string, severity: SeverityOverride | null, title = rule): Edit {
  const label: Label =
    severity === null
      ? { id: 'rule.reset-severity', params: { title } }
      : severity === 'off'
        ? { id: 'rule.switch-off', params: { title } }
        : { id: 'rule.make', params: { title, severity } };
  return edit(label, (doc) => {
    if (severity === null) delete doc.validation.overrides[rule];
    else doc.validation.overrides[rule] = severity;
  });
}

/** Accepts a finding for one element (or relation, goal, lane, view); the reason is required and stored in the model. */
export function suppressFinding(
  input: { rule: string; target: string; reason: string },
  targetName = input.target,
): Checked {
  if (!input.reason.trim()) return refuse(sayRefusal('finding.no-reason', undefined), 'reason');
  const parsed = Suppression.safeParse(input);
  if (!parsed.success) return refuseInput(parsed.error);
  const s = parsed.data;
  return {
    ok: true,
    edit: edit({ id: 'finding.suppress', params: { target: targetName } }, (doc) => {
      const list = doc.validation.suppressions;
      const at = list.findIndex((x) => x.rule === s.rule && x.target === s.target);
      if (at >= 0) list[at]!.reason = s.reason;
      else list.push(s);
    }),
  };
}

/** Brings a suppressed finding back among the active ones. */
export function unsuppressFinding(rule: string, target: string, targetName = target): Edit {
  return edit({ id: 'finding.restore', params: { target: targetName } }, (doc) => {
    doc.validation.suppressions = doc.validation.suppressions.filter((s) => !(s.rule === rule && s.target === target));
  });
}

/** Parses a rule from a form, and refuses a naming pattern the engine could not use. */
function parseRule(input: UserRuleInput, id: string): Checked | UserRule {
  const parsed = UserRule.safeParse({ ...input, id });
  if (!parsed.success) return refuseInput(parsed.error);
  if (parsed.data.kind === 'naming') {
    if (!parsed.data.pattern.trim()) return refuse(sayRefusal('rule.no-pattern', undefined), 'pattern');
    const pattern = compilePattern(parsed.data.pattern);
    if (!pattern.ok) return refuse(sayRefusal('rule.bad-pattern', { reason: pattern.reason }), 'pattern');
  }
  return parsed.data;
}

/** Adds a rule of the model's own; its findings carry the rule id "user.<id>". */
export function addUserRule(input: UserRuleInput): Checked {
  return withRule(input, (rule) =>
    edit({ id: 'rule.add', params: { title: rule.title } }, (doc) => {
      const taken = new Set(doc.validation.rules.map((r) => r.id));
      doc.validation.rules.push({
        ...rule,
        id: input.id && !taken.has(input.id) ? input.id : uniqueId(slug(rule.title) || 'rule', taken),
      });
    }),
  );
}

/** Replaces a rule of the model's own with the form's version; its id, overrides and suppressions stay. */
export function updateUserRule(id: string, input: UserRuleInput): Checked {
  return withRule({ ...input, id }, (rule) =>
    edit({ id: 'rule.edit', params: { title: rule.title } }, (doc) => {
      const at = doc.validation.rules.findIndex((r) => r.id === id);
      if (at >= 0) doc.validation.rules[at] = rule;
    }),
  );
}

function withRule(input: UserRuleInput, build: (rule: UserRule) => Edit): Checked {
  // A placeholder id lets the schema check the rest before the edit picks a free id.
  const rule = parseRule(input, input.id ?? 'rule');
  return 'kind' in rule ? { ok: true, edit: build(rule) } : rule;
}

/** Removes a rule of the model's own, with the overrides and suppressions that name it. */
export function removeUserRule(id: string, title = id): Edit {
  const ruleId = `user.${id}`;
  return edit({ id: 'rule.remove', params: { title } }, (doc) => {
    const v = doc.validation;
    v.rules = v.rules.filter((r) => r.id !== id);
    if (Object.hasOwn(v.overrides, ruleId)) delete v.overrides[ruleId];
    if (v.suppressions.some((s) => s.rule === ruleId)) v.suppressions = v.suppressions.filter((s) => s.rule !== ruleId);
  });
}
