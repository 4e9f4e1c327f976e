import type { Metamodel } from '../metamodel/metamodel.ts';
import { integrityProblems } from '../model/integrity.ts';
import { migrate } from '../model/migrations.ts';
import type { Problem } from '../model/problems.ts';
import { issueProblem } from '../model/problems.ts';
import { RefDocument } from '../model/schema.ts';
import { parseUntrustedJson } from './safe-json.ts';
import { sayProblem } from '../i18n/say.ts';

export type ImportResult =
  | { ok: true; document: RefDocument; migratedFrom: number | null }
  | { ok: false; stage: ImportStage; errors: Problem[] };

/** Where reading stopped: the file itself, its shape (schema, version), or its references (integrity). */
export type ImportStage = 'file' | 'schema' | 'integrity';

/**
 * Reads a model file: parse, migrate, validate against the schema, check referential integrity.
 * Returns every problem with its JSON path; never throws and never returns half a model.
 */
export function importDocument(text: string, metamodel: Metamodel): ImportResult {
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return { ...parsed, stage: 'file' };
  return importValue(parsed.value, metamodel);
}

/** Like importDocument, for a value already parsed from JSON (e.g. embedded in an image or a workspace file). */
export function importValue(value: unknown, metamodel: Metamodel): ImportResult {
  try {
    const migrated = migrate(value);
    if (!migrated.ok) return { ...migrated, stage: 'schema' };
    const result = RefDocument.safeParse(migrated.document, { reportInput: true });
    if (!result.success) return { ok: false, stage: 'schema', errors: result.error.issues.map(issueProblem) };
    const problems = integrityProblems(result.data, metamodel);
    if (problems.length) return { ok: false, stage: 'integrity', errors: problems };
    return {
      ok: true,
      document: result.data,
      migratedFrom: migrated.from === result.data.formatVersion ? null : migrated.from,
    };
  } catch (error) {
    // Defensive: a bug in a migration must still reach the user as a message.
    return {
      ok: false,
      stage: 'schema',
      errors: [
        sayProblem('(document)', 'model.unreadable', { error: error instanceof Error ? error.message : String(error) }),
      ],
    };
  }
}

/** Writes a document as canonical JSON: schema key order, sorted map keys, two-space indent, final newline. */
export function exportDocument(doc: RefDocument): string {
  return JSON.stringify(canonical(withoutStalePositions(RefDocument.parse(doc))), null, 2) + '\n';
}

/** Positions are layout data of existing elements; after an undo a view may still hold one for an element that is gone. */
function withoutStalePositions(doc: RefDocument): RefDocument {
  const ids = new Set(doc.elements.map((e) => e.id));
  const views = doc.views.map((v) => ({
    ...v,
    positions: Object.fromEntries(Object.entries(v.positions).filter(([id]) => ids.has(id))),
  }));
  return { ...doc, views };
}

const RECORD_KEYS = new Set(['properties', 'positions', 'steps', 'overrides']);

function canonical(value: unknown, sortKeys = false): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, sortKeys));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    entries.map(([k, v]) => [k, canonical(v, sortKeys || RECORD_KEYS.has(k) || k === 'evaluations')]),
  );
}
