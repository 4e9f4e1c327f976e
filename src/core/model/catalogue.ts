import * as z from 'zod';
import { Id, Name, Text } from './primitives.ts';
import { PropertyValue } from './schema.ts';

/** A measure that comes with a catalogue entry, e.g. a COPC-2000 required metric. */
export const CatalogueMeasure = z.strictObject({
  name: Name,
  metricCategory: Name.describe('A metric category of the quality-measure type, e.g. "On Time"'),
  copcMetric: z.number().int().min(1).max(44).optional().describe('Sequential COPC-2000 metric number'),
  definition: Text.trim().min(1),
});

/** One thing a modeller can pick in method step 3: a process (or other element) with its suggested cell and measures. */
export const CatalogueEntry = z.strictObject({
  id: Id,
  name: Name,
  type: Id.describe('An element type id of the metamodel'),
  description: Text.trim().min(1),
  area: Id.optional().describe('Suggested area in the CRM-in-BPO macro structure'),
  role: Id.optional().describe('Suggested role in the CRM-in-BPO macro structure'),
  properties: z.record(z.string(), PropertyValue).optional(),
  measures: z.array(CatalogueMeasure).optional(),
});

/** A list to pick elements from (models/catalogues/*.json), with the source it renders. */
export const Catalogue = z
  .strictObject({
    id: Id,
    name: Name,
    source: Text.trim().min(1).describe('Full citation of the source the entries come from'),
    entries: z.array(CatalogueEntry).min(1),
  })
  .superRefine((catalogue, ctx) => {
    const seen = new Set<string>();
    catalogue.entries.forEach((e, i) => {
      if (seen.has(e.id))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `The entry id "${e.id}" is used twice.` });
      seen.add(e.id);
    });
  });

export type CatalogueMeasure = z.infer<typeof CatalogueMeasure>;
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;
export type Catalogue = z.infer<typeof Catalogue>;
