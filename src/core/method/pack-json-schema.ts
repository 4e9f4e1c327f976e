import * as z from 'zod';
import { MethodPack } from './pack.ts';

export const PACK_SCHEMA_ID = 'https://refmod.example/schema/method-pack.schema.json';

/** The published JSON Schema of method packs, generated from the zod schema like the document's. */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(MethodPack, { io: 'input', target: 'draft-2020-12' }),
    $id: PACK_SCHEMA_ID,
    title: 'Refmod method pack',
    description:
      'A metamodel, a construction method, evaluation checklists and a validation profile, or any of them, in one file.',
  };
}
