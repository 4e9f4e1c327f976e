import type { RefDocument } from '../core/model/schema.ts';

/** A model as the workspace stores it: the document plus where the user was working. */
export interface ModelRecord {
  readonly id: string;
  readonly name: string;
  readonly document: RefDocument;
  readonly currentStep: string | null;
  readonly currentView: string | null;
  readonly updatedAt: string;
}

/** What a save takes; the id and name come from the document's meta. Left out, step and view keep their stored values. */
export interface SaveInput {
  readonly document: RefDocument;
  readonly currentStep?: string | null;
  readonly currentView?: string | null;
}

export interface ModelSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  readonly elements: number;
  /** The reference model's name when the model is derived from one. */
  readonly derivedFrom: string | null;
}

/** A saved state of a model: named by a person, or taken automatically (and pruned) by the autosaver. */
export interface VersionRecord {
  readonly modelId: string;
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly automatic: boolean;
  /** modelHash() of the document, to find the state a derived model was derived from. */
  readonly hash: string;
  readonly document: RefDocument;
}

export type VersionSummary = Omit<VersionRecord, 'document'>;

/** A deleted model with its versions, restorable until purged. */
export interface TrashRecord {
  readonly id: string;
  readonly name: string;
  readonly deletedAt: string;
  readonly model: ModelRecord;
  readonly versions: readonly VersionRecord[];
}

export type TrashSummary = Pick<TrashRecord, 'id' | 'name' | 'deletedAt'> & { readonly versions: number };

/** Per-browser settings; extend this interface to store more. */
export interface WorkspaceSettings {
  lastOpenedModel: string | null;
  seenTour: boolean;
}

export function summarise(record: ModelRecord): ModelSummary {
  const doc = record.document as Partial<RefDocument>;
  return {
    id: record.id,
    name: record.name,
    updatedAt: record.updatedAt,
    elements: doc.elements?.length ?? 0,
    derivedFrom: doc.derivation?.reference.name ?? null,
  };
}
