import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Severity } from '../model/primitives.ts';
import type { RefDocument, Relation } from '../model/schema.ts';
import type { ValidationSettings } from '../model/validation-settings.ts';
import type { Summary } from './grouping.ts';
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
  /**
   * The same as run, in slices: a first run of a large model yields after every few thousand elements or relations,
   * so a page can keep answering between them. Finish it (or drop it) before calling run again.
   */
  runInSteps(doc: RefDocument, options?: ValidationOptions): Generator<void, ValidationReport>;
}

/** Elements or relations checked between two yields of runInSteps. */
const STEP = 500;

/** Findings of one rule per checked id; a first run keeps them as lists and an update turns them into maps. */
interface Keyed {
  ids: string[];
  findings: Finding[];
  map: Map<string, Finding> | null;
}

interface RuleRun {
  rule: Rule;
  severity: Severity;
  byElement: Keyed;
  byRelation: Keyed;
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
 * Findings are kept by element id: ids are unique in every document it sees, as the integrity check refuses others.
 */
export function createValidator(metamodel: Metamodel): Validator {
  let state: State | null = null;
  const fresh = (doc: RefDocument, options: ValidationOptions) =>
    !state || state.settings !== doc.validation || state.profileOption !== options.profile;
  return {
    run(doc, options = {}) {
      if (fresh(doc, options)) state = finished(start(doc, metamodel, options, Infinity));
      else if (state!.ctx.doc !== doc) update(state!, doc);
      return state!.report;
    },
    *runInSteps(doc, options = {}) {
      if (fresh(doc, options)) {
        state = null;
        state = yield* start(doc, metamodel, options, STEP);
      } else if (state!.ctx.doc !== doc) update(state!, doc);
      return state!.report;
    },
  };
}

/** Runs a generator that never needs to yield (its step is unbounded) to its result. */
function finished<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The findings of a document under its profile (or `options.profile`), without suppressed ones. */
export function findingsFor(doc: RefDocument, metamodel: Metamodel, options?: ValidationOptions): Finding[] {
  return createValidator(metamodel).run(doc, options).findings;
}

/** A first run: index, then check, `step` elements or relations at a time between yields. */
function* start(
  doc: RefDocument,
  metamodel: Metamodel,
  options: ValidationOptions,
  step: number,
): Generator<void, State> {
  const settings = doc.validation;
  const profile = profileById(options.profile ?? settings.profile, doc) ?? profiles[0]!;
  const all = [...builtInRules, ...settings.rules.map(compileUserRule)];
  const ctx: Context = {
    doc,
    metamodel,
    index: new ModelIndex(metamodel, { elements: doc.elements.length, relations: doc.relations.length }),
    ruleIds: new Set(all.map((r) => r.id)),
  };
  const runs: RuleRun[] = [];
  for (const rule of all) {
    const severity = Object.hasOwn(settings.overrides, rule.id)
      ? settings.overrides[rule.id]!
      : Object.hasOwn(profile.severities, rule.id)
        ? profile.severities[rule.id]!
        : rule.severity;
    if (severity !== 'off')
      runs.push({ rule, severity, byElement: keyed(), byRelation: keyed(), model: [], findings: [], suppressed: [] });
  }
  const { elements, relations } = doc;
  const { index } = ctx;
  for (let from = 0; from < elements.length; from += step) {
    index.addElements(elements, from, Math.min(elements.length, from + step));
    if (from + step < elements.length) yield;
  }
  index.syncParts(doc);
  for (let from = 0; from < relations.length; from += step) {
    yield;
    index.reserveRelations(relations, from, Math.min(relations.length, from + step));
  }
  const relationRuns = runs.filter((r) => r.rule.relation);
  for (let from = 0; from < relations.length; from += step) {
    yield;
    checkRelations(ctx, relationRuns, from, Math.min(relations.length, from + step));
  }
  const elementRuns = runs.filter((r) => r.rule.element);
  for (let from = 0; from < elements.length; from += step) {
    yield;
    checkElements(ctx, elementRuns, from, Math.min(elements.length, from + step));
  }
  yield;
  for (const run of runs) if (run.rule.model) run.model = run.rule.model.check(ctx).map((d) => finish(run, d));
  const suppressions = new Map<string, Map<string, string>>();
  for (const s of settings.suppressions) {
    if (!suppressions.has(s.rule)) suppressions.set(s.rule, new Map());
    suppressions.get(s.rule)!.set(s.target, s.reason);
  }
  for (const run of runs) collect(run, suppressions);
  return { settings, profileOption: options.profile, profile, ctx, runs, suppressions, report: report(profile, runs) };
}

/** Relation checks read only a relation and its ends, so they run as each slice of relations is indexed. */
function checkRelations(ctx: Context, runs: readonly RuleRun[], from: number, to: number): void {
  const { relations } = ctx.doc;
  ctx.index.placeRelations(to - from);
  for (let i = from; i < to; i++) {
    const rel = relations[i]!;
    ctx.index.focusRelation(rel, i);
    // Indexed loops: an iterator per relation or element is garbage a large model's collector pays for.
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const draft = run.rule.relation!.check(rel, ctx);
      if (draft) add(run.byRelation, rel.id, finish(run, draft));
    }
  }
}

