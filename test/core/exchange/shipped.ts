import { readFileSync } from 'node:fs';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { shippedModel } from '../../support/models.ts';

/** Every model the gallery ships (models/index.json), by its file under models/. */
export function everyShippedModel(): { file: string; doc: RefDocument }[] {
  const index = JSON.parse(readFileSync(new URL('../../../models/index.json', import.meta.url), 'utf8')) as {
    file: string;
  }[];
  return index.map(({ file }) => ({ file, doc: shippedModel(file) }));
}
