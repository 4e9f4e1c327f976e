import { readFileSync } from 'node:fs';
import { importDocument } from '../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../src/core/model/schema.ts';

/** The text of a file under models/. */
export function modelText(file: string): string {
  return readFileSync(new URL(`../../models/${file}`, import.meta.url), 'utf8');
}

/** A parsed JSON file under models/. */
export function modelJson(file: string): unknown {
  return JSON.parse(modelText(file));
}

/** A shipped Refmod document, imported as the app imports it; fails the test if it does not import. */
export function shippedDocument(file: string): RefDocument {
  const result = importDocument(modelText(file), crmBpoMetamodel);
  if (!result.ok) throw new Error(`${file} does not import (${result.stage}): ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.document;
}
