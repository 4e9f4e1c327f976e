import * as z from 'zod';
import { Id, Name, Text } from '../model/primitives.ts';
import { Selector } from '../metamodel/schema.ts';

/** The validation rules a step's gate may name: the shared contract with the validation feature. */
export const GateRule = z.enum([
  'metamodel.properties',
  'metamodel.relation',
  'reference.dangling',
  'naming.duplicate',
  'element.isolated',
  'element.in-no-view',
  'process.no-cell',
  'process.no-responsible',
  'process.no-io',
  'process.no-measure',
  'measure.measures-nothing',
  'goal.defined',
  'goal.testable',
  'goal.perspectives',
  'goal.unserved',
  'element.serves-no-goal',
  'macro.defined',
  'lane.empty',
  'design.naming-rules',
  'naming.rule',
  'view.perspectives',
  'view.too-many-elements',
  'view.empty',
  'view.perspective-empty',
  'object.no-area',
  'copc.required-metrics',
  'element.undecided-optional',
]);

// The document schema embeds method packs, so this file must not import it back: the two enums it needs are
// spelled out here, and a test keeps them equal to the document's.
export const GoalKind = z.enum(['purpose', 'scope', 'users', 'detail', 'convention', 'principle']);
export const ViewPerspectiveId = z.enum(['full', 'client', 'customer', 'internal']);

/** A paragraph of Markdown-light text: **bold**, *italic*, and lines starting with "- " as a list. */
const Paragraph = z.string().trim().min(1).max(4000);

/** What in a document shows that an artifact exists; the engine counts it. */
export const Evidence = z.discriminatedUnion('of', [
  z.strictObject({ of: z.literal('structural-goals'), kind: GoalKind.optional() }),
  z.strictObject({ of: z.literal('areas') }),
  z.strictObject({ of: z.literal('roles') }),
  z.strictObject({ of: z.literal('elements'), select: z.array(Selector).min(1) }),
  z.strictObject({ of: z.literal('relations'), types: z.array(Id).min(1) }),
  z.strictObject({ of: z.literal('goal-links').describe('elements that serve a structural goal') }),
  z.strictObject({ of: z.literal('cited-elements').describe('elements whose provenance names a source') }),
  z.strictObject({ of: z.literal('sources') }),
  z.strictObject({ of: z.literal('naming-rules') }),
  z.strictObject({ of: z.literal('glossary') }),
  z.strictObject({ of: z.literal('views'), perspective: ViewPerspectiveId.optional() }),
  z.strictObject({ of: z.literal('decisions').describe('decisions logged for this step') }),
  z.strictObject({ of: z.literal('evaluations') }),
]);

export const Artifact = z.strictObject({
  id: Id,
  name: Name,
  description: Text.default(''),
  evidence: Evidence,
  minCount: z.number().int().min(1).default(1),
});

/** A literature reference for researchers: which work, and which part of it the step draws on. */
export const Reference = z.strictObject({
  label: Name.describe('Short citation, e.g. "Schütte 1998"'),
  citation: Text.min(1),
  note: Text.default(''),
  url: z.url().optional(),
});

/** The element types (selectors as in the metamodel) and relation types the step's palette offers. */
export const Palette = z.strictObject({
  elements: z.array(Selector).default([]),
  relations: z.array(Id).default([]),
});

export const MethodStep = z.strictObject({
  id: Id,
  phase: Id,
  title: Name,
  purpose: Paragraph,
  guidance: z.array(Paragraph).min(1),
  example: z.array(Paragraph).min(1).describe('A worked example from the CRM-in-BPO model'),
  questions: z.array(z.string().trim().min(1).max(500)).min(3).max(6),
  artifacts: z.array(Artifact).min(1),
  palette: Palette,
  exitCriteria: z.array(GateRule).default([]),
  references: z.array(Reference).min(1),
});

export const Phase = z.strictObject({ id: Id, title: Name, description: Text.default('') });

export const Method = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    id: Id,
    name: Name,
    version: z.string().min(1).max(50),
    description: Paragraph,
    phases: z.array(Phase).min(1),
    steps: z.array(MethodStep).min(1),
  })
  .superRefine((method, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    duplicates(method.phases.map((p) => p.id)).forEach((i) =>
      issue(['phases', i, 'id'], `The phase id "${method.phases[i]!.id}" is used twice.`),
    );
    duplicates(method.steps.map((s) => s.id)).forEach((i) =>
      issue(['steps', i, 'id'], `The step id "${method.steps[i]!.id}" is used twice.`),
    );
    const phaseIndex = new Map(method.phases.map((p, i) => [p.id, i]));
    let lastPhase = 0;
    method.steps.forEach((step, i) => {
      const at = phaseIndex.get(step.phase);
      if (at === undefined)
        return issue(
          ['steps', i, 'phase'],
          `Step "${step.id}" belongs to the phase "${step.phase}", which the method does not list.`,
        );
      // The stepper draws phases as groups, so a phase's steps must be contiguous and in phase order.
      if (at < lastPhase)
        issue(
          ['steps', i, 'phase'],
          `Step "${step.id}" comes after a step of a later phase; list steps phase by phase.`,
        );
      lastPhase = Math.max(lastPhase, at);
      duplicates(step.artifacts.map((a) => a.id)).forEach((j) =>
        issue(
          ['steps', i, 'artifacts', j, 'id'],
          `The artifact id "${step.artifacts[j]!.id}" is used twice in step "${step.id}".`,
        ),
      );
      duplicates(step.exitCriteria).forEach((j) =>
        issue(['steps', i, 'exitCriteria', j], `The rule "${step.exitCriteria[j]!}" is listed twice.`),
      );
    });
    method.phases.forEach((phase, i) => {
      if (!method.steps.some((s) => s.phase === phase.id)) issue(['phases', i], `The phase "${phase.id}" has no step.`);
    });
  });

function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const at: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) at.push(i);
    seen.add(v);
  });
  return at;
}

export type GateRule = z.infer<typeof GateRule>;
export type Evidence = z.infer<typeof Evidence>;
export type Artifact = z.infer<typeof Artifact>;
export type Reference = z.infer<typeof Reference>;
export type MethodStep = z.infer<typeof MethodStep>;
export type Phase = z.infer<typeof Phase>;
export type Method = z.infer<typeof Method>;
