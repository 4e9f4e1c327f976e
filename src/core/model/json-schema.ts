import * as z from 'zod';
import { RefDocument } from './schema.ts';

export const SCHEMA_ID = 'https://refmod.example/schema/refmod-document.schema.json';

/** The published JSON Schema of the file format, generated from the zod schema (the single source of truth). */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RefDocument, { io: 'input', target: 'draft-2020-12' }),
    $id: SCHEMA_ID,
    title: 'Refmod reference model',
    description: 'A reference model for CRM in BPO, as written by Refmod.',
  };
}
