import * as z from 'zod';
import { Id, Name, Text } from './primitives.ts';

/** The views a checklist evaluation takes (Client / Customer / Internal, domain §5). */
export const EvaluationPerspective = z.enum(['client', 'customer', 'internal']);

/** Rating scales (domain §5): 0-2 absent/partial/full, or a 1-5 rating. */
export const Scale = z.enum(['0-2', '1-5']);
export const SCALE_BOUNDS: Record<z.infer<typeof Scale>, { min: number; max: number }> = {
  '0-2': { min: 0, max: 2 },
  '1-5': { min: 1, max: 5 },
};

/** A point on the session's scale, 'na' (does not apply, left out of the weights) or null (not scored yet). */
export const CriterionScoreValue = z.union([z.number().int(), z.literal('na'), z.null()]);

export const CriterionScore = z.strictObject({
  score: CriterionScoreValue.default(null),
  note: Text.default('').describe("The evaluator's reasoning"),
  evidence: z.array(Id).default([]).describe('Ids of the model elements the score rests on'),
  fromProposal: z.boolean().default(false).describe('The evaluator confirmed the automatic pre-assessment'),
});

export const ChecklistRef = z.strictObject({ id: Id, version: z.string().min(1).max(50) });

/** Matook & Indulska (2009) QFD inputs of a session; phases and characteristics are ids of models/checklists/matook-indulska-2009.json. */
export const QfdRecord = z.strictObject({
  scale: z
    .strictObject({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
    .optional()
    .describe("The importance scale the study used, e.g. 1-7; absent: the method's own (1-5)"),
  importance: z
    .record(Id, z.number().min(0).max(100))
    .describe('Importance per RM characteristic on the scale, fractional means allowed (e.g. 6.5)'),
  correlation: z
    .record(Id, z.record(Id, z.union([z.literal(0), z.literal(1), z.literal(3), z.literal(9)])))
    .optional()
    .describe('Phase → characteristic → 0/1/3/9; absent: the shipped default matrix'),
  fulfilment: z.record(
    Id,
    z.union([
      z
        .strictObject({ activities: z.array(z.string().regex(/^\d+\.\d+$/)) })
        .describe('Ticked activities of the phase'),
      z.strictObject({ share: z.number().min(0).max(1) }),
    ]),
  ),
});

/** One evaluation session: one evaluator scores the model against checklists from one or more perspectives. */
export const EvaluationRecord = z
  .strictObject({
    id: Id,
    title: Name,
    perspectives: z.array(EvaluationPerspective).min(1),
    evaluator: z.strictObject({ name: Name, role: z.string().max(200).default('') }),
    date: z.iso.date(),
    modelHash: z
      .string()
      .regex(/^[0-9a-f]{16}$/, 'a model hash is 16 hexadecimal digits')
      .describe('modelHash() of the model as evaluated'),
    checklists: z.array(ChecklistRef).default([]),
    scale: Scale.default('0-2'),
    weights: z
      .record(Id, z.number().min(0).max(100))
      .default({})
      .describe('Weights that override the checklist defaults'),
    scores: z.record(Id, CriterionScore).default({}).describe('Criterion id → score'),
    summary: Text.default(''),
    qfd: QfdRecord.optional(),
  })
  .superRefine((record, ctx) => {
    const { min, max } = SCALE_BOUNDS[record.scale];
    for (const [id, entry] of Object.entries(record.scores)) {
      if (typeof entry.score === 'number' && (entry.score < min || entry.score > max)) {
        ctx.addIssue({
          code: 'custom',
          path: ['scores', id, 'score'],
          message: `a score on the ${record.scale} scale lies between ${min} and ${max}`,
        });
      }
    }
    if (new Set(record.perspectives).size !== record.perspectives.length) {
      ctx.addIssue({ code: 'custom', path: ['perspectives'], message: 'each perspective is listed once' });
    }
  });

export type EvaluationRecord = z.infer<typeof EvaluationRecord>;
export type EvaluationPerspective = z.infer<typeof EvaluationPerspective>;
export type Scale = z.infer<typeof Scale>;
export type CriterionScore = z.infer<typeof CriterionScore>;
export type CriterionScoreValue = z.infer<typeof CriterionScoreValue>;
export type ChecklistRef = z.infer<typeof ChecklistRef>;
export type QfdRecord = z.infer<typeof QfdRecord>;
