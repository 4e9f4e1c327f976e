import type { Metamodel } from '../metamodel/metamodel.ts';
import { integrityProblems } from '../model/integrity.ts';
import type { RefDocument } from '../model/schema.ts';
import type { ImportResult } from './json.ts';
import { parseUntrustedJson } from './safe-json.ts';

/**
 * Reads the model that ships with the workbench: the build's own data, in the current format, which the tests hold
 * equal to what the schema makes of it (test/core/io/shipped.test.ts). So a first visit's first screen does not wait
 * on a schema pass (0.1–0.3 s on a busy machine); references are still checked, and every save passes the schema.
 */
export function readShippedDocument(text: string, metamodel: Metamodel): ImportResult {
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return { ...parsed, stage: 'file' };
  const document = parsed.value as RefDocument;
  const problems = integrityProblems(document, metamodel);
  if (problems.length) return { ok: false, stage: 'integrity', errors: problems };
  return { ok: true, document, migratedFrom: null };
}
