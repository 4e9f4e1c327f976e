import type * as Y from 'yjs';
import { importValue, type ImportResult } from '../core/io/json.ts';
import type { Metamodel } from '../core/metamodel/metamodel.ts';
import type { RefDocument } from '../core/model/schema.ts';
import { repairDangling } from './repair.ts';
import { readRoom } from './shared-model.ts';

/**
 * The model a room holds, for someone joining: read whole, repaired like every client repairs a conflict
 * (relations to an element deleted at the same time are left out), then checked by the file reader.
 */
export function modelOfRoom(ydoc: Y.Doc, metamodel: Metamodel): ImportResult {
  const raw = readRoom(ydoc);
  return importValue(repairDangling(raw as unknown as RefDocument).document, metamodel);
}
