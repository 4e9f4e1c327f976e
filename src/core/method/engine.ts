import type * as z from 'zod';
import type { Metamodel } from '../metamodel/metamodel.ts';
import type { ElementType, RelationType } from '../metamodel/schema.ts';
import { formatPath, type Problem } from '../model/problems.ts';
import type { RefDocument, StepStatus } from '../model/schema.ts';
import type { Severity } from '../model/primitives.ts';
import { artifactsPresent, noneOfItsKind, selects, tally, type ArtifactStatus } from './artifacts.ts';
import { Method, type Artifact, type MethodStep } from './schema.ts';

type MethodLogEntry = RefDocument['method']['log'][number];

/** What the engine needs of a validation finding; findings come in from the validation feature, never imported. */
export interface GateFinding {
  readonly rule: string;
  readonly severity: Severity;
}

/** The findings of a step's exit-criteria rules: errors block the gate, warnings and infos do not. */
export interface GateResult<F extends GateFinding = GateFinding> {
  readonly passed: boolean;
  readonly errors: readonly F[];
  readonly warnings: readonly F[];
  readonly infos: readonly F[];
  /** The step's own product that the document still lacks (no goals, no processes, no views …): it blocks the gate. */
  readonly missing: readonly ArtifactStatus[];
  /** Exit-criteria rules that find nothing because the step's product is not there at all: nothing checked, no pass. */
  readonly unchecked: readonly string[];
}

export interface StepProgress<F extends GateFinding = GateFinding> {
  readonly step: MethodStep;
  readonly index: number;
  /** The status the document stores (what the user declared). */
  readonly stored: StepStatus;
  /** The status to show: the stored one, re-checked against the gate. */
  readonly status: StepStatus;
  /** Completed once, but the gate now finds errors: the step is back in progress. */
  readonly regressed: boolean;
  readonly current: boolean;
  readonly gate: GateResult<F>;
  readonly artifacts: readonly ArtifactStatus[];
  /** The method log entries of this step, oldest first (entered, completed, gate-skipped, decisions …). */
  readonly log: readonly MethodLogEntry[];
}

export type LoadedMethod = { ok: true; method: Method } | { ok: false; errors: Problem[] };

