import type { ChecklistRef, EvaluationPerspective, EvaluationRecord, Scale } from '../model/evaluation-record.ts';
import type { RefDocument } from '../model/schema.ts';
import type { Checklist, Criterion } from './checklist-schema.ts';
import { contentHash } from './content-hash.ts';

/** The checklists that apply to a set of perspectives: common items ('all') and each perspective's own. */
export function checklistsFor(
  perspectives: readonly EvaluationPerspective[],
  available: readonly Checklist[],
): Checklist[] {
  return available.filter((c) => c.perspective === 'all' || perspectives.includes(c.perspective));
}

/** The criteria that count towards one perspective: common items first, then the perspective's own. */
export function criteriaOf(checklists: readonly Checklist[], perspective: EvaluationPerspective): Criterion[] {
  return unique(
    checklists.filter((c) => c.perspective === 'all' || c.perspective === perspective).flatMap((c) => c.criteria),
  );
}

/** Every criterion a session scores, once, in checklist order. */
export function sessionCriteria(record: EvaluationRecord, checklists: readonly Checklist[]): Criterion[] {
  return unique(checklistsFor(record.perspectives, checklists).flatMap((c) => c.criteria));
}

export interface NewEvaluation {
  id: string;
  title: string;
  perspectives: EvaluationPerspective[];
  evaluator: { name: string; role?: string };
  /** ISO date, e.g. 2026-03-14. */
  date: string;
  scale?: Scale;
}

/** A new, unscored session on the current model, with the checklists (and their versions) that apply to its perspectives. */
export function newEvaluation(
  doc: RefDocument,
  init: NewEvaluation,
  available: readonly Checklist[],
): EvaluationRecord {
  return {
    id: init.id,
    title: init.title,
    perspectives: init.perspectives,
    evaluator: { name: init.evaluator.name, role: init.evaluator.role ?? '' },
    date: init.date,
    modelHash: contentHash(doc),
    checklists: checklistsFor(init.perspectives, available).map((c) => ({ id: c.id, version: c.version })),
    scale: init.scale ?? '0-2',
    weights: {},
    scores: {},
    summary: '',
  };
}

export interface ResolvedChecklists {
  /** The recorded checklists that are available, in recorded order. */
  checklists: Checklist[];
  /** Recorded checklists that are not available at all. */
  missing: ChecklistRef[];
  /** Recorded checklists available only in another version: scores still count, but criteria may have changed. */
  changed: { id: string; recorded: string; available: string }[];
}

/** Finds the checklists a session recorded among the available ones. */
export function resolveChecklists(record: EvaluationRecord, available: readonly Checklist[]): ResolvedChecklists {
  const result: ResolvedChecklists = { checklists: [], missing: [], changed: [] };
  for (const ref of record.checklists) {
    const found = available.find((c) => c.id === ref.id);
    if (!found) result.missing.push(ref);
    else {
      result.checklists.push(found);
      if (found.version !== ref.version)
        result.changed.push({ id: ref.id, recorded: ref.version, available: found.version });
    }
  }
  return result;
}

/** Whether the model still says what it said when the session evaluated it (same content hash). */
export function isCurrent(record: EvaluationRecord, doc: RefDocument): boolean {
  return record.modelHash === contentHash(doc);
}

function unique(criteria: Criterion[]): Criterion[] {
  const seen = new Set<string>();
  return criteria.filter((c) => !seen.has(c.id) && seen.add(c.id));
}
