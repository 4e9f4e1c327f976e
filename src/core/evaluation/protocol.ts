import type { CriterionScore, EvaluationPerspective, EvaluationRecord } from '../model/evaluation-record.ts';
import type { RefDocument } from '../model/schema.ts';
import { agreementOf, defaultChoice, type Agreement, type AgreementChoice } from './agreement.ts';
import type { Checklist, Criterion, GomPrinciple, MatookIndulskaModel } from './checklist-schema.ts';
import { contentHash } from './content-hash.ts';
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
  /** Agreement for each chosen perspective, with the choices it was computed on (or why they were refused). */
  agreement: Agreement[];
}

/**
 * Computes the evaluation protocol of a document's stored sessions against the available checklists.
 * `choices` are the researcher's agreement choices per perspective; where none is given, Refmod's proposal.
 */
export function evaluationProtocol(
  doc: RefDocument,
  available: readonly Checklist[],
  matook: MatookIndulskaModel,
  choices: Partial<Record<EvaluationPerspective, AgreementChoice>> = {},
): Protocol {
  const hash = contentHash(doc);
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
  const chosen = perspectives.map((p) => choices[p] ?? defaultChoice(doc.evaluations, p, hash));
  return {
    model: { name: doc.meta.name, version: doc.meta.version, hash },
    sessions,
    agreement: chosen.map((choice) => agreementOf(doc.evaluations, available, choice)),
  };
}
