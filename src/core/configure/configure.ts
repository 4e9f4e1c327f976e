import { produce } from 'immer';
import { deleteElements } from '../commands/elements.ts';
import { edit, type Edit } from '../commands/history.ts';
import { deriveModel, type DeriveOptions } from '../derive/derive.ts';
import type { RefDocument } from '../model/schema.ts';
import { answerProblems, quote, type AnswerProblem } from './questionnaire.ts';
import type { Answers, Configuration, Decision, Specialisation, VariationPoint } from './schema.ts';

/** What configuring does to one element, and why: the question and answer that decided it. */
export interface ElementDecision {
  readonly element: string;
  readonly outcome: 'adopted' | 'omitted' | 'specialised';
  readonly reason: string;
  /** The variation point that decided it; null for an element outside every variation point. */
  readonly variationPoint: string | null;
  /** The question that decided it, if one did. */
  readonly question: string | null;
  readonly set?: Specialisation;
}

export interface Resolution {
  readonly decisions: readonly ElementDecision[];
  readonly problems: readonly AnswerProblem[];
}

type Outcome = { outcome: ElementDecision['outcome']; reason: string; question: string | null; set?: Specialisation };

const OUTSIDE = 'Outside every variation point: part of every configuration.';

/**
 * Resolves the answers into one decision per element of the model (La Rosa et al.'s questionnaire-driven
 * configuration). An answer keeps, omits or specialises the variation points it decides. An optional point
 * that some answer could keep or specialise is omitted when no chosen answer does; one that no answer
 * governs stays. Of a group of alternatives exactly one must be kept. An element in several points is omitted
 * only when all of them are.
 */
export function resolveConfiguration(doc: RefDocument, answers: Answers): Resolution {
  const config = doc.configuration;
  if (!config) return { decisions: [], problems: [{ question: '', message: 'This model has no questionnaire.' }] };
  const problems = [...answerProblems(config, answers)];
  const outcomes = new Map<string, Outcome>();
  for (const vp of config.variationPoints) outcomes.set(vp.id, pointOutcome(config, vp, answers, problems));
  resolveAlternatives(config, outcomes, problems);
  const present = new Set(doc.elements.map((e) => e.id));
  const byElement = new Map<string, { vp: VariationPoint; outcome: Outcome }[]>();
  for (const vp of config.variationPoints)
    for (const id of vp.elements) {
      if (!present.has(id)) continue;
      const list = byElement.get(id) ?? [];
      list.push({ vp, outcome: outcomes.get(vp.id)! });
      byElement.set(id, list);
    }
  const decisions = doc.elements.map((e): ElementDecision => {
    const points = byElement.get(e.id);
    if (!points) return { element: e.id, outcome: 'adopted', reason: OUTSIDE, variationPoint: null, question: null };
    const deciding =
      points.find((p) => p.outcome.outcome === 'specialised') ??
      points.find((p) => p.outcome.outcome === 'adopted') ??
      points[0]!;
    const set = merged(points.filter((p) => p.outcome.outcome === 'specialised').map((p) => p.outcome.set!));
    return {
      element: e.id,
      outcome: deciding.outcome.outcome,
      reason: deciding.outcome.reason,
      variationPoint: deciding.vp.id,
      question: deciding.outcome.question,
      ...(set ? { set } : {}),
    };
  });
  return { decisions, problems };
}

function pointOutcome(config: Configuration, vp: VariationPoint, answers: Answers, problems: AnswerProblem[]): Outcome {
  const chosen: { question: Configuration['questions'][number]; text: string; decision: Decision }[] = [];
  let governedBy: Configuration['questions'][number] | null = null;
  for (const q of config.questions)
    for (const a of q.answers)
      for (const d of a.decides) {
        if (d.variationPoint !== vp.id) continue;
        if (d.resolution !== 'omit' && !governedBy) governedBy = q;
        if (answers[q.id]?.includes(a.id)) chosen.push({ question: q, text: quote(q, a), decision: d });
      }
  const omit = chosen.find((c) => c.decision.resolution === 'omit');
  const keep = chosen.find((c) => c.decision.resolution !== 'omit');
  if (omit && keep)
    problems.push({
      question: omit.question.id,
      message: `${omit.text} omits “${vp.name}”, which ${keep.text} keeps.`,
    });
  const specialised = chosen.filter((c) => c.decision.resolution === 'specialise');
  if (specialised.length)
    return {
      outcome: 'specialised',
      reason: specialised.map((c) => c.text).join('; '),
      question: specialised[0]!.question.id,
      set: merged(specialised.map((c) => c.decision.set!))!,
    };
  if (keep) return { outcome: 'adopted', reason: keep.text, question: keep.question.id };
  if (omit) return { outcome: 'omitted', reason: omit.text, question: omit.question.id };
  if (vp.kind === 'mandatory')
    return { outcome: 'adopted', reason: `“${vp.name}” is mandatory: part of every configuration.`, question: null };
  if (governedBy && vp.kind === 'optional') {
    const given = (answers[governedBy.id] ?? [])
      .map((id) => governedBy.answers.find((a) => a.id === id)?.text)
      .filter(Boolean);
    return {
      outcome: 'omitted',
      reason: `“${governedBy.text}” — ${given.length ? given.map((t) => `“${t}”`).join(', ') : 'no answer'}: none of these needs “${vp.name}”.`,
      question: governedBy.id,
    };
  }
  return {
    outcome: 'adopted',
    reason: `No answer decides “${vp.name}”: kept as in the reference model.`,
    question: null,
  };
}

