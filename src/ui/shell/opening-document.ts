import shippedUrl from '../../../models/reference/crm-bpo.json?url';
import type { ImportResult } from '../../core/io/json.ts';
import { crmBpoMetamodel } from '../../core/metamodel/crm-bpo.ts';

/** The model the workbench opens with: the shipped CRM-in-BPO reference model, fetched as data, not bundled as code. */
export async function openingDocument(): Promise<ImportResult> {
  try {
    // The reader (with the schema library) loads while the model downloads: neither is part of the first screen's code.
    const [response, { importDocument }] = await Promise.all([fetch(shippedUrl), import('../../core/io/json.ts')]);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return importDocument(await response.text(), crmBpoMetamodel);
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
