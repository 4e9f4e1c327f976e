import { readFileSync } from 'node:fs';
import { importDocument } from '../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../src/core/model/schema.ts';

/** Reads a shipped model by its path under models/, failing the test loudly when it does not import. */
export function shippedModel(path = 'reference/crm-bpo.json'): RefDocument {
  const result = importDocument(
    readFileSync(new URL(`../../models/${path}`, import.meta.url), 'utf8'),
    crmBpoMetamodel,
  );
  if (!result.ok) throw new Error(`models/${path} does not import: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.document;
}
