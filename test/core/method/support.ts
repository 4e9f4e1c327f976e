import { newModel } from '../../../src/core/method/new-model.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import type { Severity } from '../../../src/core/model/primitives.ts';

export const AT = '2026-03-01T09:00:00.000Z';

/** A fresh model on the given method, created at a fixed time. */
export function model(methodId = 'crm-bpo-construction'): RefDocument {
  const made = newModel({ name: 'Test model', methodId, now: AT });
  if (!made.ok) throw new Error(made.message);
  return made.document;
}

/** A hand-made finding, as the validation engine would report it. */
export function finding(rule: string, severity: Severity, message = `${rule} (${severity})`) {
  return { rule, severity, message, elements: [] as string[] };
}
