import common from '../../../models/checklists/common.json' with { type: 'json' };
import client from '../../../models/checklists/client.json' with { type: 'json' };
import customer from '../../../models/checklists/customer.json' with { type: 'json' };
import internal from '../../../models/checklists/internal.json' with { type: 'json' };
import sources from '../../../models/checklists/sources.json' with { type: 'json' };
import matook from '../../../models/checklists/matook-indulska-2009.json' with { type: 'json' };
import { Checklist, ChecklistSources, MatookIndulskaModel } from './checklist-schema.ts';

/** The shipped checklists: common model quality (all views), then Client, Customer and Internal (domain §5). Parsed at load; the data is tested. */
export const shippedChecklists: readonly Checklist[] = [common, client, customer, internal].map((data) =>
  Checklist.parse(data),
);

/** Citations for the basis tags of the shipped checklists. */
export const checklistSources: ChecklistSources = ChecklistSources.parse(sources);

/** Matook & Indulska (2009): characteristics, phases with activities and the default QFD correlation matrix. */
export const matookIndulska: MatookIndulskaModel = MatookIndulskaModel.parse(matook);
