import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Severity } from '../model/primitives.ts';
import type { RefDocument, Relation } from '../model/schema.ts';
import type { ValidationSettings } from '../model/validation-settings.ts';
import { summarize, type Summary } from './grouping.ts';
import { ModelIndex, sameViewMembership } from './model-index.ts';
import { profileById, profiles, type Profile } from './profiles.ts';
import { builtInRules } from './rules/index.ts';
import { compileUserRule } from './rules/user.ts';
import type { Context, Draft, Finding, Part, Rule } from './types.ts';

export interface ValidationOptions {
  /** A profile id that replaces the model's own choice, e.g. the CLI's --profile. */
  profile?: string;
}

/** A finding the modellers accepted, with their reason; shown apart from the active findings. */
export interface Suppressed {
  finding: Finding;
  reason: string;
}

export interface ValidationReport {
  /** The profile the findings were judged by. */
  profile: Profile;
  /** Active findings, rule by rule (group them with groupFindings). */
  findings: Finding[];
  suppressed: Suppressed[];
  summary: Summary;
}

/** Validates successive versions of one document, recomputing only what an edit can have changed. */
export interface Validator {
  run(doc: RefDocument, options?: ValidationOptions): ValidationReport;
}

interface RuleRun {
  rule: Rule;
  severity: Severity;
  byElement: Map<string, Finding>;
  byRelation: Map<string, Finding>;
  model: Finding[];
  findings: Finding[];
  suppressed: Suppressed[];
}

interface State {
  settings: ValidationSettings;
  profileOption: string | undefined;
  profile: Profile;
  ctx: Context;
  runs: RuleRun[];
  suppressions: Map<string, Map<string, string>>;
  report: ValidationReport;
}

/**
 * Creates an incremental validator. Unchanged elements and relations keep their identity under immer,
 * so a run after a small edit rechecks only the edited items and their neighbours, and the
 * whole-model checks that read the changed parts. A change of the validation settings starts afresh.
 */
export function createValidator(metamodel: Metamodel): Validator {
  let state: State | null = null;
  return {
    run(doc, options = {}) {
      if (!state || state.settings !== doc.validation || state.profileOption !== options.profile) state = start(doc, metamodel, options);
      else if (state.ctx.doc !== doc) update(state, doc);
      return state.report;
    },
  };
}

/** The findings of a document under its profile (or `options.profile`), without suppressed ones. */
export function findingsFor(doc: RefDocument, metamodel: Metamodel, options?: ValidationOptions): Finding[] {
  return createValidator(metamodel).run(doc, options).findings;
}

function start(doc: RefDocument, metamodel: Metamodel, options: ValidationOptions): State {
  const settings = doc.validation;
  const profile = profileById(options.profile ?? settings.profile) ?? profiles[0]!;
  const all = [...builtInRules, ...settings.rules.map(compileUserRule)];
  const ctx: Context = { doc, metamodel, index: ModelIndex.of(doc, metamodel), ruleIds: new Set(all.map((r) => r.id)) };
  const runs: RuleRun[] = [];
  for (const rule of all) {
    const severity = Object.hasOwn(settings.overrides, rule.id) ? settings.overrides[rule.id]! : (Object.hasOwn(profile.severities, rule.id) ? profile.severities[rule.id]! : rule.severity);
    if (severity === 'off') continue;
    const run: RuleRun = { rule, severity, byElement: new Map(), byRelation: new Map(), model: [], findings: [], suppressed: [] };
    if (rule.element) {
      for (const el of doc.elements) {
        const draft = rule.element.check(el, ctx);
        if (draft) run.byElement.set(el.id, finish(run, draft));
      }
    }
    if (rule.relation) {
      for (const rel of doc.relations) {
        const draft = rule.relation.check(rel, ctx);
        if (draft) run.byRelation.set(rel.id, finish(run, draft));
      }
    }
    if (rule.model) run.model = rule.model.check(ctx).map((d) => finish(run, d));
    runs.push(run);
  }
  const suppressions = new Map<string, Map<string, string>>();
  for (const s of settings.suppressions) {
    if (!suppressions.has(s.rule)) suppressions.set(s.rule, new Map());
    suppressions.get(s.rule)!.set(s.target, s.reason);
  }
  for (const run of runs) collect(run, suppressions);
  return { settings, profileOption: options.profile, profile, ctx, runs, suppressions, report: report(profile, runs) };
}

