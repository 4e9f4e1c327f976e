import * as z from 'zod';
import { Id } from '../model/primitives.ts';

/** The six Guidelines of Modeling principles (Becker, Rosemann, Schütte 1995; domain §4.1): the axes of per-principle scores. */
export const GomPrinciple = z.enum([
  'correctness',
  'relevance',
  'economic-efficiency',
  'clarity',
  'comparability',
  'systematic-design',
]);

/** An element type id, or "category:<id>" for every type of a metamodel category. */
const TypeSelector = z.string().regex(/^(category:)?[A-Za-z][A-Za-z0-9_.-]*$/);

/** Automatic pre-assessment queries and their parameters (see queries.ts). */
export const QueryCheck = z.discriminatedUnion('query', [
  z.strictObject({
    query: z.literal('copc-process-measured'),
    params: z.strictObject({
      copcId: z.union([Id, z.array(Id).min(1)]).describe('COPC key process id(s), e.g. K8'),
      categories: z.array(z.string().min(1)).describe('Required metric categories; empty: any measure'),
      min: z.number().int().min(1).default(1).describe('Measures needed per category'),
    }),
  }),
  z.strictObject({
    query: z.literal('knowledge-loop'),
    params: z.strictObject({ roles: z.array(Id).length(2).default(['client', 'provider']) }).prefault({}),
  }),
  z.strictObject({
    query: z.literal('role-separation'),
    params: z.strictObject({ roles: z.array(Id).min(2).default(['client', 'provider']) }).prefault({}),
  }),
  z.strictObject({
    query: z.literal('channels-covered'),
    params: z.strictObject({
      channels: z.array(z.string().min(1)).min(1),
      synchronisedBy: TypeSelector.optional().describe(
        'A type that synchronises the channels, e.g. cross-functional-process',
      ),
    }),
  }),
  z.strictObject({
    query: z.literal('customer-phases-covered'),
    params: z
      .strictObject({
        phases: z
          .array(z.string().min(1))
          .min(1)
          .default(['need articulation', 'evaluation', 'buying', 'using', 'after-sales']),
      })
      .prefault({}),
  }),
  z.strictObject({
    query: z.literal('element-type-present'),
    params: z.strictObject({ types: z.array(TypeSelector).min(1) }),
  }),
  z.strictObject({
    query: z.literal('property-set'),
    params: z.strictObject({ type: TypeSelector, key: z.string().min(1) }),
  }),
  z.strictObject({
    query: z.literal('relation-coverage'),
    params: z.strictObject({
      relation: Id,
      direction: z.enum(['out', 'in']).describe('out: subject → other; in: other → subject'),
      subjects: z.array(TypeSelector).min(1).describe('The elements whose share is measured'),
      others: z.array(TypeSelector).min(1),
      roles: z.array(Id).optional().describe('Only subjects in these roles'),
    }),
  }),
]);

/** A check answered by validation findings: no finding of these rules means the criterion is met. */
export const RuleCheck = z.strictObject({ rule: z.union([Id, z.array(Id).min(1)]) });

export const AutoCheck = z.union([RuleCheck, QueryCheck]);

export const BasisTag = z.strictObject({
  source: Id.describe('An id of models/checklists/sources.json, e.g. GoM, COPC, eSCM-CL'),
  ref: z.string().max(200).default('').describe('Where in the source: a principle, a perspective, metric numbers'),
});

export const Criterion = z.strictObject({
  id: Id.describe('e.g. C0.1, CL.4'),
  title: z.string().min(1).max(80).describe('A short label for tables and radar axes'),
  question: z.string().min(1).max(1000).describe('The question as the evaluator reads it'),
  guidance: z.string().max(4000).default('').describe('What full, partial and absent look like'),
  principle: GomPrinciple.describe('The GoM principle this criterion counts towards'),
  group: z.string().min(1).max(60).describe('A criterion group: an axis of the grouped radar'),
  basis: z.array(BasisTag).min(1),
  weight: z.number().min(0).max(100).default(1),
  auto: AutoCheck.optional(),
});

/** A checklist file: the criteria of one perspective ('all' = common items that apply in every view). */
export const Checklist = z.strictObject({
  id: Id,
  version: z.string().min(1).max(50),
  title: z.string().min(1).max(200),
  perspective: z.enum(['all', 'client', 'customer', 'internal']),
  description: z.string().max(4000).default(''),
  criteria: z.array(Criterion).min(1),
});

/** The citations behind basis tags (models/checklists/sources.json). */
export const ChecklistSources = z.array(
  z.strictObject({
    id: Id,
    label: z.string().min(1).max(200),
    citation: z.string().min(1).max(1000),
    section: z.string().max(200).default(''),
  }),
);

const Correlation = z.union([z.literal(0), z.literal(1), z.literal(3), z.literal(9)]);

/** Matook & Indulska (2009): RM characteristics, development phases with their activity checklist, and a default QFD correlation matrix. */
export const MatookIndulskaModel = z.strictObject({
  id: Id,
  version: z.string().min(1),
  title: z.string().min(1),
  citation: z.string().min(1),
  characteristics: z.array(z.strictObject({ id: Id, label: z.string().min(1), meaning: z.string().min(1) })).min(1),
  interactions: z.array(z.strictObject({ from: Id, to: Id, effect: z.enum(['positive', 'negative']) })).default([]),
  importanceScale: z.strictObject({ min: z.number(), max: z.number() }),
  phases: z
    .array(
      z.strictObject({
        id: Id,
        number: z.number().int().min(1),
        label: z.string().min(1),
        activities: z.array(z.strictObject({ id: z.string().regex(/^\d+\.\d+$/), text: z.string().min(1) })).min(1),
      }),
    )
    .min(1),
  defaultCorrelation: z.record(Id, z.record(Id, Correlation)).describe('Phase → characteristic → 0/1/3/9'),
  correlationNote: z.string().default(''),
});

export type GomPrinciple = z.infer<typeof GomPrinciple>;
export type QueryCheck = z.infer<typeof QueryCheck>;
export type RuleCheck = z.infer<typeof RuleCheck>;
export type AutoCheck = z.infer<typeof AutoCheck>;
export type Criterion = z.infer<typeof Criterion>;
export type Checklist = z.infer<typeof Checklist>;
export type ChecklistSources = z.infer<typeof ChecklistSources>;
export type MatookIndulskaModel = z.infer<typeof MatookIndulskaModel>;
