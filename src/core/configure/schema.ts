import * as z from 'zod';
import { Id, Name, Text } from '../model/primitives.ts';

/**
 * How a variation point may be configured (after the configurable reference models La Rosa et al. survey):
 * a mandatory part is in every configuration, an optional part is kept or omitted, and of the alternatives
 * sharing a group exactly one is kept.
 */
export const VariationKind = z.enum(['mandatory', 'optional', 'alternative']);
export type VariationKind = z.infer<typeof VariationKind>;

export const VariationPoint = z.strictObject({
  id: Id,
  name: Name,
  description: Text.default(''),
  kind: VariationKind,
  elements: z
    .array(Id)
    .min(1, 'a variation point names at least one element')
    .describe('The element or group it governs'),
  group: Id.optional().describe('For an alternative: the set of alternatives of which exactly one is kept'),
});
export type VariationPoint = z.infer<typeof VariationPoint>;

/** What a specialisation changes in the elements of a variation point: their lane and type-specific properties. */
export const Specialisation = z.strictObject({
  role: Id.optional(),
  area: Id.optional(),
  properties: z.record(z.string(), z.union([Text, z.number(), z.boolean()])).optional(),
});
export type Specialisation = z.infer<typeof Specialisation>;

/** What choosing an answer does to one variation point. */
export const Decision = z.strictObject({
  variationPoint: Id,
  resolution: z.enum(['keep', 'omit', 'specialise']),
  set: Specialisation.optional().describe('For "specialise": what changes'),
});
export type Decision = z.infer<typeof Decision>;

export const Answer = z.strictObject({
  id: Id,
  text: Name,
  help: Text.default(''),
  decides: z.array(Decision).default([]),
});
export type Answer = z.infer<typeof Answer>;

export const Question = z.strictObject({
  id: Id,
  text: Name,
  help: Text.default('').describe('Why the question matters, in the words of its source'),
  source: Id.optional().describe('The id of an entry in meta.sources'),
  multiple: z.boolean().default(false).describe('Several answers may be chosen'),
  required: z.boolean().default(true).describe('At least one answer must be chosen'),
  answers: z.array(Answer).min(2, 'a question offers at least two answers'),
});
export type Question = z.infer<typeof Question>;

export const AnswerRef = z.strictObject({ question: Id, answer: Id });
export type AnswerRef = z.infer<typeof AnswerRef>;

/** A domain constraint between answers: choosing `answer` excludes `other`, or requires it. */
export const AnswerConstraint = z.strictObject({
  kind: z.enum(['excludes', 'requires']),
  answer: AnswerRef,
  other: AnswerRef,
  reason: Text.default(''),
});
export type AnswerConstraint = z.infer<typeof AnswerConstraint>;

/** Chosen answer ids per question id. */
export const Answers = z.record(Id, z.array(Id));
export type Answers = z.infer<typeof Answers>;

/**
 * The variation points of a model and the questionnaire that configures them; in a configured model also
 * the answers it was configured with.
 */
export const Configuration = z
  .strictObject({
    variationPoints: z.array(VariationPoint).default([]),
    questions: z.array(Question).default([]),
    constraints: z.array(AnswerConstraint).default([]),
    answers: Answers.optional().describe('In a configured model: the answers it was configured with'),
  })
  .superRefine((config, ctx) => {
    for (const problem of configurationProblems(config)) ctx.addIssue({ code: 'custom', ...problem });
  });
export type Configuration = z.infer<typeof Configuration>;

type Issue = { path: (string | number)[]; message: string };

/** The questionnaire's own references: unique ids, decisions on known variation points, constraints on known answers. */
export function configurationProblems(config: z.input<typeof Configuration>): Issue[] {
  const issues: Issue[] = [];
  const points = new Map<string, { kind: VariationKind }>();
  (config.variationPoints ?? []).forEach((vp, i) => {
    if (points.has(vp.id))
      issues.push({ path: ['variationPoints', i, 'id'], message: `the variation point id "${vp.id}" is used twice` });
    points.set(vp.id, vp);
    if (vp.kind === 'alternative' && !vp.group)
      issues.push({
        path: ['variationPoints', i, 'group'],
        message: `the alternative "${vp.name}" names no group of alternatives`,
      });
  });
  const answers = new Map<string, Set<string>>();
  (config.questions ?? []).forEach((q, i) => {
    if (answers.has(q.id))
      issues.push({ path: ['questions', i, 'id'], message: `the question id "${q.id}" is used twice` });
    const ids = new Set<string>();
    answers.set(q.id, ids);
    q.answers.forEach((a, j) => {
      if (ids.has(a.id))
        issues.push({
          path: ['questions', i, 'answers', j, 'id'],
          message: `the answer id "${a.id}" is used twice in "${q.text}"`,
        });
      ids.add(a.id);
      (a.decides ?? []).forEach((d, k) => {
        const at = ['questions', i, 'answers', j, 'decides', k];
        const vp = points.get(d.variationPoint);
        if (!vp)
          issues.push({
            path: [...at, 'variationPoint'],
            message: `the answer "${a.text}" decides the variation point "${d.variationPoint}", which does not exist`,
          });
        else if (vp.kind === 'mandatory' && d.resolution === 'omit')
          issues.push({
            path: [...at, 'resolution'],
            message: `the answer "${a.text}" omits the mandatory variation point "${d.variationPoint}"`,
          });
        if (d.resolution === 'specialise' && !d.set)
          issues.push({
            path: [...at, 'set'],
            message: `the answer "${a.text}" specialises without saying what changes`,
          });
      });
    });
  });
  const known = (ref: AnswerRef) => answers.get(ref.question)?.has(ref.answer) ?? false;
  (config.constraints ?? []).forEach((c, i) => {
    for (const end of ['answer', 'other'] as const)
      if (!known(c[end]))
        issues.push({
          path: ['constraints', i, end],
          message: `the constraint names the answer "${c[end].question}/${c[end].answer}", which does not exist`,
        });
  });
  return issues;
}
