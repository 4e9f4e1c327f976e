import shippedUrl from '../../../models/reference/crm-bpo.json?url';
import type { ImportResult } from '../../core/io/json.ts';
import type * as Reader from '../../core/io/shipped.ts';
import { crmBpoMetamodel } from '../../core/metamodel/crm-bpo.ts';

let shippedText: Promise<string> | null = null;
let shippedReader: Promise<typeof Reader> | null = null;

/**
 * Starts downloading the shipped model and its reader, once: the page calls it first thing, so a first visit does
 * not wait for either after the workspace has looked for a stored model.
 */
export function prefetchOpeningDocument(): Promise<string> {
  shippedText ??= fetch(shippedUrl).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  });
  // A failure is reported when the model is needed, not as an unhandled rejection now.
  shippedText.catch(() => undefined);
  shippedReaderModule().catch(() => undefined);
  return shippedText;
}

const shippedReaderModule = () => (shippedReader ??= import('../../core/io/shipped.ts'));

/** The model the workbench opens with: the shipped CRM-in-BPO reference model, fetched as data, not bundled as code. */
export async function openingDocument(): Promise<ImportResult> {
  try {
    // The shipped model skips the schema pass (see core/io/shipped.ts).
    const text = await prefetchOpeningDocument();
    const { readShippedDocument } = await shippedReaderModule();
    return readShippedDocument(text, crmBpoMetamodel);
  } catch (error) {
    return {
      ok: false,
      stage: 'file',
      errors: [
        {
          path: shippedUrl,
          message: `The shipped model could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
        },
      ],
    };
  }
}
