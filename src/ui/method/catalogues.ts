import copc from '../../../models/catalogues/copc-2000.json' with { type: 'json' };
import geib from '../../../models/catalogues/geib-2005-processes.json' with { type: 'json' };
import type { CatalogueProcess } from '../../core/commands/method.ts';
import { Catalogue, type CatalogueEntry } from '../../core/model/catalogue.ts';
import { localised, onDataLanguage } from '../../core/i18n/data.ts';

const shipped = [
  { source: 'catalogues/geib-2005-processes.json', catalogue: Catalogue.parse(geib) },
  { source: 'catalogues/copc-2000.json', catalogue: Catalogue.parse(copc) },
] as const;
const inLanguage = () => shipped.map(({ source, catalogue }) => localised(source, catalogue));

/**
 * The catalogues step 3 picks processes from: Geib et al. 2005 and COPC-2000 (models/catalogues), in the data's
 * language. A live binding: a switch of language replaces it, and the picker re-renders with the interface.
 */
export let catalogues: readonly Catalogue[] = inLanguage();
onDataLanguage(() => (catalogues = inLanguage()));

/** A catalogue entry as the process command takes it: the catalogue becomes the source, each measure a quality measure. */
export function catalogueProcess(catalogue: Catalogue, entry: CatalogueEntry): CatalogueProcess {
  return {
    type: entry.type,
    name: entry.name,
    description: entry.description,
    properties: entry.properties ?? {},
    source: { id: catalogue.id, label: catalogue.name, citation: catalogue.source },
    measures: (entry.measures ?? []).map((m) => ({
      name: m.name,
      properties: {
        metricCategory: m.metricCategory,
        definition: m.definition,
        ...(m.copcMetric === undefined ? {} : { copcMetric: m.copcMetric }),
      },
    })),
  };
}
