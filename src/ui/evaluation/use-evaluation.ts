import { useMemo } from 'react';
import { checklistsOf } from '../../core/evaluation/checklists.ts';
import type { Checklist, Criterion } from '../../core/evaluation/checklist-schema.ts';
import { resolveChecklists, sessionCriteria } from '../../core/evaluation/session.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { contentHash } from '../../core/evaluation/content-hash.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { Edit } from '../../core/commands/history.ts';
import { useDocument } from '../workbench-context.ts';
import { formatDate, formatNumber } from '../i18n/messages.ts';
import type { Label } from '../../core/commands/label.ts';

let cached: { parts: readonly unknown[]; hash: string } | null = null;

// immer keeps the hashed parts identical while only scores, the name or the method log change.
function hashParts(doc: RefDocument): unknown[] {
  const { structuralGoals, macroStructure, designGoals, elements, relations, views } = doc;
  return [structuralGoals, macroStructure, designGoals, elements, relations, views];
}

/** The content hash of a document, recomputed only when its content changed, not when a score did (hashing takes ~30 ms). */
export function currentModelHash(doc: RefDocument): string {
  const parts = hashParts(doc);
  if (cached && cached.parts.length === parts.length && cached.parts.every((p, i) => p === parts[i]))
    return cached.hash;
  cached = { parts, hash: contentHash(doc) };
  return cached.hash;
}

export const useModelHash = (): string => currentModelHash(useDocument());

/** The checklists a session recorded, as available now, and the criteria it scores (the protocol's reading too). */
export function criteriaFor(
  record: EvaluationRecord,
  available: readonly Checklist[],
): { checklists: Checklist[]; criteria: Criterion[] } {
  const checklists = resolveChecklists(record, available).checklists;
  return { checklists, criteria: sessionCriteria(record, checklists) };
}

/** The checklists the open model is evaluated with: its method pack's, else the shipped ones. */
export const useAvailableChecklists = (): readonly Checklist[] => {
  const pack = useDocument().pack;
  return useMemo(() => checklistsOf({ pack }), [pack]);
};

export const useSessionCriteria = (record: EvaluationRecord) => {
  const available = useAvailableChecklists();
  return useMemo(() => criteriaFor(record, available), [record, available]);
};

/** An edit under a name that says what the user did, for the undo button. */
export const relabel = (edit: Edit, label: Label): Edit => ({ ...edit, label });

/** How many of a session's criteria carry an answer (a score or N/A). */
export function answeredCount(record: EvaluationRecord, criteria: readonly Criterion[]): number {
  return criteria.filter((c) => (record.scores[c.id]?.score ?? null) !== null).length;
}

/** A figure to two decimals, without trailing zeros (117, 0.18), in the active language's format. */
export const round = (v: number) => formatNumber(v, { maximumFractionDigits: 2 });

/** A figure with exactly `digits` decimals in the active language's format (0.50, 0,50); "–" for none. */
export function fixed(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined
    ? '–'
    : formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A share shown with two decimals, as the Markdown and CSV reports write it, in the active language's format. */
export const share = (value: number | null | undefined): string => fixed(value, 2);

/** A session's ISO date (YYYY-MM-DD) as the active language writes dates; the stored value stays ISO. */
export const day = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' }) : iso;

/** Today as an ISO date in the evaluator's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
