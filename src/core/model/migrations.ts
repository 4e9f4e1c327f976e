import { FORMAT_VERSION } from './schema.ts';
import type { Problem } from './problems.ts';
import { sayProblem } from '../i18n/say.ts';

type Json = Record<string, unknown>;
/** Takes a document of version n (the key) to version n + 1. */
type Migration = (doc: Json) => Json;

/**
 * The chain of migrations. Format 1 is the first published format, so the chain is empty;
 * a format change adds `[n]: (doc) => ...` here and a fixture of version n under test/fixtures.
 */
export const migrations: Record<number, Migration> = {};

const PHASES = ['need articulation', 'evaluation', 'buying', 'using', 'after-sales'];

/**
 * Changes within format 1 that keep older files of the same format valid. A delivery process used to carry one
 * customer-process phase as text ("purchase", "all"); now it lists its phases (Geib et al. 2005: five, "using" included).
 */
export function upgradeWithinFormat(doc: Json): Json {
  if (!Array.isArray(doc.elements)) return doc;
  const phaseList = (phase: string) => (phase === 'all' ? PHASES : [phase === 'purchase' ? 'buying' : phase]);
  let changed = false;
  const elements = doc.elements.map((el: unknown) => {
    const e = el as Json;
    const properties = e?.properties as Json | undefined;
    if (e?.type !== 'delivery-process' || typeof properties?.customerPhase !== 'string') return el;
    changed = true;
    return { ...e, properties: { ...properties, customerPhase: phaseList(properties.customerPhase) } };
  });
  return changed ? { ...doc, elements } : doc;
}

/** Brings a parsed file up to the current format version, or says why it cannot. */
export function migrate(
  raw: unknown,
  chain: Record<number, Migration> = migrations,
  current = FORMAT_VERSION,
): { ok: true; document: Json; from: number } | { ok: false; errors: Problem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      errors: [sayProblem('(document)', 'model.not-an-object')],
    };
  }
  const version = (raw as Json).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      errors: [sayProblem('formatVersion', 'model.no-format-version')],
    };
  }
  if (version > current) {
    return {
      ok: false,
      errors: [sayProblem('formatVersion', 'model.newer-format', { version, current })],
    };
  }
  let doc = raw as Json;
  for (let v = version; v < current; v++) {
    const step = chain[v];
    if (!step)
      return {
        ok: false,
        errors: [{ path: 'formatVersion', message: `No migration from format ${v} to ${v + 1} exists.` }],
      };
    doc = { ...step(doc), formatVersion: v + 1 };
  }
  return { ok: true, document: upgradeWithinFormat(doc), from: version };
}
