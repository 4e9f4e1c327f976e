import data from '../../../models/metamodel/crm-bpo.json' with { type: 'json' };
import { createMetamodel } from './metamodel.ts';

/** The shipped CRM-in-BPO metamodel: element types, categories and the relations allowed between them. */
export const crmBpoMetamodel = createMetamodel(data);
