import { globbed, shippedFiles } from '../method/manifest.ts';
import sources from '../../../models/checklists/sources.json' with { type: 'json' };
import matook from '../../../models/checklists/matook-indulska-2009.json' with { type: 'json' };
import { Checklist, ChecklistSources, MatookIndulskaModel } from './checklist-schema.ts';

/** The checklists models/manifest.json lists: common model quality (all views), then Client, Customer and Internal (domain §5). Parsed at load; the data is tested. */
export const shippedChecklists: readonly Checklist[] = shippedFiles(
  'checklists',
  globbed(() => import.meta.glob('../../../models/checklists/*.json', { eager: true, import: 'default' })),
).map(({ data }) => Checklist.parse(data));

/** The checklists a model is evaluated with: those of its own method pack when it carries any, else the shipped ones. */
export function checklistsOf(doc: { pack?: { checklists: readonly Checklist[] } }): readonly Checklist[] {
  return doc.pack?.checklists.length ? doc.pack.checklists : shippedChecklists;
}

/** Citations for the basis tags of the shipped checklists. */
export const checklistSources: ChecklistSources = ChecklistSources.parse(sources);

/** Matook & Indulska (2009): characteristics, phases with activities and the default QFD correlation matrix. */
export const matookIndulska: MatookIndulskaModel = MatookIndulskaModel.parse(matook);
