import data from '../../../models/metamodel/crm-bpo.json' with { type: 'json' };
import { metamodelFrom } from './metamodel.ts';
import type { MetamodelData } from './schema.ts';

/** The shipped metamodel's file, in English (its German and Korean are in models/i18n). */
export const crmBpoData = data as MetamodelData;

/**
 * The shipped CRM-in-BPO metamodel: element types, categories and the relations allowed between them.
 * Its file is kept in the schema's parsed form (a unit test holds it there), so the first screen builds it without the schema library.
 */
export const crmBpoMetamodel = metamodelFrom(crmBpoData);
