import type { QfdRecord } from '../model/evaluation-record.ts';
import type { MatookIndulskaModel } from './checklist-schema.ts';

/** Inputs of the Matook & Indulska (2009) House of Quality. */
export interface QfdInput {
  /** The importance scale of the study (Matook & Indulska's case used 1-7). */
  scale: { min: number; max: number };
  /** Characteristic id → importance rated by users on the scale; means such as 6.5 are allowed. */
  importance: Record<string, number>;
  /** Phase id → characteristic id → 0, 1, 3 or 9 (none, weak, medium, strong). */
  correlation: Record<string, Record<string, number>>;
  /** Phase id → share of the phase's activities performed (0..1). */
  fulfilment: Record<string, number>;
  /** Phase id → the activities ticked and how many the phase has, where fulfilment was given as ticks. */
  ticked?: Record<string, { done: number; of: number }>;
}

export interface QfdPhase {
  id: string;
  label: string;
  /** importance × correlation for each characteristic: the terms of the absolute importance. */
  terms: { characteristic: string; importance: number; correlation: number; product: number }[];
  absolute: number;
  relative: number;
  fulfilment: number;
  /** The ticked activities behind the fulfilment, when it was given as ticks. */
  ticked: { done: number; of: number } | null;
  /** fulfilment × relative importance: this phase's share of RMQuality. */
  contribution: number;
}

export type QfdResult =
  | {
      ok: true;
      scale: { min: number; max: number };
      phases: QfdPhase[];
      totalAbsolute: number;
      rmQuality: number;
    }
  | { ok: false; problems: string[] };

/**
 * Matook & Indulska's RMQuality: absolute importance of phase j = Σ_i importance_i × correlation_ji;
 * relative = absolute / Σ absolute; RMQuality = Σ_j fulfilment_j × relative_j (0..1). Every intermediate figure is returned.
 */
export function qfd(model: MatookIndulskaModel, input: QfdInput): QfdResult {
  const problems: string[] = [];
  const { min, max } = input.scale;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max))
    problems.push(`The importance scale runs from a lower to a higher number; it is ${min} to ${max}.`);
  for (const c of model.characteristics) {
    const value = input.importance[c.id];
    if (value === undefined || !Number.isFinite(value) || value < min || value > max)
      problems.push(`Rate the importance of ${c.label} on the scale ${min} to ${max} (means such as 6.5 are allowed).`);
  }
  for (const p of model.phases) {
    const f = input.fulfilment[p.id];
    if (f === undefined || !(f >= 0 && f <= 1))
      problems.push(`Give the fulfilment of phase ${p.number} ${p.label} as a share between 0 and 1.`);
    for (const c of model.characteristics) {
      const r = input.correlation[p.id]?.[c.id];
      if (r === undefined || ![0, 1, 3, 9].includes(r))
        problems.push(`The correlation of phase ${p.number} ${p.label} with ${c.label} must be 0, 1, 3 or 9.`);
    }
  }
  if (problems.length) return { ok: false, problems };
  const partial = model.phases.map((p) => {
    const terms = model.characteristics.map((c) => {
      const importance = input.importance[c.id]!;
      const correlation = input.correlation[p.id]![c.id]!;
      return { characteristic: c.id, importance, correlation, product: importance * correlation };
    });
    return {
      id: p.id,
      label: p.label,
      terms,
      absolute: terms.reduce((s, t) => s + t.product, 0),
      fulfilment: input.fulfilment[p.id]!,
      ticked: input.ticked?.[p.id] ?? null,
    };
  });
  const totalAbsolute = partial.reduce((s, p) => s + p.absolute, 0);
  if (totalAbsolute === 0)
    return {
      ok: false,
      problems: [
        'Every importance × correlation is zero: rate at least one characteristic and correlate it with a phase.',
      ],
    };
  const phases = partial.map((p) => {
    const relative = p.absolute / totalAbsolute;
    return { ...p, relative, contribution: p.fulfilment * relative };
  });
  return {
    ok: true,
    scale: input.scale,
    phases,
    totalAbsolute,
    rmQuality: phases.reduce((s, p) => s + p.contribution, 0),
  };
}

/** Turns a session's stored QFD record into inputs: ticked activities become shares, a missing matrix becomes the default one. */
export function qfdInput(model: MatookIndulskaModel, record: QfdRecord): QfdInput {
  const fulfilment: Record<string, number> = {};
  const ticked: Record<string, { done: number; of: number }> = {};
  for (const phase of model.phases) {
    const entry = record.fulfilment[phase.id];
    if (!entry) continue;
    if ('share' in entry) fulfilment[phase.id] = entry.share;
    else {
      const chosen = new Set(entry.activities);
      const done = phase.activities.filter((a) => chosen.has(a.id)).length;
      ticked[phase.id] = { done, of: phase.activities.length };
      fulfilment[phase.id] = done / phase.activities.length;
    }
  }
  return {
    scale: record.scale ?? model.importanceScale,
    importance: record.importance,
    correlation: record.correlation ?? model.defaultCorrelation,
    fulfilment,
    ticked,
  };
}
