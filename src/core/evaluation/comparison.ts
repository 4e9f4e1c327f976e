import type { EvaluationPerspective, EvaluationRecord } from '../model/evaluation-record.ts';
import type { Checklist, GomPrinciple } from './checklist-schema.ts';
import { normalise, perspectiveScores, principleScores } from './scoring.ts';
import { sessionCriteria } from './session.ts';

/** Normalised values before and after, and after − before (null when either side is missing). */
export interface Delta {
  before: number | null;
  after: number | null;
  delta: number | null;
}

export interface Comparison {
  criteria: ({ id: string; title: string } & Delta)[];
  perspectives: ({ perspective: EvaluationPerspective } & Delta)[];
  principles: ({ principle: GomPrinciple } & Delta)[];
  /** The two sessions evaluated different model versions (expected before and after a revision). */
  modelChanged: boolean;
}

/** Compares two sessions, e.g. before and after a revision of the model: per criterion, per perspective and per GoM principle. */
export function compareEvaluations(
  before: EvaluationRecord,
  after: EvaluationRecord,
  checklists: readonly Checklist[],
): Comparison {
  const criteria = [...sessionCriteria(before, checklists), ...sessionCriteria(after, checklists)].filter(
    (c, i, all) => all.findIndex((o) => o.id === c.id) === i,
  );
  const perspectives = [...new Set([...before.perspectives, ...after.perspectives])];
  const perspectiveScore = (record: EvaluationRecord, p: EvaluationPerspective) =>
    perspectiveScores(record, checklists).find((s) => s.perspective === p)?.aggregate.score ?? null;
  const principlesBefore = principleScores(before, checklists);
  const principlesAfter = principleScores(after, checklists);
  return {
    criteria: criteria.map((c) => ({
      id: c.id,
      title: c.title,
      ...delta(normalise(before.scores[c.id]?.score, before.scale), normalise(after.scores[c.id]?.score, after.scale)),
    })),
    perspectives: perspectives.map((p) => ({
      perspective: p,
      ...delta(perspectiveScore(before, p), perspectiveScore(after, p)),
    })),
    principles: principlesBefore.map((b, i) => ({
      principle: b.principle,
      ...delta(b.aggregate.score, principlesAfter[i]!.aggregate.score),
    })),
    modelChanged: before.modelHash !== after.modelHash,
  };
}

function delta(before: number | null, after: number | null): Delta {
  return { before, after, delta: before === null || after === null ? null : after - before };
}