/**
 * Element by element, all rules at once: an element's relations and neighbours stay at hand (in the index's memo
 * and the CPU cache) across rules, which keeps 100,000 elements as fast per element as 1,000.
 */
function checkElements(ctx: Context, runs: readonly RuleRun[], from: number, to: number): void {
  const { elements } = ctx.doc;
  for (let i = from; i < to; i++) {
    const el = elements[i]!;
    ctx.index.focus(el, i);
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const draft = run.rule.element!.check(el, ctx);
      if (draft) add(run.byElement, el.id, finish(run, draft));
    }
  }
}

/** What an edit changed: the parts of the document, and the elements and relations to recheck. */
interface Changes {
  parts: Set<Part>;
  elements: Set<string>;
  /** Relations to recheck, by id: null for one that is gone. */
  relations: Map<string, Relation | null>;
}

function update(state: State, doc: RefDocument): void {
  const changes = applyChanges(state.ctx, doc);
  let touched = false;
  for (const run of state.runs) {
    if (!recheck(run, state.ctx, changes)) continue;
    collect(run, state.suppressions);
    touched = true;
  }
  if (touched) state.report = report(state.profile, state.runs);
}

/** Brings the index up to a new version of the document and says what must be rechecked. */
function applyChanges(ctx: Context, doc: RefDocument): Changes {
  const prev = ctx.doc;
  const index = ctx.index;
  const parts = new Set<Part>();
  if (prev.structuralGoals !== doc.structuralGoals) parts.add('goals');
  if (prev.macroStructure !== doc.macroStructure) parts.add('macro');
  // The model's language decides which naming rule judges each name.
  if (prev.designGoals !== doc.designGoals || prev.meta.language !== doc.meta.language) parts.add('design');
  if (!sameViewMembership(prev.views, doc.views)) parts.add('views');

  const edited = new Set<string>();
  const elements = changedRange(prev.elements, doc.elements);
  if (elements) {
    parts.add('elements');
    if (
      elements.before.length !== elements.after.length ||
      elements.before.some((el, i) => el.id !== elements.after[i]!.id)
    )
      parts.add('elementIds');
    for (const el of elements.before) index.removeElement(el);
    for (const el of elements.after) index.addElement(el);
    for (const el of [...elements.before, ...elements.after]) edited.add(el.id);
  }
  const changes: Changes = { parts, elements: new Set(edited), relations: new Map() };
  const relations = changedRange(prev.relations, doc.relations);
  if (relations) {
    parts.add('relations');
    for (const rel of relations.before) {
      index.removeRelation(rel);
      changes.relations.set(rel.id, null);
      changes.elements.add(rel.source).add(rel.target);
    }
    for (const rel of relations.after) {
      index.addRelation(rel);
      changes.relations.set(rel.id, rel);
      changes.elements.add(rel.source).add(rel.target);
    }
  }
  index.syncParts(doc);
  ctx.doc = doc;
  // Neighbours read an edited element (its type, its properties), and so do the relations at it.
  for (const id of edited) {
    for (const r of index.relationsAt(id)) {
      changes.relations.set(r.id, r);
      changes.elements.add(r.source === id ? r.target : r.source);
    }
  }
  return changes;
}

