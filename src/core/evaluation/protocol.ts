import type { CriterionScore, EvaluationPerspective, EvaluationRecord } from '../model/evaluation-record.ts';
import type { RefDocument } from '../model/schema.ts';
import { perspectiveAgreement, type Agreement } from './agreement.ts';
import type { Checklist, Criterion, GomPrinciple, MatookIndulskaModel } from './checklist-schema.ts';
import { modelHash } from '../model/hash.ts';
import { qfd, qfdInput, type QfdResult } from './qfd.ts';
import { normalise, perspectiveScores, principleScores, weightOf, type Aggregate } from './scoring.ts';
import { resolveChecklists, sessionCriteria, type ResolvedChecklists } from './session.ts';

export interface ScoredCriterion {
  criterion: Criterion;
  /** Which checklist the criterion comes from. */
  checklist: string;
  weight: number;
  entry: CriterionScore | undefined;
  normalised: number | null;
}

export interface SessionProtocol {
  record: EvaluationRecord;
  resolved: ResolvedChecklists;
  /** The model has not changed since the session (same model hash). */
  current: boolean;
  criteria: ScoredCriterion[];
  perspectives: { perspective: EvaluationPerspective; aggregate: Aggregate }[];
  principles: { principle: GomPrinciple; aggregate: Aggregate }[];
  qfd: QfdResult | null;
}

/** Everything an evaluation protocol shows, computed once: the Markdown and CSV reports and the UI render the same figures. */
export interface Protocol {
  model: { name: string; version: string; hash: string };
  sessions: SessionProtocol[];
  /** Agreement for each perspective that two or more sessions take. */
  agreement: Agreement[];
}

/** Computes the evaluation protocol of a document's stored sessions against the available checklists. */
export function evaluationProtocol(
  doc: RefDocument,
  available: readonly Checklist[],
  matook: MatookIndulskaModel,
): Protocol {
  const hash = modelHash(doc);
  const sessions = doc.evaluations.map((record): SessionProtocol => {
    const resolved = resolveChecklists(record, available);
    const origin = new Map(resolved.checklists.flatMap((c) => c.criteria.map((k) => [k.id, c.id] as const)));
    return {
      record,
      resolved,
      current: record.modelHash === hash,
      criteria: sessionCriteria(record, resolved.checklists).map((criterion) => ({
        criterion,
        checklist: origin.get(criterion.id) ?? '',
        weight: weightOf(record, criterion),
        entry: record.scores[criterion.id],
        normalised: normalise(record.scores[criterion.id]?.score, record.scale),
      })),
      perspectives: perspectiveScores(record, resolved.checklists),
      principles: principleScores(record, resolved.checklists),
      qfd: record.qfd ? qfd(matook, qfdInput(matook, record.qfd)) : null,
    };
  });
  const perspectives = (['client', 'customer', 'internal'] as const).filter(
    (p) => doc.evaluations.filter((r) => r.perspectives.includes(p)).length >= 2,
  );
  return {
    model: { name: doc.meta.name, version: doc.meta.version, hash },
    sessions,
    agreement: perspectives.map((p) => perspectiveAgreement(doc.evaluations, available, p)),
  };
}
