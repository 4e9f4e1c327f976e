import type * as z from 'zod';

/** The file format's schemas for a document and its listed parts, as the command check needs them. */
export type PartSchemas = {
  document: z.ZodObject;
  items: Readonly<Record<string, z.ZodType>>;
};

let registered: PartSchemas | null = null;

/** Called by schema.ts as it loads, so that commands can check edits without pulling the schema library into the first screen. */
export function registerPartSchemas(schemas: PartSchemas): void {
  registered = schemas;
}

/**
 * The registered schemas. Every document reaches a workbench, the CLI or a test through the reader (core/io/json.ts),
 * which loads schema.ts, so they are there before any command runs; without them a check fails loudly, never silently.
 */
export function partSchemas(): PartSchemas {
  if (!registered) throw new Error('The model schema is not loaded: read the document with core/io/json.ts first.');
  return registered;
}