/** Reruns a rule's checks where the changes can matter; returns whether any of its findings changed. */
function recheck(run: RuleRun, ctx: Context, changes: Changes): boolean {
  const { element, relation, model } = run.rule;
  const { index, doc } = ctx;
  const reads = (part: Part) => changes.parts.has(part);
  let changed = false;
  if (element) {
    const byElement = mapOf(run.byElement);
    if (element.reads.some(reads)) {
      for (const el of doc.elements) changed = put(run, byElement, el.id, element.check(el, ctx)) || changed;
      for (const id of byElement.keys()) if (!index.hasElement(id)) changed = byElement.delete(id) || changed;
    } else {
      for (const id of changes.elements) {
        const el = index.element(id);
        changed = put(run, byElement, id, el ? element.check(el, ctx) : null) || changed;
      }
    }
  }
  if (relation) {
    const byRelation = mapOf(run.byRelation);
    if (relation.reads.some(reads)) {
      const ids = new Set<string>();
      for (const rel of doc.relations) {
        ids.add(rel.id);
        changed = put(run, byRelation, rel.id, relation.check(rel, ctx)) || changed;
      }
      for (const id of byRelation.keys()) if (!ids.has(id)) changed = byRelation.delete(id) || changed;
    } else {
      for (const [id, rel] of changes.relations)
        changed = put(run, byRelation, id, rel ? relation.check(rel, ctx) : null) || changed;
    }
  }
  if (model && model.reads.some(reads)) {
    const drafts = model.check(ctx);
    if (drafts.length !== run.model.length || drafts.some((d, i) => !same(run.model[i]!, d))) {
      run.model = drafts.map((d) => finish(run, d));
      changed = true;
    }
  }
  return changed;
}

function keyed(): Keyed {
  return { ids: [], findings: [], map: null };
}

function add(keyed: Keyed, id: string, finding: Finding) {
  keyed.ids.push(id);
  keyed.findings.push(finding);
}

/** The findings by id, as a map (made on the first update, so a one-off validation never builds it). */
function mapOf(keyed: Keyed): Map<string, Finding> {
  if (!keyed.map) {
    keyed.map = new Map(keyed.ids.map((id, i) => [id, keyed.findings[i]!]));
    keyed.ids = [];
    keyed.findings = [];
  }
  return keyed.map;
}

function valuesOf(keyed: Keyed): Iterable<Finding> {
  return keyed.map ? keyed.map.values() : keyed.findings;
}

/** The slices of two arrays that differ, by identity, between their common prefix and suffix; null when none. */
function changedRange<T>(
  before: readonly T[],
  after: readonly T[],
): { before: readonly T[]; after: readonly T[] } | null {
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

/** The ids of a finding about no element or relation: one frozen list for all, as nothing changes a finding. */
const NO_IDS = Object.freeze<string[]>([]) as string[];

function finish(run: RuleRun, draft: Draft): Finding {
  const { rule } = run;
  const { subjects, text, fix } = draft;
  const elements = draft.elements ?? NO_IDS;
  const relations = draft.relations ?? NO_IDS;
  // Most drafts have a text and no subjects: made in one literal, such a finding needs no store for added fields.
  const { id, hint, principle, step } = rule;
  const { severity } = run;
  const { message } = draft;
  const finding: Finding =
    text && !subjects
      ? { rule: id, severity, message, elements, relations, hint, principle, step, text }
      : { rule: id, severity, message, elements, relations, hint, principle, step };
  if (subjects) finding.subjects = subjects;
  if (text && subjects) finding.text = text;
  if (fix) finding.fix = fix;
  return finding;
}

/** Rebuilds a rule's list of findings, setting aside the ones the model suppresses. */
function collect(run: RuleRun, suppressions: Map<string, Map<string, string>>): void {
  const all = [...valuesOf(run.byElement), ...valuesOf(run.byRelation), ...run.model];
  const targets = suppressions.get(run.rule.id);
  if (!targets) {
    run.findings = all;
    return;
  }
  run.findings = [];
  run.suppressed = [];
  for (const finding of all) {
    const target = [...finding.elements, ...finding.relations, ...(finding.subjects ?? [])].find((id) =>
      targets.has(id),
    );
    if (target === undefined) run.findings.push(finding);
    else run.suppressed.push({ finding, reason: targets.get(target)! });
  }
}

function report(profile: Profile, runs: readonly RuleRun[]): ValidationReport {
  const findings: Finding[] = [];
  const summary: Summary = { error: 0, warning: 0, info: 0, total: 0 };
  for (const run of runs) {
    for (let i = 0; i < run.findings.length; i++) findings.push(run.findings[i]!);
    summary[run.severity] += run.findings.length;
  }
  summary.total = findings.length;
  return { profile, findings, suppressed: runs.flatMap((r) => r.suppressed), summary };
}