/** Of each group of alternatives one is kept: the others are omitted, and none or several kept is a problem. */
function resolveAlternatives(config: Configuration, outcomes: Map<string, Outcome>, problems: AnswerProblem[]) {
  const groups = new Map<string, VariationPoint[]>();
  for (const vp of config.variationPoints)
    if (vp.kind === 'alternative' && vp.group) groups.set(vp.group, [...(groups.get(vp.group) ?? []), vp]);
  for (const members of groups.values()) {
    const decided = members.filter(
      (vp) => outcomes.get(vp.id)!.question !== null && outcomes.get(vp.id)!.outcome !== 'omitted',
    );
    const names = members.map((vp) => `“${vp.name}”`).join(', ');
    if (decided.length === 0) {
      problems.push({
        question: '',
        message: `One of the alternatives ${names} must be chosen; the answers choose none.`,
      });
      continue;
    }
    if (decided.length > 1)
      problems.push({ question: decided[1]!.id, message: `Only one of the alternatives ${names} can be kept.` });
    const kept = decided[0]!;
    for (const vp of members)
      if (vp !== kept)
        outcomes.set(vp.id, {
          outcome: 'omitted',
          reason: `Alternative to “${kept.name}”, chosen by ${outcomes.get(kept.id)!.reason}`,
          question: outcomes.get(kept.id)!.question,
        });
  }
}

function merged(sets: readonly Specialisation[]): Specialisation | undefined {
  if (!sets.length) return undefined;
  const out: Specialisation = {};
  for (const s of sets) {
    if (s.role) out.role = s.role;
    if (s.area) out.area = s.area;
    if (s.properties) out.properties = { ...out.properties, ...s.properties };
  }
  return out;
}

/**
 * Configures a derived model as one undo step: omits, specialises and adopts each element as the answers
 * decide, and records the question and answer as the reason in its derivation link, and the answers given.
 * Run it only on answers without problems (resolveConfiguration).
 */
export function configureEdit(doc: RefDocument, answers: Answers): Edit {
  const { decisions } = resolveConfiguration(doc, answers);
  const omitted = decisions.filter((d) => d.outcome === 'omitted').map((d) => d.element);
  const count = Object.values(answers).reduce((n, a) => n + a.length, 0);
  return edit({ id: 'configure', params: { count } }, (draft) => {
    const links = draft.derivation?.links;
    for (const d of decisions) {
      const element = draft.elements.find((e) => e.id === d.element);
      if (element && d.set) {
        if (d.set.role) element.role = d.set.role;
        if (d.set.area) element.area = d.set.area;
        if (d.set.properties) Object.assign(element.properties, d.set.properties);
      }
      const link = links?.[d.element];
      if (link) Object.assign(link, { adaptation: d.outcome, explicit: d.outcome !== 'adopted', note: d.reason });
    }
    if (omitted.length) deleteElements(omitted).apply(draft);
    if (draft.configuration) draft.configuration.answers = structuredClone(answers);
  });
}

/**
 * Derives a company model from a reference model and configures it with the answers (the CLI's
 * `refmod configure`); the answers' problems come back instead of a model when there are any.
 */
export function configureModel(
  reference: RefDocument,
  answers: Answers,
  options: DeriveOptions,
):
  | { ok: true; document: RefDocument; decisions: readonly ElementDecision[] }
  | { ok: false; problems: readonly AnswerProblem[] } {
  const resolution = resolveConfiguration(reference, answers);
  if (resolution.problems.length) return { ok: false, problems: resolution.problems };
  const derived = deriveModel(reference, options);
  const change = configureEdit(derived, answers);
  return {
    ok: true,
    document: produce(derived, (draft) => {
      change.apply(draft);
    }),
    decisions: resolution.decisions,
  };
}
