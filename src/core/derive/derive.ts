import type { DerivationLink, ReferenceStamp } from '../model/derivation.ts';
import { modelHash } from '../model/hash.ts';
import type { RefDocument } from '../model/schema.ts';

export interface DeriveOptions {
  /** The new model's id (meta.id). */
  readonly id: string;
  readonly name: string;
  /** When the model is derived; defaults to now. */
  readonly at?: string;
}

/**
 * Starts a company-specific model from a reference model: a copy whose every element is linked to its
 * reference element as 'adopted', stamped with the reference's id, name, version and content hash.
 * Evaluations stay with the reference; the derived model starts at version 0.1.0.
 */
export function deriveModel(reference: RefDocument, options: DeriveOptions): RefDocument {
  const at = options.at ?? new Date().toISOString();
  const copy = structuredClone({ ...reference, evaluations: [], derivation: undefined });
  const links: Record<string, DerivationLink> = {};
  for (const element of reference.elements)
    links[element.id] = { derivedFrom: element.id, adaptation: 'adopted', explicit: false, note: '' };
  return {
    ...copy,
    meta: { ...copy.meta, id: options.id, name: options.name, version: '0.1.0', created: at, modified: at },
    derivation: { reference: referenceStamp(reference, at), links },
  };
}

/** Identifies the state of a reference model a derived model follows. */
export function referenceStamp(reference: RefDocument, at: string): ReferenceStamp {
  return {
    id: reference.meta.id,
    name: reference.meta.name,
    version: reference.meta.version,
    hash: modelHash(reference),
    derivedAt: at,
  };
}
