import {
  SCALE_BOUNDS,
  type CriterionScoreValue,
  type EvaluationPerspective,
  type EvaluationRecord,
  type Scale,
} from '../model/evaluation-record.ts';
import { GomPrinciple, type Checklist, type Criterion } from './checklist-schema.ts';
import { PRINCIPLE_NAMES } from '../i18n/principles.ts';
import { criteriaOf, sessionCriteria } from './session.ts';

/** Labels of the scale points, lowest first. */
export const SCALE_LABELS: Record<Scale, readonly string[]> = {
  '0-2': ['absent', 'partial', 'full'],
  '1-5': ['very poor', 'poor', 'fair', 'good', 'very good'],
};

// The English names, where the words are kept in every language.
export const PRINCIPLE_LABELS: Record<GomPrinciple, string> = PRINCIPLE_NAMES.en;

export const PERSPECTIVE_LABELS: Record<EvaluationPerspective, string> = {
  client: 'Client',
  customer: 'Customer',
  internal: 'Internal',
};

/** A score as a share of its scale (0..1); null for N/A and unscored. */
export function normalise(value: CriterionScoreValue | undefined, scale: Scale): number | null {
  if (typeof value !== 'number') return null;
  const { min, max } = SCALE_BOUNDS[scale];
  return (value - min) / (max - min);
}

/** The scale point nearest to a fulfilment share (0..1): how an automatic proposal becomes a score. */
export function scoreFromFulfilment(fulfilment: number, scale: Scale): number {
  const { min, max } = SCALE_BOUNDS[scale];
  return min + Math.round(Math.min(1, Math.max(0, fulfilment)) * (max - min));
}

/** A weighted mean of normalised scores. N/A and unscored criteria are left out of the weights. */
export interface Aggregate {
  /** 0..1, or null when nothing with a weight is scored. */
  score: number | null;
  scored: number;
  na: number;
  unscored: number;
  /** Sum of the weights of the scored criteria. */
  weight: number;
}

/** The weight a session gives a criterion: its override, else the checklist default. */
export function weightOf(record: EvaluationRecord, criterion: Criterion): number {
  return record.weights[criterion.id] ?? criterion.weight;
}

/** Aggregates a session's scores over some criteria. */
export function aggregate(record: EvaluationRecord, criteria: readonly Criterion[]): Aggregate {
  const result: Aggregate = { score: null, scored: 0, na: 0, unscored: 0, weight: 0 };
  let sum = 0;
  for (const criterion of criteria) {
    const value = record.scores[criterion.id]?.score ?? null;
    if (value === 'na') result.na++;
    else if (value === null) result.unscored++;
    else {
      result.scored++;
      const weight = weightOf(record, criterion);
      result.weight += weight;
      sum += weight * normalise(value, record.scale)!;
    }
  }
  result.score = result.weight > 0 ? sum / result.weight : null;
  return result;
}

/** The weighted score of each of the session's perspectives (common items count in every perspective). */
export function perspectiveScores(
  record: EvaluationRecord,
  checklists: readonly Checklist[],
): { perspective: EvaluationPerspective; aggregate: Aggregate }[] {
  return record.perspectives.map((perspective) => ({
    perspective,
    aggregate: aggregate(record, criteriaOf(checklists, perspective)),
  }));
}

/** The weighted score per GoM principle, over one perspective's criteria or (without one) over all the session's criteria. */
export function principleScores(
  record: EvaluationRecord,
  checklists: readonly Checklist[],
  perspective?: EvaluationPerspective,
): { principle: GomPrinciple; aggregate: Aggregate }[] {
  const criteria = perspective ? criteriaOf(checklists, perspective) : sessionCriteria(record, checklists);
  return GomPrinciple.options.map((principle) => ({
    principle,
    aggregate: aggregate(
      record,
      criteria.filter((c) => c.principle === principle),
    ),
  }));
}

export interface RadarPoint {
  id: string;
  label: string;
  /** 0..1, or null when nothing on this axis is scored. */
  value: number | null;
  scored: number;
}

/** Radar axes for one perspective of a session: the six GoM principles (always all six), or the criterion groups in checklist order. */
export function radarData(
  record: EvaluationRecord,
  checklists: readonly Checklist[],
  perspective: EvaluationPerspective,
  axis: 'principle' | 'group',
): RadarPoint[] {
  const criteria = criteriaOf(checklists, perspective);
  if (axis === 'principle') {
    return principleScores(record, checklists, perspective).map(({ principle, aggregate: a }) => ({
      id: principle,
      label: PRINCIPLE_LABELS[principle],
      value: a.score,
      scored: a.scored,
    }));
  }
  const groups = [...new Set(criteria.map((c) => c.group))];
  return groups.map((group) => {
    const a = aggregate(
      record,
      criteria.filter((c) => c.group === group),
    );
    return { id: group, label: group, value: a.score, scored: a.scored };
  });
}

export interface HeatMap {
  criteria: { id: string; title: string }[];
  evaluations: { id: string; evaluator: string; title: string }[];
  /** cells[criterion][evaluation]: the normalised score, 'na', or null (unscored). */
  cells: (number | 'na' | null)[][];
}

/** Criteria × evaluators for one perspective, over the sessions that take it. */
export function heatMap(
  records: readonly EvaluationRecord[],
  checklists: readonly Checklist[],
  perspective: EvaluationPerspective,
): HeatMap {
  const sessions = records.filter((r) => r.perspectives.includes(perspective));
  const criteria = criteriaOf(checklists, perspective);
  return {
    criteria: criteria.map((c) => ({ id: c.id, title: c.title })),
    evaluations: sessions.map((r) => ({ id: r.id, evaluator: r.evaluator.name, title: r.title })),
    cells: criteria.map((c) =>
      sessions.map((r) => {
        const value = r.scores[c.id]?.score ?? null;
        return value === 'na' ? 'na' : normalise(value, r.scale);
      }),
    ),
  };
}
