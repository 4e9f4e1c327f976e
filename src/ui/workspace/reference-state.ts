import { modelHash } from '../../core/model/hash.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { storedWorkspace } from './session.ts';

/** The reference model of a derived model as stored in this browser: now, and in the state the model was derived from; else why not. */
export type ReferenceState =
  | { readonly found: false; readonly missing: 'not-derived' | 'no-storage' | 'not-stored' }
  | {
      readonly found: true;
      readonly latest: RefDocument;
      readonly derivedFrom: RefDocument | null;
      readonly changed: boolean;
    };

/** Finds the reference model and the state stamped in the derivation (kept as a version when the model was derived). */
export async function referenceState(derived: RefDocument): Promise<ReferenceState> {
  const stamp = derived.derivation?.reference;
  const workspace = storedWorkspace();
  if (!stamp) return { found: false, missing: 'not-derived' };
  if (!workspace) return { found: false, missing: 'no-storage' };
  const loaded = await workspace.loadModel(stamp.id);
  if (!loaded?.ok) return { found: false, missing: 'not-stored' };
  const latest = loaded.model.document;
  const changed = modelHash(latest) !== stamp.hash;
  const derivedFrom = changed ? ((await workspace.findVersionByHash(stamp.id, stamp.hash))?.document ?? null) : latest;
  return { found: true, latest, derivedFrom, changed };
}

/** Keeps the reference model's present state as a version, so a derived model stamped with it can find it again. */
export async function keepReferenceState(reference: RefDocument, why: string): Promise<void> {
  const workspace = storedWorkspace();
  if (!workspace) return;
  if (await workspace.findVersionByHash(reference.meta.id, modelHash(reference))) return;
  await workspace.createVersion(reference.meta.id, { name: why, document: reference });
}
