import * as z from 'zod';
import { TRANSLATED_DATA, type DataSource } from './translated-data.ts';

const sources = Object.keys(TRANSLATED_DATA) as [DataSource, ...DataSource[]];

/** A translation of one shipped data file (models/i18n/<language>/<path of the English file>). */
export const DataTranslation = z
  .strictObject({
    $schema: z.string().optional(),
    language: z
      .enum(['de', 'ko'])
      .describe('The language of the strings: German or Korean (English is the data file itself)'),
    source: z.enum(sources).describe('The English data file translated, relative to models/'),
    strings: z
      .record(z.string().min(1), z.string().trim().min(1))
      .describe(
        'Key → translated text. A key is the path to an English text in the source file, list items named by their id (or key, or term), else by their position, e.g. "elementTypes/inquiry/label" or "steps/design-goals/guidance/0"',
      ),
  })
  .describe('Refmod data translation: the German or Korean text of a shipped data file');

export type DataTranslation = z.infer<typeof DataTranslation>;

/** The published JSON Schema of a data translation (public/schema/data-translation.schema.json). */
export function dataTranslationJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DataTranslation, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://refmod.example/schema/data-translation.schema.json',
    title: 'Refmod data translation',
  };
}
