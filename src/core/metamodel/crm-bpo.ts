import data from '../../../models/metamodel/crm-bpo.json' with { type: 'json' };
import { metamodelFrom } from './metamodel.ts';
import type { MetamodelData } from './schema.ts';

/**
 * The shipped CRM-in-BPO metamodel: element types, categories and the relations allowed between them.
 * Its file is kept in the schema's parsed form (a unit test holds it there), so the first screen builds it without the schema library.
 */
export const crmBpoMetamodel = metamodelFrom(data as MetamodelData);