/** Reads a method file (parsed JSON); returns every schema problem with its path. Never throws. */
export function loadMethod(raw: unknown): LoadedMethod {
  const result = Method.safeParse(raw);
  if (result.success) return { ok: true, method: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue: z.core.$ZodIssue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/** Palette entries and relation types a method names but the metamodel does not define. */
export function methodProblems(method: Method, metamodel: Metamodel): Problem[] {
  const problems: Problem[] = [];
  method.steps.forEach((step, i) => {
    step.palette.elements.forEach((selector, j) => {
      const known = selector.startsWith('category:')
        ? metamodel.category(selector.slice('category:'.length))
        : metamodel.elementType(selector);
      if (!known)
        problems.push({
          path: `steps[${i}].palette.elements[${j}]`,
          message: `Step "${step.title}" offers "${selector}", which the ${metamodel.data.name} metamodel does not define.`,
        });
    });
    step.palette.relations.forEach((type, j) => {
      if (!metamodel.relationType(type))
        problems.push({
          path: `steps[${i}].palette.relations[${j}]`,
          message: `Step "${step.title}" offers the relation type "${type}", which the ${metamodel.data.name} metamodel does not define.`,
        });
    });
  });
  return problems;
}

/**
 * The progress of every step of the method on a document: derived status, gate result and artifacts.
 * `findings` are the validation findings of the document (`findingsFor(doc, metamodel)`).
 */
export function stepProgress<F extends GateFinding>(
  doc: RefDocument,
  method: Method,
  findings: readonly F[],
  metamodel: Metamodel,
): StepProgress<F>[] {
  const byRule = new Map<string, F[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.rule);
    if (list) list.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  const current = resumeStep(doc, method).id;
  const counts = tally(doc);
  return method.steps.map((step, index) => {
    const artifacts = artifactsPresent(doc, step.id, step.artifacts, metamodel, counts);
    const essential = artifacts.filter((a) => isEssential(a.artifact));
    // With none of the step's product at all (zero goals, no view), a rule's silence means it had nothing to look at.
    const empty =
      essential.length > 0 && essential.every((a) => noneOfItsKind(doc, step.id, a.artifact, metamodel, counts));
    const gate = gateOf(step, byRule, artifacts, empty);
    const stored = doc.method.steps[step.id] ?? 'not-started';
    const completed = stored === 'done' || stored === 'done-with-warnings';
    const regressed = completed && !gate.passed;
    const status: StepStatus = completed
      ? regressed
        ? 'in-progress'
        : gate.warnings.length
          ? 'done-with-warnings'
          : 'done'
      : stored === 'not-started' && step.id === current
        ? 'in-progress'
        : stored;
    return {
      step,
      index,
      stored,
      status,
      regressed,
      current: step.id === current,
      gate,
      artifacts,
      log: doc.method.log.filter((entry) => entry.step === step.id),
    };
  });
}

/**
 * Whether an artifact is the step's product itself (its goal catalogue, lanes, processes, naming rules, views) rather
 * than a refinement of it: a gate never passes while such an artifact is missing, whatever its rules find.
 */
export function isEssential(artifact: Artifact): boolean {
  const e = artifact.evidence;
  switch (e.of) {
    case 'structural-goals':
      return e.kind === undefined;
    case 'areas':
    case 'roles':
    case 'naming-rules':
    case 'views':
      return true;
    case 'elements':
      return e.select.includes('category:process');
    default:
      return false;
  }
}

function gateOf<F extends GateFinding>(
  step: MethodStep,
  byRule: ReadonlyMap<string, F[]>,
  artifacts: readonly ArtifactStatus[],
  empty: boolean,
): GateResult<F> {
  const failing = step.exitCriteria.flatMap((rule) => byRule.get(rule) ?? []);
  const errors = failing.filter((f) => f.severity === 'error');
  const missing = artifacts.filter((a) => !a.present && isEssential(a.artifact));
  const unchecked = empty ? step.exitCriteria.filter((rule) => !byRule.has(rule)) : [];
  return {
    passed: errors.length === 0 && missing.length === 0,
    missing,
    unchecked,
    errors,
    warnings: failing.filter((f) => f.severity === 'warning'),
    infos: failing.filter((f) => f.severity === 'info'),
  };
}

export interface OverallProgress {
  readonly done: number;
  readonly total: number;
  /** 0..1 */
  readonly fraction: number;
  /** e.g. "2 of 5 steps done" */
  readonly label: string;
}

/** How far the method is: steps done (with or without warnings) out of all steps. */
export function overallProgress(progress: readonly StepProgress<GateFinding>[]): OverallProgress {
  const done = progress.filter((p) => p.status === 'done' || p.status === 'done-with-warnings').length;
  const total = progress.length;
  return {
    done,
    total,
    fraction: total ? done / total : 0,
    label: `${done} of ${total} step${total === 1 ? '' : 's'} done`,
  };
}

export type LeaveDecision<F extends GateFinding = GateFinding> =
  | { readonly free: true; readonly warnings: readonly F[] }
  | { readonly free: false; readonly blocking: readonly F[]; readonly message: string };

/**
 * Whether the user may leave a step without further ado. A failing gate does not lock the user in:
 * they may move on anyway, but must give a justification that `skipGate` logs.
 */
export function canLeave<F extends GateFinding>(progress: StepProgress<F>): LeaveDecision<F> {
  const { gate, step } = progress;
  if (gate.passed) return { free: true, warnings: gate.warnings };
  const n = gate.errors.length;
  const lacking = gate.missing.map((a) => `${a.artifact.name} (${a.count} of at least ${a.artifact.minCount})`);
  const found = n ? `find ${n} error${n === 1 ? '' : 's'}` : '';
  const lacks = lacking.length
    ? `${n ? ', and the step still lacks' : 'The step still lacks'} ${lacking.join(', ')}`
    : '';
  return {
    free: false,
    blocking: gate.errors,
    message: n
      ? `The exit criteria of "${step.title}" ${found}${lacks}. Fix ${n === 1 && !lacking.length ? 'it' : 'them'}, or move on and say why; the skip is logged.`
      : `${lacks}. Add ${lacking.length === 1 ? 'it' : 'them'}, or move on and say why; the skip is logged.`,
  };
}

/** The step to resume at: the document's current step, or the first step not done when that id is not a step of the method. */
export function resumeStep(doc: RefDocument, method: Method): MethodStep {
  const steps = method.steps;
  const current = steps.find((s) => s.id === doc.method.currentStep);
  if (current) return current;
  const open = steps.find((s) => {
    const stored = doc.method.steps[s.id];
    return stored !== 'done' && stored !== 'done-with-warnings';
  });
  return open ?? steps[steps.length - 1]!;
}

/** The next step after the given one, or undefined at the end of the method. */
export function nextStep(method: Method, stepId: string): MethodStep | undefined {
  const i = method.steps.findIndex((s) => s.id === stepId);
  return i < 0 ? undefined : method.steps[i + 1];
}

export interface StepPalette {
  readonly elementTypes: readonly ElementType[];
  readonly relationTypes: readonly RelationType[];
}

/** The element types and relation types a step works with, in metamodel order. */
export function paletteFor(step: MethodStep, metamodel: Metamodel): StepPalette {
  const relations = new Set(step.palette.relations);
  return {
    elementTypes: metamodel.data.elementTypes.filter((t) => selects(step.palette.elements, t.id, metamodel)),
    relationTypes: metamodel.data.relationTypes.filter((r) => relations.has(r.id)),
  };
}
