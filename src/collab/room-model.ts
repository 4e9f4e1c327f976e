import type * as Y from 'yjs';
import { importValue, type ImportResult } from '../core/io/json.ts';
import type { Metamodel } from '../core/metamodel/metamodel.ts';
import type { RefDocument } from '../core/model/schema.ts';
import { repairConflicts } from './repair.ts';
import { readRoom, readTombstones } from './shared-model.ts';

/**
 * The model a room holds, for someone joining: read whole, repaired like every client repairs a conflict
 * (an item deleted while someone changed it stays deleted, relations to a deleted element are left out), then checked by the file reader.
 */
export function modelOfRoom(ydoc: Y.Doc, metamodel: Metamodel): ImportResult {
  const raw = readRoom(ydoc);
  return importValue(repairConflicts(raw as unknown as RefDocument, readTombstones(ydoc)).document, metamodel);
}
