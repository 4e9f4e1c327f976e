import shipped from '../../../models/reference/crm-bpo.json' with { type: 'json' };
import { importValue, type ImportResult } from '../../core/io/json.ts';
import { crmBpoMetamodel } from '../../core/metamodel/crm-bpo.ts';

/** The model the workbench opens with: the shipped CRM-in-BPO reference model. */
export function openingDocument(): ImportResult {
  return importValue(shipped, crmBpoMetamodel);
}
