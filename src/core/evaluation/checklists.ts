import { globbed, shippedFiles } from '../method/manifest.ts';
import sources from '../../../models/checklists/sources.json' with { type: 'json' };
import matook from '../../../models/checklists/matook-indulska-2009.json' with { type: 'json' };
import { Checklist, ChecklistSources, MatookIndulskaModel } from './checklist-schema.ts';
import { dataLanguage, localised, type DataSource } from '../i18n/data.ts';
import { TRANSLATED_DATA } from '../i18n/translated-data.ts';
import type { Language } from '../i18n/language.ts';

/** The checklists models/manifest.json lists: common model quality (all views), then Client, Customer and Internal (domain §5). Parsed at load; the data is tested. */
const shipped = shippedFiles(
  'checklists',
  globbed(() => import.meta.glob('../../../models/checklists/*.json', { eager: true, import: 'default' })),
).map(({ path, data }) => ({ path, checklist: Checklist.parse(data) }));
export const shippedChecklists: readonly Checklist[] = shipped.map((s) => s.checklist);

let inLanguage: { language: Language; checklists: readonly Checklist[] } = {
  language: 'en',
  checklists: shippedChecklists,
};

/** The shipped checklists in the active data language (one array per language, so screens can memoise on it). */
function localisedChecklists(): readonly Checklist[] {
  const language = dataLanguage();
  if (inLanguage.language !== language) {
    const checklists = shipped.map(({ path, checklist }) =>
      path in TRANSLATED_DATA ? localised(path as DataSource, checklist) : checklist,
    );
    inLanguage = { language, checklists };
  }
  return inLanguage.checklists;
}

/** The checklists a model is evaluated with: those of its own method pack when it carries any, else the shipped ones. */
export function checklistsOf(doc: { pack?: { checklists: readonly Checklist[] } }): readonly Checklist[] {
  return doc.pack?.checklists.length ? doc.pack.checklists : localisedChecklists();
}

/** Citations for the basis tags of the shipped checklists. */
export const checklistSources: ChecklistSources = ChecklistSources.parse(sources);

/** Matook & Indulska (2009): characteristics, phases with activities and the default QFD correlation matrix. */
export const matookIndulska: MatookIndulskaModel = MatookIndulskaModel.parse(matook);
