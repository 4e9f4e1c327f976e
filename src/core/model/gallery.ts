import * as z from 'zod';
import { Id, Name } from './primitives.ts';

export const GalleryKind = z.enum(['reference', 'architecture', 'catalogue-model', 'template']);

/** One shipped model as the gallery lists it; `id` is the model's meta.id. */
export const GalleryEntry = z.strictObject({
  id: Id,
  file: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*\.json$/,
      'a file is a path inside models/, e.g. "reference/crm-bpo.json"',
    ),
  title: Name,
  description: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .regex(/^[^\n]*$/, 'a gallery description is one line'),
  kind: GalleryKind,
});

/** The gallery of shipped models (models/index.json): ids and files are unique. */
export const Gallery = z.array(GalleryEntry).superRefine((entries, ctx) => {
  for (const key of ['id', 'file'] as const) {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e[key]))
        ctx.addIssue({ code: 'custom', path: [i, key], message: `The ${key} "${e[key]}" is listed twice.` });
      seen.add(e[key]);
    });
  }
});

export type GalleryKind = z.infer<typeof GalleryKind>;
export type GalleryEntry = z.infer<typeof GalleryEntry>;
export type Gallery = z.infer<typeof Gallery>;