function update(state: State, doc: RefDocument): void {
  const { ctx } = state;
  const prev = ctx.doc;
  const index = ctx.index;
  const changed = new Set<Part>();
  if (prev.structuralGoals !== doc.structuralGoals) changed.add('goals');
  if (prev.macroStructure !== doc.macroStructure) changed.add('macro');
  if (prev.designGoals !== doc.designGoals) changed.add('design');
  if (!sameViewMembership(prev.views, doc.views)) changed.add('views');

  const edited = new Set<string>();
  const elements = changedRange(prev.elements, doc.elements);
  if (elements) {
    changed.add('elements');
    if (elements.before.length !== elements.after.length || elements.before.some((el, i) => el.id !== elements.after[i]!.id)) changed.add('elementIds');
    for (const el of elements.before) index.removeElement(el);
    for (const el of elements.after) index.addElement(el);
    for (const el of [...elements.before, ...elements.after]) edited.add(el.id);
  }
  const dirtyElements = new Set(edited);
  // The relations to recheck, by id: null for one that is gone.
  const dirtyRelations = new Map<string, Relation | null>();
  const relations = changedRange(prev.relations, doc.relations);
  if (relations) {
    changed.add('relations');
    for (const rel of relations.before) {
      index.removeRelation(rel);
      dirtyRelations.set(rel.id, null);
      dirtyElements.add(rel.source).add(rel.target);
    }
    for (const rel of relations.after) {
      index.addRelation(rel);
      dirtyRelations.set(rel.id, rel);
      dirtyElements.add(rel.source).add(rel.target);
    }
  }
  index.syncParts(doc);
  ctx.doc = doc;
  // Neighbours read an edited element (its type, its properties), and so do the relations at it.
  for (const id of edited) {
    for (const r of index.relationsAt(id)) {
      dirtyRelations.set(r.id, r);
      dirtyElements.add(r.source === id ? r.target : r.source);
    }
  }

  let touched = false;
  for (const run of state.runs) {
    const { element, relation, model } = run.rule;
    let changedRun = false;
    if (element) {
      const all = element.reads.some((p) => changed.has(p));
      for (const id of all ? index.elements.keys() : dirtyElements) {
        const el = index.elements.get(id);
        changedRun = put(run, run.byElement, id, el ? element.check(el, ctx) : null) || changedRun;
      }
      if (all) {
        for (const id of run.byElement.keys()) if (!index.elements.has(id)) changedRun = run.byElement.delete(id) || changedRun;
      }
    }
    if (relation) {
      if (relation.reads.some((p) => changed.has(p))) {
        const ids = new Set<string>();
        for (const rel of doc.relations) {
          ids.add(rel.id);
          changedRun = put(run, run.byRelation, rel.id, relation.check(rel, ctx)) || changedRun;
        }
        for (const id of run.byRelation.keys()) if (!ids.has(id)) changedRun = run.byRelation.delete(id) || changedRun;
      } else {
        for (const [id, rel] of dirtyRelations) changedRun = put(run, run.byRelation, id, rel ? relation.check(rel, ctx) : null) || changedRun;
      }
    }
    if (model && model.reads.some((p) => changed.has(p))) {
      const drafts = model.check(ctx);
      if (drafts.length !== run.model.length || drafts.some((d, i) => !same(run.model[i]!, d))) {
        run.model = drafts.map((d) => finish(run, d));
        changedRun = true;
      }
    }
    if (changedRun) collect(run, state.suppressions);
    touched ||= changedRun;
  }
  if (touched) state.report = report(state.profile, state.runs);
}

/** The slices of two arrays that differ, by identity, between their common prefix and suffix; null when none. */
function changedRange<T>(before: readonly T[], after: readonly T[]): { before: readonly T[]; after: readonly T[] } | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  if (endBefore === start && endAfter === start) return null;
  return { before: before.slice(start, endBefore), after: after.slice(start, endAfter) };
}

/** Stores a check's result; keeps the old finding when nothing a user sees changed. Returns whether anything changed. */
function put(run: RuleRun, map: Map<string, Finding>, id: string, draft: Draft | null): boolean {
  const old = map.get(id);
  if (!draft) return old ? map.delete(id) : false;
  if (old && same(old, draft)) return false;
  map.set(id, finish(run, draft));
  return true;
}

function same(finding: Finding, draft: Draft): boolean {
  return (
    finding.message === draft.message &&
    finding.fix?.label === draft.fix?.label &&
    sameIds(finding.elements, draft.elements) &&
    sameIds(finding.relations, draft.relations) &&
    sameIds(finding.subjects, draft.subjects)
  );
}

function sameIds(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function finish(run: RuleRun, draft: Draft): Finding {
  const { rule } = run;
  const finding: Finding = {
    rule: rule.id,
    severity: run.severity,
    message: draft.message,
    elements: draft.elements ?? [],
    relations: draft.relations ?? [],
    hint: rule.hint,
    principle: rule.principle,
    step: rule.step,
  };
  if (draft.subjects) finding.subjects = draft.subjects;
  if (draft.fix) finding.fix = draft.fix;
  return finding;
}

/** Rebuilds a rule's list of findings, setting aside the ones the model suppresses. */
function collect(run: RuleRun, suppressions: Map<string, Map<string, string>>): void {
  const all = [...run.byElement.values(), ...run.byRelation.values(), ...run.model];
  const targets = suppressions.get(run.rule.id);
  if (!targets) {
    run.findings = all;
    return;
  }
  run.findings = [];
  run.suppressed = [];
  for (const finding of all) {
    const target = [...finding.elements, ...finding.relations, ...(finding.subjects ?? [])].find((id) => targets.has(id));
    if (target === undefined) run.findings.push(finding);
    else run.suppressed.push({ finding, reason: targets.get(target)! });
  }
}

function report(profile: Profile, runs: readonly RuleRun[]): ValidationReport {
  const findings = runs.flatMap((r) => r.findings);
  return { profile, findings, suppressed: runs.flatMap((r) => r.suppressed), summary: summarize(findings) };
}
